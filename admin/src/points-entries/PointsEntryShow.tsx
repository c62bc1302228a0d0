// One ledger entry: the points and whom they are for, the decision, and its place in the hash chain.
import {
  DataTable, Labeled, ReferenceField, ReferenceManyField, Show, TextField, usePermissions, useRecordContext, useTranslate,
} from 'react-admin';
import { Box, Card, CardContent, Grid as Layout, Stack, Typography } from '@mui/material';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import { formatTenths } from '../points/tenths';
import { PointsField } from '../points/PointsField';
import { useCanRead } from '../schema/useSchema';
import { RecordPeopleNames, PersonField } from '../common/PeopleNames';
import { isApproverRole, type PointsEntry } from '../types';
import { EntryBranchField } from './EntryBranchField';
import { BeneficiaryField } from './BeneficiaryField';
import { EntryShowActions } from './EntryShowActions';
import { EntryStatusField } from './EntryStatusField';
import { EvidenceField } from './EvidenceField';
import { ShortHashField } from './ShortHashField';

const EntryHeader = () => {
  const record = useRecordContext<PointsEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card sx={{ borderTop: 4, borderColor: 'primary.main' }}>
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h4" component="p" sx={{ fontWeight: 700, color: record.pointsTenths < 0 ? 'error.main' : 'primary.main' }}>
            {translate('app.points.value', { points: formatTenths(record.pointsTenths, { signed: true }) })}
          </Typography>
          <Box sx={{ typography: 'h6' }}>
            <BeneficiaryField link="show" />
          </Box>
          <EntryStatusField />
        </Stack>
        <Typography variant="body1" sx={{ mt: 1 }}>
          {record.reason}
        </Typography>
      </CardContent>
    </Card>
  );
};

/** Entries that correct this one (冲正记录). */
const Reversals = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="points-entries"
      target="reverses"
      perPage={10}
      empty={<Typography variant="body2" color="text.secondary">{translate('app.entries.no_reversals')}</Typography>}
    >
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="occurredOn"><LocalDateField source="occurredOn" /></DataTable.Col>
        <DataTable.Col source="pointsTenths"><PointsField signed /></DataTable.Col>
        <DataTable.Col source="reason" />
        <DataTable.Col source="status"><EntryStatusField /></DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};

// The hash chain is for the staff who keep and verify the ledger; a member sees their points and
// the decision, not the chain's internals.
export const PointsEntryShow = () => {
  const canRead = useCanRead();
  const { permissions } = usePermissions();
  const staff = isApproverRole(permissions);
  return (
    <Show actions={<EntryShowActions />}>
      <RecordPeopleNames resource="points-entries">
      <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
        <EntryHeader />
        <Layout container spacing={2}>
          <Layout size={{ xs: 12, md: 6 }}>
            <Section title="app.entries.details">
              <Layout container spacing={2}>
                <Layout size={6}><Labeled><ReferenceField source="rule" reference="points-rules" link="show" /></Labeled></Layout>
                <Layout size={6}><Labeled><PointsField source="pointsTenths" signed /></Labeled></Layout>
                <Layout size={6}><Labeled><LocalDateField source="occurredOn" /></Labeled></Layout>
                <Layout size={6}><Labeled><TextField source="period" emptyText="—" /></Labeled></Layout>
                {canRead('party-organisations') && (
                  <Layout size={6}><Labeled label="app.entries.branch"><EntryBranchField /></Labeled></Layout>
                )}
                {canRead('townships') && (
                  <Layout size={6}><Labeled label="app.entries.township"><ReferenceField source="township" reference="townships" link="show" emptyText="—" /></Labeled></Layout>
                )}
                <Layout size={6}><Labeled><ReferenceField source="reverses" reference="points-entries" link="show" emptyText="—" /></Labeled></Layout>
                <Layout size={12}><Labeled><TextField source="reason" /></Labeled></Layout>
                <Layout size={12}><Labeled><EvidenceField source="evidence" /></Labeled></Layout>
              </Layout>
            </Section>
          </Layout>
          <Layout size={{ xs: 12, md: 6 }}>
            <Stack spacing={2}>
              <Section title="app.entries.decision">
                <Layout container spacing={2}>
                  <Layout size={6}><Labeled label="resources.points-entries.fields.proposerName"><PersonField person="proposer" source="proposerName" /></Labeled></Layout>
                  <Layout size={6}><Labeled><LocalDateField source="createdAt" showTime /></Labeled></Layout>
                  <Layout size={6}><Labeled label="resources.points-entries.fields.approverName"><PersonField person="approver" source="approverName" /></Labeled></Layout>
                  <Layout size={6}><Labeled><LocalDateField source="decidedAt" showTime emptyText="—" /></Labeled></Layout>
                  <Layout size={12}><Labeled><TextField source="decisionNote" emptyText="—" /></Labeled></Layout>
                </Layout>
              </Section>
              {staff && (
                <Section title="app.entries.chain">
                  <Layout container spacing={2}>
                    <Layout size={4}><Labeled><TextField source="seq" emptyText="—" /></Labeled></Layout>
                    <Layout size={8}><Labeled><ShortHashField source="hash" /></Labeled></Layout>
                    <Layout size={12}><Labeled><ShortHashField source="prevHash" /></Labeled></Layout>
                  </Layout>
                </Section>
              )}
            </Stack>
          </Layout>
          <Layout size={12}>
            <Section title="app.entries.reversals">
              <Reversals />
            </Section>
          </Layout>
        </Layout>
      </Stack>
      </RecordPeopleNames>
    </Show>
  );
};
