// Recording one 四议两公开 step: its day, the body that held it, attendance and vote where the body
// votes, the notice's last day for the two publications, and evidence (minutes, photos of the notice
// board). The live check says, before saving, whether the step may follow the ones recorded.
import {
  DateInput, FileField, FileInput, NumberInput, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, maxLength, required, useGetOne, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Grid as Layout, Stack, Typography } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { Section } from '../common/Section';
import { todayInShanghai } from '../points/dates';
import { EVIDENCE_ACCEPT } from '../points-entries/uploadEvidence';
import { LiveCheckPanel } from '../decisions/LiveCheckPanel';
import { useLiveCheck } from '../decisions/useLiveCheck';
import { BODIES, VILLAGE_STEPS, type Decision, type DecisionRule } from '../decisions/types';
import { useStepSave } from './useStepSave';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: 'wrap' } as const;
const count = (v: unknown) => (v == null || v === '' || (Number.isInteger(v) && (v as number) >= 0) ? undefined : 'app.decisions.whole_number');
const asPicked = (v: unknown) => (Array.isArray(v) ? v.map((f) => (f?.rawFile ? f : { ...f, src: f?.url ?? f?.src, title: f?.name ?? f?.title })) : v);

const STEP_FIELDS = ['step', 'date', 'body', 'due', 'present', 'recused', 'agree', 'disagree', 'defer', 'displayedUntil'] as const;

const Fields = ({ editing }: { editing: boolean }) => {
  const translate = useTranslate();
  const decisionId = useWatch({ name: 'decision' }) as string | undefined;
  const step = useWatch({ name: 'step' }) as string | undefined;
  const { data: decision } = useGetOne<Decision>('decisions', { id: decisionId ?? '' }, { enabled: !!decisionId });
  const { data: rule } = useGetOne<DecisionRule>('decision-rules', { id: decision?.rule ?? '' }, { enabled: !!decision?.rule });
  const spec = rule?.steps?.find((s) => s.code === step);
  const publication = !!spec?.publication;
  const votes = !!spec?.bodies.some((b) => b.passing);
  const bodies = spec?.bodies.map((b) => b.body) ?? BODIES;
  // Editing a recorded step is checked on save; the dry run asks about a step not yet recorded.
  const live = useLiveCheck((values) => (editing || !decisionId || !values.step ? null : {
    decision: decisionId,
    step: Object.fromEntries(STEP_FIELDS.filter((f) => values[f] != null && values[f] !== '').map((f) => [f, values[f]])),
  }));
  return (
    <Layout container spacing={2} sx={{ width: '100%' }}>
      <Layout size={{ xs: 12, md: 8 }}>
        <Stack spacing={2}>
          <Section title="app.decisions.step">
            {decision && <Typography variant="subtitle1" sx={{ mb: 1 }}>{decision.subject}</Typography>}
            <Box sx={row}>
              <SelectInput source="step" choices={enumChoices('decision-steps', 'step', VILLAGE_STEPS)} validate={required()} disabled={editing} />
              <DateInput source="date" validate={required()} helperText={publication ? 'app.decisions.publication_from' : undefined} />
              {publication && <DateInput source="displayedUntil" helperText="app.decisions.publication_until" />}
            </Box>
            {publication && spec?.publication && (
              <Alert severity="info">{translate('app.decisions.publication_days', { days: spec.publication.minDays })}</Alert>
            )}
            {!publication && (
              <>
                <SelectInput source="body" choices={enumChoices('decision-steps', 'body', bodies)} validate={required()} />
                <Box sx={row}>
                  <NumberInput source="due" min={0} step={1} validate={[required(), count]} sx={{ width: 130 }} />
                  <NumberInput source="present" min={0} step={1} validate={[required(), count]} sx={{ width: 130 }} />
                  <NumberInput source="recused" min={0} step={1} validate={count} sx={{ width: 130 }} />
                </Box>
                {votes && (
                  <Box sx={row}>
                    <NumberInput source="agree" min={0} step={1} validate={[required(), count]} sx={{ width: 130 }} />
                    <NumberInput source="disagree" min={0} step={1} validate={count} sx={{ width: 130 }} />
                    <NumberInput source="defer" min={0} step={1} validate={count} sx={{ width: 130 }} />
                  </Box>
                )}
              </>
            )}
          </Section>
          <Section title="app.decisions.files">
            <FileInput source="evidence" multiple accept={EVIDENCE_ACCEPT} format={asPicked} helperText="app.decisions.evidence_help">
              <FileField source="src" title="title" target="_blank" rel="noopener noreferrer" />
            </FileInput>
            <TextInput source="remarks" multiline minRows={2} fullWidth validate={maxLength(1000)} />
          </Section>
        </Stack>
      </Layout>
      <Layout size={{ xs: 12, md: 4 }}>
        <LiveCheckPanel {...live} step />
      </Layout>
    </Layout>
  );
};

export const StepForm = ({ editing = false }: { editing?: boolean }) => {
  const save = useStepSave();
  return (
    <SimpleForm onSubmit={save} defaultValues={{ date: todayInShanghai() }} toolbar={<Toolbar><SaveButton label="app.decisions.save_step" /></Toolbar>}>
      <Fields editing={editing} />
    </SimpleForm>
  );
};
