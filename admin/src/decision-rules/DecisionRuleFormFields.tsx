// The inputs of a decision rule (county only). The server checks every save against national law
// (appointments: 2/3 present, each states, secretary last, more than half of those due) and the rule
// set as a whole (one money threshold for all rules); its message says what is wrong.
import { BooleanInput, SelectInput, TextInput, FormDataConsumer, maxLength, regex, required, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { JsonInput } from '../generic/JsonInput';
import { YuanInput } from '../decisions/YuanInput';
import { BODIES, DECISION_KINDS } from '../decisions/types';
import { ThresholdInput } from './ThresholdInput';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;
const choices = (field: string, values: readonly string[]) => enumChoices('decision-rules', field, values);

export const DecisionRuleFormFields = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  return (
  <>
    <Box sx={row}>
      <TextInput source="code" disabled={!create} validate={[required(), maxLength(40), regex(/^[a-z0-9_.-]+$/, 'app.decisions.code_format')]} />
      <TextInput source="name" validate={[required(), maxLength(100)]} />
    </Box>
    <Box sx={row}>
      <SelectInput source="kind" choices={choices('kind', DECISION_KINDS)} validate={required()} disabled={!create} />
      <BooleanInput source="active" />
    </Box>
    <FormDataConsumer>
      {({ formData }) =>
        formData.kind === 'village_matter' ? (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>{translate('app.decisions.village_rule_help')}</Alert>
            <JsonInput source="steps" />
          </>
        ) : (
          <>
            <SelectInput source="body" choices={choices('body', BODIES)} validate={required()} />
            <ThresholdInput source="quorum" />
            <ThresholdInput source="passing" withBase />
            <ThresholdInput source="splitMargin" optional />
            <Box sx={{ ...row, flexWrap: 'wrap' }}>
              <BooleanInput source="meetingRequired" />
              <BooleanInput source="eachMemberStates" />
              <BooleanInput source="secretaryLast" />
            </Box>
            <YuanInput source="amountThresholdFen" />
          </>
        )
      }
    </FormDataConsumer>
    <TextInput source="description" multiline minRows={3} />
  </>
  );
};
