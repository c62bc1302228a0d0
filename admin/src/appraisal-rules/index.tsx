// 评定规则: the grade bands of the annual appraisal (等次, 分数下限, 比例上限, 预备党员可否) and the
// shares of branch stars, edited as rows; the server checks the same rules on every save.
import { BooleanField, BooleanInput, DataTable, Labeled, List, SelectInput, Show, SimpleList, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { Box, Stack, useMediaQuery, type Theme } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import MilitaryTechIcon from '@mui/icons-material/MilitaryTech';
import type { ResourceScreens } from '../resourceScreens';
import { CodeField } from '../common/CodeField';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { Section } from '../common/Section';
import { APPRAISAL_KINDS } from '../types';
import { AppraisalSummary } from '../settings/AppraisalSummary';
import { checkGradeBands, checkStarShares, GRADES, type Problem } from '../settings/checks';
import { problemsToErrors } from '../settings/formErrors';
import { GradeBandsInput } from '../settings/GradeBandsInput';
import { SettingsCreate, SettingsEdit } from '../settings/SettingsForm';
import { ShowActions } from '../settings/ShowActions';
import { StarSharesInput } from '../settings/StarSharesInput';
import { ListActions } from '../export/ListActions';

const DEFAULTS: Record<string, unknown> = {
  member_grades: { bands: GRADES.map((grade, i) => ({ grade, min: [900, 700, 600, 0][i] })), excellentMaxShare: { numerator: 1, denominator: 3 } },
  branch_stars: { shares: [{ stars: 5, percent: 10 }, { stars: 4, percent: 40 }, { stars: 3, percent: 30 }] },
};

const Parameters = ({ compact }: { compact?: boolean; label?: string }) => {
  const record = useRecordContext();
  return <AppraisalSummary kind={record?.kind} value={record?.parameters} compact={compact} />;
};

/** The share's problem belongs to its denominator input, the one that shows it. */
const forInputs = (p: Problem): Problem => (p.path[0] === 'excellentMaxShare' ? { ...p, path: ['excellentMaxShare', 'denominator'] } : p);

const validate = (values: Record<string, any>) => {
  const problems = values.kind === 'member_grades' ? checkGradeBands(values.parameters) : values.kind === 'branch_stars' ? checkStarShares(values.parameters) : [];
  return problemsToErrors('parameters', problems.map(forInputs));
};

/** Switching the kind starts its parameters from the county's defaults. */
const KindInput = () => {
  const { setValue } = useFormContext();
  return (
    <SelectInput
      source="kind"
      choices={enumChoices('appraisal-rules', 'kind', APPRAISAL_KINDS)}
      validate={required()}
      onChange={(e) => e?.target?.value && setValue('parameters', DEFAULTS[e.target.value], { shouldDirty: true })}
    />
  );
};

const ParametersInput = () => {
  const kind = useWatch({ name: 'kind' });
  return kind === 'member_grades' ? <GradeBandsInput /> : kind === 'branch_stars' ? <StarSharesInput /> : null;
};

const Fields = () => (
  <>
    <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
      <TextInput source="name" validate={required()} />
      <TextInput source="code" validate={required()} />
    </Box>
    <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: 'wrap', alignItems: 'center' }}>
      <KindInput />
      <BooleanInput source="active" />
    </Box>
    <ParametersInput />
  </>
);

const AppraisalRuleList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={<Parameters compact />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="kind"><EnumChipField source="kind" /></DataTable.Col>
          <DataTable.Col source="parameters" disableSort><Parameters compact /></DataTable.Col>
          <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const AppraisalRuleShow = () => (
  <Show actions={<ShowActions />}>
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section title="resources.appraisal-rules.name">
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="name" /></Labeled>
          <Labeled><CodeField source="code" /></Labeled>
          <Labeled><EnumChipField source="kind" /></Labeled>
          <Labeled><BooleanField source="active" /></Labeled>
        </Stack>
      </Section>
      <Section title="resources.appraisal-rules.fields.parameters">
        <Parameters />
      </Section>
    </Stack>
  </Show>
);

const AppraisalRuleEdit = () => (
  <SettingsEdit validate={validate}>
    <Fields />
  </SettingsEdit>
);

const AppraisalRuleCreate = () => (
  <SettingsCreate validate={validate} defaultValues={{ kind: 'member_grades', active: false, parameters: DEFAULTS.member_grades }}>
    <Fields />
  </SettingsCreate>
);

const appraisalRules: ResourceScreens = {
  list: AppraisalRuleList,
  show: AppraisalRuleShow,
  edit: AppraisalRuleEdit,
  create: AppraisalRuleCreate,
  icon: MilitaryTechIcon,
  recordRepresentation: (record) => record.name,
};

export default appraisalRules;
