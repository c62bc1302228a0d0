// One member's record, laid out for a phone first: name and status on top, then organisation,
// personal facts and contact in stacked sections that sit side by side on wider screens.
import { Labeled, ReferenceField, TextField, useRecordContext } from 'react-admin';
import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import type { Member } from '../types';
import { MemberStatusField } from './MemberStatusField';
import { PhoneField } from './PhoneField';

export const MemberShowLayout = () => {
  const record = useRecordContext<Member>();
  if (!record) return null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Card sx={{ borderTop: 4, borderColor: 'primary.main' }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography variant="h5" component="h2" sx={{ fontWeight: 600 }}>
              {record.name}
            </Typography>
            <EnumChipField source="gender" enumResource="members" />
            <MemberStatusField />
          </Stack>
        </CardContent>
      </Card>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Section title="app.member.organisation">
            <Stack spacing={1}>
              <Labeled><ReferenceField source="partyOrganisation" reference="party-organisations" link="show" /></Labeled>
              <Labeled><ReferenceField source="partyGroup" reference="party-organisations" link="show" emptyText="—" /></Labeled>
              <Labeled><ReferenceField source="grid" reference="grids" link="show" emptyText="—" /></Labeled>
              <Labeled><ReferenceField source="township" reference="townships" link="show" emptyText="—" /></Labeled>
            </Stack>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={2}>
            <Section title="resources.members.name">
              <Grid container spacing={2}>
                <Grid size={6}><Labeled><LocalDateField source="birthDate" /></Labeled></Grid>
                <Grid size={6}><Labeled><LocalDateField source="joinedDate" /></Labeled></Grid>
                <Grid size={6}><Labeled><TextField source="code" emptyText="—" /></Labeled></Grid>
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
