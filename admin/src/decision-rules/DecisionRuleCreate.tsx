import { Create, SimpleForm } from 'react-admin';
import { parseJsonFields } from '../generic/JsonInput';
import { DecisionRuleFormFields } from './DecisionRuleFormFields';

export const DecisionRuleCreate = () => (
  <Create redirect="show" transform={parseJsonFields(['steps'])}>
    <SimpleForm defaultValues={{ active: true, meetingRequired: true }} sx={{ maxWidth: 820 }}>
      <DecisionRuleFormFields create />
    </SimpleForm>
  </Create>
);
