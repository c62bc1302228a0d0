import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { MemberFormFields } from './MemberFormFields';

export const MemberEdit = () => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sanitizeEmptyValues sx={{ maxWidth: 720 }}>
      <MemberFormFields />
    </SimpleForm>
  </Edit>
);
