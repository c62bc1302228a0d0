// One decision record: the matter and its rule, the verdict (what the rule makes of it, and what
// would still block finalising), attendance and statements in order, the outcome, files, the 四议两公开
// steps, corrections, and for a sealed record its place on the chain.
import {
  Labeled, ReferenceField, ReferenceManyField, Show, SimpleList, TextField, useRecordContext, useTranslate,
} from 'react-admin';
import { Alert, Box, Card, CardContent, Grid as Layout, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import { ShortHashField } from '../points-entries/ShortHashField';
import { useCanRead } from '../schema/useSchema';
import { DecisionShowActions } from './DecisionShowActions';
import { AmountField, DecisionStatusField, MembersField, nameOf } from './fields';
import { StepsSection } from './StepsSection';
import type { Decision } from './types';

const Header = () => {
  const record = useRecordContext<Decision>();
  if (!record) return null;
  return (
    <Card sx={{ borderTop: 4, borderColor: record.status === 'final' ? 'success.main' : 'warning.main' }}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h5" component="h2" sx={{ fontWeight: 700 }}>{record.subject}</Typography>
          <DecisionStatusField />
          <EnumChipField source="kind" enumResource="decisions" />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          <ReferenceField source="organisation" reference="party-organisations" link="show" /> · <ReferenceField source="rule" reference="decision-rules" link="show" />
        </Typography>
      </CardContent>
    </Card>
  );
};

/** The check in full: every finding in the server's words, then what finalising would still need. */
const Verdict = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check) return null;
  return (
    <Stack spacing={1} data-testid="verdict">
      {check.sealed && <Alert severity="success">{translate('app.decisions.sealed', { seq: record.seq ?? '—' })}</Alert>}
      {!check.findings.length && !check.sealed && <Alert severity="success">{translate('app.check.ok')}</Alert>}
      {[...check.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).map((f, i) => (
        <Alert key={`${f.code}-${i}`} severity={f.severity}>{f.message}</Alert>
      ))}
      {!check.sealed && check.blocking.map((f, i) => (
        <Alert key={`b-${f.code}-${i}`} severity="info">{translate('app.decisions.blocking', { message: f.message })}</Alert>
      ))}
      {!check.sealed && check.canFinalise && <Typography variant="body2" color="success.main">{translate('app.decisions.can_finalise')}</Typography>}
    </Stack>
  );
};

