import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { PointsRuleFormFields } from './PointsRuleFormFields';

export const PointsRuleEdit = () => (
  <Edit redirect="show" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sanitizeEmptyValues sx={{ maxWidth: 820 }}>
      <PointsRuleFormFields />
    </SimpleForm>
  </Edit>
);
