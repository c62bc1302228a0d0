import { Create, SimpleForm } from 'react-admin';
import { MemberFormFields } from './MemberFormFields';
import { withUploadedPhoto } from './photoUpload';

export const MemberCreate = () => (
  <Create redirect="show" transform={withUploadedPhoto}>
    <SimpleForm sanitizeEmptyValues sx={{ maxWidth: 900 }}>
      <MemberFormFields />
    </SimpleForm>
  </Create>
);
