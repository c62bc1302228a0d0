import { Labeled, Show, TextField } from 'react-admin';
import { PersonField, RecordPeopleNames } from '../common/PeopleNames';
import { IpField } from './IpField';
import { Grid, Stack } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import { ActionChipField } from './ActionChipField';
import { ChangesDiff } from './ChangesDiff';
import { RecordLinkField } from './RecordLinkField';
import { ResourceNameField } from './ResourceNameField';

export const AuditLogShow = () => (
  <Show actions={false}>
    <RecordPeopleNames resource="audit-logs">
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section title="resources.audit-logs.name">
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}><Labeled><LocalDateField source="at" showTime /></Labeled></Grid>
          <Grid size={{ xs: 6, sm: 4 }}><Labeled label="resources.audit-logs.fields.username"><PersonField person="user" source="username" /></Labeled></Grid>
          <Grid size={{ xs: 6, sm: 4 }}><Labeled label="app.audit.login"><TextField source="username" emptyText="—" /></Labeled></Grid>
          <Grid size={{ xs: 6, sm: 4 }}><Labeled><EnumChipField source="role" /></Labeled></Grid>
          <Grid size={{ xs: 6, sm: 4 }}><Labeled><ActionChipField source="action" /></Labeled></Grid>
          <Grid size={{ xs: 6, sm: 4 }}><Labeled><ResourceNameField source="resource" /></Labeled></Grid>
          <Grid size={{ xs: 12, sm: 4 }}><Labeled><RecordLinkField source="recordId" /></Labeled></Grid>
          <Grid size={{ xs: 12, sm: 4 }}><Labeled label="resources.audit-logs.fields.ip"><IpField /></Labeled></Grid>
        </Grid>
      </Section>
      <Section title="resources.audit-logs.fields.changes">
        <ChangesDiff />
      </Section>
    </Stack>
    </RecordPeopleNames>
  </Show>
);
