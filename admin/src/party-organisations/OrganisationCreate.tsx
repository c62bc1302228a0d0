import { Create, SimpleForm } from 'react-admin';
import { OrganisationFormFields } from './OrganisationFormFields';

export const OrganisationCreate = () => (
  <Create redirect="show">
    <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <OrganisationFormFields />
    </SimpleForm>
  </Create>
);
