// One member's record, laid out for a phone first: photo, name and status on top, then this year's
// points, where they belong, the standard 党员信息 and contact, in stacked sections that sit side by
// side on wider screens.
import { Labeled, ReferenceField, TextField, useRecordContext } from 'react-admin';
import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import type { Member } from '../types';
import { useCanRead } from '../schema/useSchema';
import { IdNumberField } from './IdNumberField';
import { MemberPhoto } from './MemberPhoto';
import { MemberPointsSection } from './MemberPointsSection';
import { MemberStatusField } from './MemberStatusField';
import { PhoneField } from './PhoneField';

/** Where a member belongs; rows pointing at resources the caller cannot read are left out. */
const ORGANISATION_ROWS = [
  { source: 'partyOrganisation', reference: 'party-organisations' },
  { source: 'partyGroup', reference: 'party-organisations' },
  { source: 'grid', reference: 'grids' },
  { source: 'township', reference: 'townships' },
];

const Text = ({ source }: { source: string }) => <TextField source={source} emptyText="—" />;

export const MemberShowLayout = () => {
  const record = useRecordContext<Member>();
  const canRead = useCanRead();
  if (!record) return null;
  const organisationRows = ORGANISATION_ROWS.filter((r) => canRead(r.reference));
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Card sx={{ borderTop: 4, borderColor: 'primary.main' }}>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <MemberPhoto />
            <div>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
                <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
                  {record.name}
                </Typography>
                <EnumChipField source="gender" enumResource="members" />
                <MemberStatusField />
              </Stack>
              {(record.employer || record.jobTitle) && (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {[record.employer, record.jobTitle].filter(Boolean).join(' · ')}
                </Typography>
              )}
            </div>
          </Stack>
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <MemberPointsSection />
            {organisationRows.length > 0 && (
              <Section title="app.member.organisation">
                <Stack spacing={1}>
                  {organisationRows.map((r) => (
                    <Labeled key={r.source}>
                      <ReferenceField source={r.source} reference={r.reference} link="show" emptyText="—" />
                    </Labeled>
                  ))}
                </Stack>
              </Section>
            )}
            <Section title="app.member.party">
              <Grid container spacing={2}>
                <Grid size={6}><Labeled><LocalDateField source="joinedDate" /></Labeled></Grid>
                <Grid size={6}><Labeled><LocalDateField source="fullMemberDate" emptyText="—" /></Labeled></Grid>
                <Grid size={12}><Labeled><Text source="introducers" /></Labeled></Grid>
              </Grid>
            </Section>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <Section title="app.member.personal">
              <Grid container spacing={2}>
                <Grid size={6}><Labeled><Text source="ethnicity" /></Labeled></Grid>
                <Grid size={6}><Labeled><LocalDateField source="birthDate" /></Labeled></Grid>
                <Grid size={6}><Labeled><EnumChipField source="education" enumResource="members" /></Labeled></Grid>
                <Grid size={6}><Labeled><Text source="code" /></Labeled></Grid>
                <Grid size={12}><Labeled label="resources.members.fields.idNumber"><IdNumberField /></Labeled></Grid>
              </Grid>
            </Section>
            <Section title="app.member.work">
              <Grid container spacing={2}>
                <Grid size={6}><Labeled><Text source="employer" /></Labeled></Grid>
                <Grid size={6}><Labeled><Text source="jobTitle" /></Labeled></Grid>
              </Grid>
            </Section>
            <Section title="app.member.contact">
              <Labeled label="resources.members.fields.phone"><PhoneField /></Labeled>
            </Section>
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
};
