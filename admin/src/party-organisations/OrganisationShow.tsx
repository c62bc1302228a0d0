import { Labeled, NumberField, ReferenceField, Show, TextField, useRecordContext } from 'react-admin';
import { Grid, Stack, Typography } from '@mui/material';
import { LocalDateField } from '../common/LocalDateField';
import { CheckFindings } from '../check/CheckFindings';
import { EnumChipField } from '../common/EnumChipField';
import { Section } from '../common/Section';
import type { PartyOrganisation } from '../types';
import { LevelChipField } from './LevelChipField';
import { MemberCountField } from './MemberCountField';
import { OrganisationMembers } from './OrganisationMembers';
import { OrganisationTreeView } from './OrganisationTreeView';
import { ShowPrintActions } from '../prints/ShowPrintActions';

const TermYears = () => {
  const record = useRecordContext<PartyOrganisation>();
  return <span>{record?.check?.termYears ?? '—'}</span>;
};

const MembersSection = () => {
  const record = useRecordContext<PartyOrganisation>();
  if (!record || record.level === 'committee' || record.level === 'general_branch') return null;
  return (
    <Grid size={12}>
      <Section title="app.organisation.members">
        <OrganisationMembers />
      </Section>
    </Grid>
  );
};

const Children = () => {
  const record = useRecordContext<PartyOrganisation>();
  if (!record || record.level === 'party_group') return null;
  return (
    <Grid size={12}>
      <Section title="app.organisation.children">
        <OrganisationTreeView parent={record.id} />
      </Section>
    </Grid>
  );
};

/** An organisation: its place in the tree, the size rules' verdict, its children and members. */
export const OrganisationShow = () => {
  return (
    <Show actions={<ShowPrintActions kind="roster" when={(r) => r.level === 'branch'} />}>
      <Grid container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Section title="resources.party-organisations.name">
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 6 }}><Labeled><TextField source="name" /></Labeled></Grid>
              <Grid size={{ xs: 6, sm: 3 }}><Labeled><LevelChipField source="level" /></Labeled></Grid>
              <Grid size={{ xs: 6, sm: 3 }}><Labeled><EnumChipField source="category" /></Labeled></Grid>
              <Grid size={6}><Labeled><TextField source="code" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled><ReferenceField source="parent" reference="party-organisations" link="show" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled><ReferenceField source="township" reference="townships" link="show" /></Labeled></Grid>
              <Grid size={6}><Labeled><ReferenceField source="grid" reference="grids" link="show" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled><ReferenceField source="secretary" reference="members" link="show" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled><NumberField source="committeeSize" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled><LocalDateField source="electedOn" emptyText="—" /></Labeled></Grid>
              <Grid size={6}><Labeled label="resources.party-organisations.fields.termYears"><TermYears /></Labeled></Grid>
            </Grid>
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Section title="resources.party-organisations.fields.check">
            <Stack spacing={1}>
              <Typography variant="body2" color="text.secondary">
                <MemberCountField />
              </Typography>
              <CheckFindings />
            </Stack>
          </Section>
        </Grid>
        <Children />
        <MembersSection />
      </Grid>
    </Show>
  );
};
