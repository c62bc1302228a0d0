import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { parseJsonFields } from '../generic/JsonInput';
import { DecisionRuleFormFields } from './DecisionRuleFormFields';

export const DecisionRuleEdit = () => (
  <Edit redirect="show" transform={parseJsonFields(['steps'])} {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 820 }}>
      <DecisionRuleFormFields />
    </SimpleForm>
  </Edit>
);
