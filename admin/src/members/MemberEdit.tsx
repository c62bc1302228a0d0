import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { MemberFormFields } from './MemberFormFields';
import { withUploadedPhoto } from './photoUpload';

export const MemberEdit = () => (
  <Edit redirect="show" transform={withUploadedPhoto} {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sanitizeEmptyValues sx={{ maxWidth: 900 }}>
      <MemberFormFields />
    </SimpleForm>
  </Edit>
);
