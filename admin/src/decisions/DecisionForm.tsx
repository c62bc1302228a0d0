// Recording a decision. Choosing the rule shapes the form: an amount for spending, the list of
// 四议两公开 steps (recorded one by one on the record's page), statements in order with the secretary
// last for cadre matters. The live check beside the form answers as the secretary types.
import {
  AutocompleteInput, DateInput, FileField, FileInput, ReferenceInput, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar,
  maxLength, required, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Grid as Layout, Stack, Typography } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { Section } from '../common/Section';
import { todayInShanghai } from '../points/dates';
import { EVIDENCE_ACCEPT } from '../points-entries/uploadEvidence';
import { AttendanceInputs } from './AttendanceInputs';
import { LiveCheckPanel } from './LiveCheckPanel';
import { StatementsInput } from './StatementsInput';
import { YuanInput } from './YuanInput';
import { liveCheckBody } from './record';
import { BODIES, METHODS, OUTCOMES, VILLAGE_STEPS, fenOf, type DecisionRule } from './types';
import { useDecisionRule } from './useDecisionRule';
import { useDecisionSave } from './useDecisionSave';
import { useLiveCheck } from './useLiveCheck';

const choices = (field: string, values: readonly string[]) => enumChoices('decisions', field, values);
const row = { display: 'flex', gap: 2, width: '100%', flexWrap: 'wrap' } as const;
/** Files already attached, shown like freshly picked ones. */
const asPicked = (v: unknown) => (Array.isArray(v) ? v.map((f) => (f?.rawFile ? f : { ...f, src: f?.url ?? f?.src, title: f?.name ?? f?.title })) : v);

const needsAmount = (rule?: DecisionRule) => !!rule && (rule.kind === 'large_spending' || rule.kind === 'major_project' || fenOf(rule.amountThresholdFen) != null);

const VillageSteps = ({ rule }: { rule: DecisionRule }) => {
  const translate = useTranslate();
  const names = (rule.steps ?? []).map((s) => translate(`resources.decision-steps.enums.step.${s.code}`, { _: s.name }));
  return (
    <Alert severity="info" data-testid="village-steps">
      <Typography variant="body2" gutterBottom>{translate('app.decisions.village_steps_help')}</Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {(names.length ? names : VILLAGE_STEPS.map((s) => translate(`resources.decision-steps.enums.step.${s}`))).map((n) => <li key={n}>{n}</li>)}
      </Box>
    </Alert>
  );
};

const Fields = ({ decisionId }: { decisionId?: string }) => {
  const translate = useTranslate();
  const rule = useDecisionRule();
  const village = rule?.kind === 'village_matter';
  const corrects = useWatch({ name: 'corrects' }) as string | undefined;
  const live = useLiveCheck((values) => liveCheckBody(values, village, decisionId));
  return (
    <Layout container spacing={2} sx={{ width: '100%' }}>
      <Layout size={{ xs: 12, md: 8 }}>
        <Stack spacing={2}>
          <Section title="app.decisions.matter">
            {corrects && <Alert severity="warning" sx={{ mb: 2 }}>{translate('app.decisions.correcting')}</Alert>}
            <ReferenceInput source="organisation" reference="party-organisations" filter={{ level: ['committee', 'general_branch', 'branch'] }}>
              <AutocompleteInput validate={required()} fullWidth />
            </ReferenceInput>
            <ReferenceInput source="rule" reference="decision-rules" filter={{ active: true }} sort={{ field: 'code', order: 'ASC' }} perPage={100}>
              <AutocompleteInput validate={required()} fullWidth />
            </ReferenceInput>
            {rule?.description && <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{rule.description}</Typography>}
            <TextInput source="subject" validate={[required(), maxLength(200)]} fullWidth />
            {corrects && <TextInput source="correctionReason" validate={[required(), maxLength(500)]} fullWidth multiline />}
            {village && rule ? (
              <VillageSteps rule={rule} />
            ) : (
              <Box sx={row}>
                <DateInput source="decidedOn" validate={required()} />
                <SelectInput source="body" choices={choices('body', BODIES)} />
                <SelectInput source="method" choices={choices('method', METHODS)} validate={required()} helperText={rule?.meetingRequired ? 'app.decisions.meeting_required' : undefined} />
              </Box>
            )}
            {needsAmount(rule) && (
              <YuanInput source="amountFen" validate={rule?.kind === 'large_spending' ? required() : undefined} />
            )}
            <TextInput source="meetingId" helperText="app.decisions.meeting_help" />
          </Section>
          {!village && (
            <>
              <Section title="app.decisions.attendance">
                <AttendanceInputs />
              </Section>
              <Section title="app.decisions.statements">
                <StatementsInput rule={rule} />
                <SelectInput source="outcome" choices={choices('outcome', OUTCOMES)} />
              </Section>
            </>
          )}
          <Section title="app.decisions.files">
            <FileInput source="attachments" multiple accept={EVIDENCE_ACCEPT} format={asPicked} helperText="app.decisions.files_help">
              <FileField source="src" title="title" target="_blank" rel="noopener noreferrer" />
            </FileInput>
            <TextInput source="remarks" multiline minRows={2} fullWidth validate={maxLength(2000)} />
          </Section>
        </Stack>
      </Layout>
      <Layout size={{ xs: 12, md: 4 }}>
        <LiveCheckPanel {...live} />
      </Layout>
    </Layout>
  );
};

const FormToolbar = () => (
  <Toolbar>
    <SaveButton label="app.decisions.save_draft" />
  </Toolbar>
);

export const DecisionForm = ({ decisionId }: { decisionId?: string }) => {
  const save = useDecisionSave();
  return (
    <SimpleForm onSubmit={save} toolbar={<FormToolbar />} defaultValues={{ method: 'meeting', decidedOn: todayInShanghai(), due: [], present: [], recused: [], statements: [] }}>
      <Fields decisionId={decisionId} />
    </SimpleForm>
  );
};
