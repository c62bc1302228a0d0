// A rate as the county edits it: which counters make up its numerator and its denominator. The
// server checks the whole set (known counters, the numerator inside its denominator) and says why.
import {
  BooleanInput, CheckboxGroupInput, Create, Edit, NumberInput, SimpleForm, TextInput, maxLength, regex, required, useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { EditToolbar } from '../common/EditToolbar';
import { useEditMutationProps } from '../conflict/useConflictHandler';
import { COUNTERS } from './types';

const Fields = ({ creating }: { creating?: boolean }) => {
  const translate = useTranslate();
  const choices = COUNTERS.map((c) => ({ id: c, name: translate(`app.assessment_rules.counters.${c}`) }));
  return (
    <Box sx={{ maxWidth: 760, width: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('app.assessment_rules.help')}</Typography>
      <TextInput source="name" validate={[required(), maxLength(30)]} />
      <TextInput source="code" disabled={!creating} validate={[required(), maxLength(40), regex(/^[a-z][a-z0-9_]*$/, 'app.assessment_rules.code_format')]} />
      <CheckboxGroupInput source="numerator" choices={choices} validate={required()} />
      <CheckboxGroupInput source="denominator" choices={choices} validate={required()} />
      <NumberInput source="position" min={0} max={999} />
      <BooleanInput source="active" />
    </Box>
  );
};

export const AssessmentRuleEdit = () => (
  <Edit redirect="list" {...useEditMutationProps()}>
    <SimpleForm toolbar={<EditToolbar />}><Fields /></SimpleForm>
  </Edit>
);

export const AssessmentRuleCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true, position: 100, numerator: [], denominator: [] }}>
      <Fields creating />
    </SimpleForm>
  </Create>
);