const Statements = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const list = record?.statements ?? [];
  if (!list.length) return <Typography variant="body2" color="text.secondary">—</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate('resources.decisions.fields.member')}</TableCell>
          <TableCell>{translate('resources.decisions.fields.position')}</TableCell>
          <TableCell>{translate('resources.decisions.fields.remarks')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {list.map((s, i) => (
          <TableRow key={`${s.member}-${i}`}>
            <TableCell>{i + 1}</TableCell>
            <TableCell>{nameOf(record, s.member)}{s.member === record?.secretary ? translate('app.decisions.secretary_mark') : ''}</TableCell>
            <TableCell>{translate(`resources.decisions.enums.position.${s.position}`, { _: s.position })}</TableCell>
            <TableCell>{s.remarks || '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Recusals = () => {
  const record = useRecordContext<Decision>();
  const list = record?.recused ?? [];
  if (!list.length) return <span>—</span>;
  return <span>{list.map((r) => `${nameOf(record, r.member)}（${r.reason}）`).join('；')}</span>;
};

const Files = () => {
  const record = useRecordContext<Decision>();
  const files = record?.attachments ?? [];
  if (!files.length) return <Typography variant="body2">—</Typography>;
  return (
    <Stack spacing={0.5}>
      {files.map((f) => <Link key={f.id} href={f.url} target="_blank" rel="noopener noreferrer" variant="body2">{f.name}</Link>)}
    </Stack>
  );
};

const Attendance = () => {
  const record = useRecordContext<Decision>();
  if (!record || record.kind === 'village_matter') return null;
  return (
    <Section title="app.decisions.attendance">
      <Layout container spacing={2}>
        <Layout size={{ xs: 12, sm: 4 }}><Labeled><LocalDateField source="decidedOn" /></Labeled></Layout>
        <Layout size={{ xs: 6, sm: 4 }}><Labeled><EnumChipField source="body" /></Labeled></Layout>
        <Layout size={{ xs: 6, sm: 4 }}><Labeled><EnumChipField source="method" /></Labeled></Layout>
        <Layout size={12}><Labeled source="due"><MembersField source="due" /></Labeled></Layout>
        <Layout size={12}><Labeled source="recused"><Recusals /></Labeled></Layout>
      </Layout>
    </Section>
  );
};

const Corrections = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Section title="app.decisions.corrections">
      {record.corrects && (
        <Box sx={{ mb: 1 }}>
          <Labeled source="corrects"><ReferenceField source="corrects" reference="decisions" link="show" /></Labeled>
          <Labeled source="correctionReason"><TextField source="correctionReason" /></Labeled>
        </Box>
      )}
      <ReferenceManyField reference="decisions" target="corrects" perPage={5}
        empty={<Typography variant="body2" color="text.secondary">{translate('app.decisions.no_corrections')}</Typography>}>
        <SimpleList primaryText={(d: Decision) => d.subject} secondaryText={(d: Decision) => d.correctionReason ?? ''} linkType="show" />
      </ReferenceManyField>
    </Section>
  );
};

export const DecisionShow = () => {
  const canRead = useCanRead();
  return (
    <Show actions={<DecisionShowActions />}>
      <ShowBody canReadTownships={canRead('townships')} />
    </Show>
  );
};

const ShowBody = ({ canReadTownships }: { canReadTownships: boolean }) => {
  const record = useRecordContext<Decision>();
  if (!record) return null;
  const village = record.kind === 'village_matter';
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Header />
      <Layout container spacing={2}>
        <Layout size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <Attendance />
            {village ? (
              <Section title="app.decisions.steps"><StepsSection /></Section>
            ) : (
              <Section title="app.decisions.statements">
                <Statements />
                <Box sx={{ mt: 2 }}><Labeled><EnumChipField source="outcome" /></Labeled></Box>
              </Section>
            )}
            <Section title="app.decisions.files">
              <Files />
              <Box sx={{ mt: 1 }}><Labeled><TextField source="remarks" emptyText="—" /></Labeled></Box>
            </Section>
          </Stack>
        </Layout>
        <Layout size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <Section title="app.check.title"><Verdict /></Section>
            <Section title="app.decisions.matter">
              <Layout container spacing={2}>
                <Layout size={6}><Labeled source="amountFen"><AmountField /></Labeled></Layout>
                <Layout size={6}><Labeled><TextField source="meetingId" emptyText="—" /></Labeled></Layout>
                {canReadTownships && <Layout size={6}><Labeled><ReferenceField source="township" reference="townships" link="show" emptyText="—" /></Labeled></Layout>}
                {village && <Layout size={6}><Labeled><LocalDateField source="decidedOn" emptyText="—" /></Labeled></Layout>}
              </Layout>
            </Section>
            <Corrections />
            {record.status === 'final' && (
              <Section title="app.decisions.seal">
                <Layout container spacing={2}>
                  <Layout size={4}><Labeled><TextField source="seq" /></Labeled></Layout>
                  <Layout size={8}><Labeled><ShortHashField source="hash" /></Labeled></Layout>
                  <Layout size={12}><Labeled><ShortHashField source="prevHash" /></Labeled></Layout>
                  <Layout size={6}><Labeled><TextField source="finalisedByName" /></Labeled></Layout>
                  <Layout size={6}><Labeled><LocalDateField source="finalisedAt" showTime /></Labeled></Layout>
                </Layout>
              </Section>
            )}
          </Stack>
        </Layout>
      </Layout>
    </Stack>
  );
};
