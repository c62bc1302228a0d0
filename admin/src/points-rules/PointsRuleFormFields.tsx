import { BooleanInput, DateInput, SelectInput, TextInput, maxLength, regex, required } from 'react-admin';
import { Box } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { PointsInput } from '../points/PointsInput';
import { APPROVERS, CAP_PERIODS, RULE_CATEGORIES, RULE_TARGETS, RULE_TRIGGERS } from '../types';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;
const choices = (field: string, values: readonly string[]) => enumChoices('points-rules', field, values);

/** The inputs a points rule's edit and create forms share; points in points, stored in tenths. */
export const PointsRuleFormFields = () => (
  <>
    <Box sx={row}>
      <TextInput source="code" validate={[required(), maxLength(40), regex(/^[a-z0-9_.+-]+$/, 'app.points.code_format')]} />
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <TextInput source="scheme" validate={[required(), maxLength(40)]} />
    </Box>
    <Box sx={row}>
      <SelectInput source="category" choices={choices('category', RULE_CATEGORIES)} validate={required()} />
      <SelectInput source="target" choices={choices('target', RULE_TARGETS)} validate={required()} />
      <SelectInput source="approver" choices={choices('approver', APPROVERS)} validate={required()} />
    </Box>
    <Box sx={row}>
      <PointsInput source="pointsTenths" validate={required()} />
      <PointsInput source="capTenths" helperText="app.points.cap_help" />
      <SelectInput source="capPeriod" choices={choices('capPeriod', CAP_PERIODS)} validate={required()} />
    </Box>
    <Box sx={{ ...row, flexWrap: 'wrap' }}>
      <BooleanInput source="outsideCap" />
      <BooleanInput source="floorAtZero" />
      <BooleanInput source="evidenceRequired" />
      <BooleanInput source="active" />
    </Box>
    <Box sx={row}>
      <SelectInput source="trigger" choices={choices('trigger', RULE_TRIGGERS)} validate={required()} />
      <TextInput source="meetingKind" />
    </Box>
    <Box sx={row}>
      <DateInput source="effectiveFrom" />
      <DateInput source="effectiveTo" />
    </Box>
    <TextInput source="description" multiline minRows={2} />
  </>
);
