// One decision rule in full; for 四议两公开 its six steps with the bodies that may hold each.
import { BooleanField, Labeled, Show, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Grid as Layout, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { Section } from '../common/Section';
import { thresholdText } from '../decisions/thresholds';
import type { DecisionRule } from '../decisions/types';
import { AmountThresholdField } from './AmountThresholdField';
import { ThresholdField } from './ThresholdField';
import { CodeField } from '../common/CodeField';

const Steps = () => {
  const record = useRecordContext<DecisionRule>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.steps?.length) return null;
  return (
    <Section title="app.decisions.steps">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell>{translate('resources.decision-steps.fields.step')}</TableCell>
            <TableCell>{translate('resources.decision-steps.fields.body')}</TableCell>
            <TableCell>{translate('resources.decision-rules.fields.quorum')}</TableCell>
            <TableCell>{translate('resources.decision-rules.fields.passing')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.steps.map((s, i) => (
            <TableRow key={s.code}>
              <TableCell>{i + 1}</TableCell>
              <TableCell>{translate(`resources.decision-steps.enums.step.${s.code}`, { _: s.name })}</TableCell>
              <TableCell>
                {s.publication
                  ? translate('app.decisions.publication_days', { days: s.publication.minDays })
                  : s.bodies.map((b) => translate(`resources.decision-rules.enums.body.${b.body}`, { _: b.body })).join(' / ')}
              </TableCell>
              <TableCell>{s.bodies.map((b) => (b.quorum ? thresholdText(b.quorum, locale) : '—')).join(' / ') || '—'}</TableCell>
              <TableCell>
                {s.bodies.map((b) => (b.passing ? `${translate(`resources.decision-rules.enums.base.${b.passing.base}`)} ${thresholdText(b.passing, locale)}` : '—')).join(' / ') || '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

const Terms = () => {
  const record = useRecordContext<DecisionRule>();
  if (!record || record.kind === 'village_matter') return null;
  return (
    <Section title="app.decisions.terms">
      <Layout container spacing={2}>
        <Layout size={{ xs: 12, sm: 6 }}><Labeled><EnumChipField source="body" /></Labeled></Layout>
        <Layout size={{ xs: 12, sm: 6 }}><Labeled source="quorum"><ThresholdField source="quorum" /></Labeled></Layout>
        <Layout size={{ xs: 12, sm: 6 }}><Labeled source="passing"><ThresholdField source="passing" /></Labeled></Layout>
        <Layout size={{ xs: 12, sm: 6 }}><Labeled source="splitMargin"><ThresholdField source="splitMargin" /></Labeled></Layout>
        <Layout size={{ xs: 6, sm: 4 }}><Labeled><BooleanField source="meetingRequired" /></Labeled></Layout>
        <Layout size={{ xs: 6, sm: 4 }}><Labeled><BooleanField source="eachMemberStates" /></Labeled></Layout>
        <Layout size={{ xs: 6, sm: 4 }}><Labeled><BooleanField source="secretaryLast" /></Labeled></Layout>
        <Layout size={{ xs: 12, sm: 6 }}><Labeled source="amountThresholdFen"><AmountThresholdField /></Labeled></Layout>
      </Layout>
    </Section>
  );
};

export const DecisionRuleShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section title="app.decisions.rule">
        <Layout container spacing={2}>
          <Layout size={{ xs: 12, sm: 6 }}><Labeled><TextField source="name" /></Labeled></Layout>
          <Layout size={{ xs: 12, sm: 6 }}><Labeled label="resources.decision-rules.fields.code"><CodeField source="code" /></Labeled></Layout>
          <Layout size={{ xs: 12, sm: 6 }}><Labeled><EnumChipField source="kind" /></Labeled></Layout>
          <Layout size={{ xs: 12, sm: 6 }}><Labeled><BooleanField source="active" /></Labeled></Layout>
          <Layout size={12}><Labeled><TextField source="description" emptyText="—" /></Labeled></Layout>
        </Layout>
      </Section>
      <Terms />
      <Steps />
    </Stack>
  </Show>
);
