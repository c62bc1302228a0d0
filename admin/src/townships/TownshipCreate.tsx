import { Create, SimpleForm } from 'react-admin';
import { TownshipFormFields } from './TownshipFormFields';

export const TownshipCreate = () => (
  <Create redirect="show">
    <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <TownshipFormFields />
    </SimpleForm>
  </Create>
);
