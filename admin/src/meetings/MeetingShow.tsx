// A meeting: its record, photos and sign-in sheet, the verdict finalising stored, and who attended.
import { Box, Grid as Layout, ImageList, ImageListItem, Stack, Typography } from '@mui/material';
import {
  FunctionField, Labeled, ReferenceField, RichTextField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate,
} from 'react-admin';
import { Section } from '../common/Section';
import type { Meeting } from '../types';
import { AttendanceSummary } from './AttendanceSummary';
import { KindField } from './KindField';
import { MeetingShowActions } from './MeetingActions';
import { MeetingStatusField } from './MeetingStatusField';
import { shanghaiTime } from './time';
import { VerdictCard } from './VerdictCard';

const Photos = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Section title="app.meetings.files">
      {record.photos?.length ? (
        <ImageList cols={3} gap={8} sx={{ m: 0 }}>
          {record.photos.map((p) => (
            <ImageListItem key={p.id}>
              <a href={p.url} target="_blank" rel="noopener noreferrer"><img src={p.url} alt={p.name} loading="lazy" style={{ width: '100%', borderRadius: 4 }} /></a>
            </ImageListItem>
          ))}
        </ImageList>
      ) : <Typography variant="body2" color="text.secondary">{translate('app.meetings.no_photos')}</Typography>}
      {record.signInSheet && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('resources.meetings.fields.signInSheet')}：<a href={record.signInSheet.url} target="_blank" rel="noopener noreferrer">{record.signInSheet.name}</a>
        </Typography>
      )}
    </Section>
  );
};

const ThemeDay = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (record?.kind !== 'theme_day') return null;
  return (
    <Section title="app.meetings.theme_day">
      <Stack spacing={1}>
        <Labeled label="resources.meetings.fields.theme"><TextField source="theme" emptyText="—" /></Labeled>
        <Labeled label="resources.meetings.fields.openToResidents">
          <Typography variant="body2">{record.openToResidents ? translate('app.theme_days.open_residents', { n: record.residentCount ?? 0 }) : translate('ra.boolean.false')}</Typography>
        </Labeled>
        <Labeled label="resources.meetings.fields.outcome"><TextField source="outcome" emptyText="—" /></Labeled>
      </Stack>
    </Section>
  );
};

const Issues = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!record?.residentIssues?.length) return null;
  return (
    <Section title="app.meetings.talk_day">
      <Stack spacing={1}>
        {record.residentIssues.map((i, n) => (
          <Box key={n}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{n + 1}. {i.issue}{i.raisedBy ? `（${i.raisedBy}）` : ''}</Typography>
            <Typography variant="body2" color="text.secondary">{translate('app.meetings.agreed')}：{i.agreed ?? '—'}{i.toGridEvent ? ` · ${translate('app.meetings.to_grid_event')}` : ''}</Typography>
          </Box>
        ))}
      </Stack>
    </Section>
  );
};

export const MeetingShow = () => (
  <Show actions={<MeetingShowActions />}>
    <Layout container spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Layout size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <SimpleShowLayout sx={{ p: 0 }}>
            <Labeled label="resources.meetings.fields.status"><MeetingStatusField /></Labeled>
            <Labeled label="resources.meetings.fields.kind"><KindField /></Labeled>
            <ReferenceField source="organisation" reference="party-organisations" link="show" />
            <FunctionField source="startsAt" render={(r: Meeting) => shanghaiTime(r.startsAt)} />
            <TextField source="place" emptyText="—" />
            <TextField source="topic" />
            <ReferenceField source="chair" reference="members" link={false} emptyText="—" />
            <ReferenceField source="recorder" reference="members" link={false} emptyText="—" />
            <RichTextField source="minutes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <FunctionField source="version" render={(r: Meeting) => (r.version && r.version > 1 ? `${r.version}（${r.correctionReason ?? ''}）` : r.version)} />
            <ReferenceField source="supersedes" reference="meetings" link="show" emptyText="—" />
            <FunctionField source="finalisedAt" render={(r: Meeting) => (r.finalisedAt ? `${shanghaiTime(r.finalisedAt)} · ${r.finalisedBy ?? ''}` : '—')} />
          </SimpleShowLayout>
          <ThemeDay />
          <Issues />
          <Photos />
        </Stack>
      </Layout>
      <Layout size={{ xs: 12, md: 6 }}>
        <Stack spacing={2}>
          <VerdictCard />
          <AttendanceSummary />
        </Stack>
      </Layout>
    </Layout>
  </Show>
);
