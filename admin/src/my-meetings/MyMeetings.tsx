// 我的参会 (/my-meetings): the meetings a member was due at this year — upcoming, attended, excused,
// missed — and the points each brought; staff pick a member in their scope (?member=…).
import { useState } from 'react';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { currentYear } from '../points/dates';
import { errorMessage } from '../points/api';
import { formatTenths } from '../points/tenths';
import { MemberPicker } from '../my-points/MemberPicker';
import { StatCard } from '../my-points/StatCard';
import { YearSelect } from '../my-points/YearSelect';
import { useApiQuery } from '../meetings/api';
import { shanghaiTime } from '../meetings/time';
import { perMilleText } from '../meeting-compliance/OrganisationMatrix';
import type { AttendanceStatus, Me } from '../types';

interface MineMeeting {
  id: string;
  kind: string;
  kindName: string;
  heldOn: string;
  startsAt: string;
  topic: string;
  place: string | null;
  organisation: string | null;
  meetingStatus: 'draft' | 'finalised';
  counted: boolean;
  attendance: AttendanceStatus | null;
  reason: string | null;
  pointsTenths: number;
  pendingTenths: number;
}

interface Mine {
  member: { id: string; name: string };
  year: number;
  rate: { due: number; present: number; perMille: number | null; excused: number; absent: number };
  counts: { upcoming: number; attended: number; missed: number; excused: number; pointsTenths: number };
  meetings: MineMeeting[];
}

const COLORS = { present: 'success', excused: 'warning', absent: 'error' } as const;

const MeetingCard = ({ m }: { m: MineMeeting }) => {
  const translate = useTranslate();
  const upcoming = m.meetingStatus === 'draft';
  return (
    <Card variant="outlined" data-testid="my-meeting" data-meeting={m.id}>
      <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>{m.kindName}</Typography>
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{m.topic}</Typography>
            <Typography variant="caption" color="text.secondary" component="p">{shanghaiTime(m.startsAt)}{m.place ? ` · ${m.place}` : ''}</Typography>
            {m.organisation && <Typography variant="caption" color="text.secondary" component="p">{m.organisation}</Typography>}
          </Box>
          <Stack sx={{ alignItems: 'flex-end', gap: 0.5 }}>
            {upcoming ? (
              <Chip size="small" variant="outlined" label={translate(m.attendance ? `resources.meeting-attendances.enums.status.${m.attendance}` : 'app.my_meetings.upcoming')} />
            ) : (
              <Chip size="small" color={m.attendance ? COLORS[m.attendance] : 'default'} label={translate(m.attendance ? `resources.meeting-attendances.enums.status.${m.attendance}` : 'app.my_meetings.unrecorded')} />
            )}
            {m.pointsTenths !== 0 && <Typography variant="body2" color="success.main" sx={{ fontWeight: 600 }} data-testid="meeting-points">{formatTenths(m.pointsTenths, { signed: true })} {translate('app.points.unit')}</Typography>}
            {m.pendingTenths !== 0 && <Typography variant="caption" color="text.secondary">{translate('app.my_meetings.pending', { points: formatTenths(m.pendingTenths, { signed: true }) })}</Typography>}
          </Stack>
        </Stack>
        {m.reason && <Typography variant="caption" color="text.secondary">{translate('app.meetings.excuse_reason')}：{m.reason}</Typography>}
      </CardContent>
    </Card>
  );
};

const MemberMeetings = ({ year, member }: { year: number; member?: string }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useApiQuery<Mine>('/meeting-reports/mine', { year, member });
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  if (isPending || !data) return <LinearProgress />;
  const mine = data.data;
  const upcoming = mine.meetings.filter((m) => m.meetingStatus === 'draft');
  const past = mine.meetings.filter((m) => m.meetingStatus !== 'draft');
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('app.my_meetings.summary', { name: mine.member.name, year })}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <StatCard label={translate('app.my_meetings.rate')} value={perMilleText(mine.rate.perMille)} testId="my-meetings-rate" />
        <StatCard label={translate('app.my_meetings.attended')} value={mine.counts.attended} />
        <StatCard label={translate('app.my_meetings.missed')} value={mine.counts.missed} />
        <StatCard label={translate('app.my_meetings.points')} value={formatTenths(mine.counts.pointsTenths)} testId="my-meetings-points" />
      </Stack>
      {upcoming.length > 0 && (
        <Box>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('app.my_meetings.due')}</Typography>
          <Stack spacing={1}>{upcoming.map((m) => <MeetingCard key={m.id} m={m} />)}</Stack>
        </Box>
      )}
      <Box>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('app.my_meetings.history')}</Typography>
        {past.length ? <Stack spacing={1}>{past.map((m) => <MeetingCard key={m.id} m={m} />)}</Stack>
          : <Typography variant="body2" color="text.secondary">{translate('app.my_meetings.none')}</Typography>}
      </Box>
    </Stack>
  );
};

export const MyMeetings = () => {
  const translate = useTranslate();
  const { permissions: role, isPending: roleLoading } = usePermissions();
  const { identity, isPending: identityLoading } = useGetIdentity();
  const [params, setParams] = useSearchParams();
  const [year, setYear] = useState(currentYear);
  if (roleLoading || identityLoading) return <Loading />;
  const isMember = role === 'member';
  const own = (identity as Partial<Me> | undefined)?.member?.id ?? null;
  const picked = params.get('member');
  const member = isMember ? own : (picked ?? own);
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, maxWidth: 720, overflowX: 'hidden' }}>
      <Title title={isMember ? 'app.my_meetings.title' : 'app.my_meetings.staff_title'} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        {!isMember && <MemberPicker value={member} onChange={(id) => setParams(id ? { member: id } : {}, { replace: true })} />}
        <YearSelect value={year} onChange={setYear} />
      </Stack>
      {member ? <MemberMeetings year={year} member={isMember ? undefined : member} /> : (
        <Alert severity="info">{translate(isMember ? 'app.member.not_linked' : 'app.my_points.pick_prompt')}</Alert>
      )}
    </Box>
  );
};
