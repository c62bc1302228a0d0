import { Create, SimpleForm } from 'react-admin';
import { MemberFormFields } from './MemberFormFields';

export const MemberCreate = () => (
  <Create redirect="show">
    <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <MemberFormFields />
    </SimpleForm>
  </Create>
);
