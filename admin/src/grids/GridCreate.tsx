import { Create, SimpleForm } from 'react-admin';
import { GridFormFields } from './GridFormFields';

export const GridCreate = () => (
  <Create redirect="show">
    <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <GridFormFields />
    </SimpleForm>
  </Create>
);
