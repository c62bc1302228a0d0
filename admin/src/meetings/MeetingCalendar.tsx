// One organisation's meetings as a month calendar (an agenda on a phone). The list's filters apply;
// a branch secretary starts on their own organisation.
import { useState } from 'react';
import { Alert, Box, Chip, IconButton, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Link, useGetIdentity, useGetList, useListContext, useTranslate } from 'react-admin';
import type { Me, Meeting } from '../types';
import { shanghaiTime, todayShanghai } from './time';
import { useMeetingRules } from './useMeetingRules';

const COLORS = { draft: 'warning', finalised: 'success', superseded: 'default' } as const;
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

function monthDays(month: string) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7; // Monday first
  return { last, firstWeekday, days: Array.from({ length: last }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`) };
}

function shift(month: string, by: number) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

export const MeetingCalendar = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { identity } = useGetIdentity();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [month, setMonth] = useState(todayShanghai().slice(0, 7));
  const { nameOf } = useMeetingRules();
  const organisation = filterValues.organisation ?? (identity as Partial<Me> | undefined)?.partyOrganisation?.id;
  const { days, firstWeekday } = monthDays(month);
  const { data = [], isPending } = useGetList<Meeting>('meetings', {
    filter: { ...filterValues, ...(organisation ? { organisation } : {}), heldOn_gte: days[0], heldOn_lte: days[days.length - 1] },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  }, { enabled: !!organisation });
  const byDay = new Map<string, Meeting[]>();
  for (const m of data) if (m.heldOn) byDay.set(m.heldOn, [...(byDay.get(m.heldOn) ?? []), m]);

  const chip = (m: Meeting) => (
    <Link key={m.id} to={`/meetings/${m.id}/show`} underline="none">
      <Chip size="small" color={COLORS[m.status]} variant={m.status === 'draft' ? 'outlined' : 'filled'} label={nameOf(m.kind)}
        sx={{ maxWidth: '100%', cursor: 'pointer', mb: 0.25 }} title={`${shanghaiTime(m.startsAt)} ${m.theme || m.topic}`} />
    </Link>
  );

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="meeting-calendar">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <IconButton onClick={() => setMonth(shift(month, -1))} aria-label={translate('app.meetings.previous_month')}><ChevronLeftIcon /></IconButton>
        <Typography variant="h6" sx={{ flex: 1, textAlign: 'center' }}>{translate('app.meetings.month_title', { year: month.slice(0, 4), month: Number(month.slice(5)) })}</Typography>
        <IconButton onClick={() => setMonth(shift(month, 1))} aria-label={translate('app.meetings.next_month')}><ChevronRightIcon /></IconButton>
      </Stack>
      {!organisation ? (
        <Alert severity="info">{translate('app.meetings.calendar_pick')}</Alert>
      ) : phone ? (
        <Stack spacing={1}>
          {!isPending && !data.length && <Typography color="text.secondary">{translate('app.meetings.no_meetings_month')}</Typography>}
          {days.filter((d) => byDay.has(d)).map((d) => (
            <Box key={d}>
              <Typography variant="caption" color="text.secondary">{d}</Typography>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>{byDay.get(d)!.map(chip)}</Stack>
            </Box>
          ))}
        </Stack>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5 }}>
          {WEEKDAYS.map((w) => <Typography key={w} variant="caption" align="center" color="text.secondary">{w}</Typography>)}
          {Array.from({ length: firstWeekday }, (_, i) => <Box key={`pad${i}`} />)}
          {days.map((d) => (
            <Box key={d} sx={{ minHeight: 84, border: 1, borderColor: d === todayShanghai() ? 'primary.main' : 'divider', borderRadius: 1, p: 0.5, overflow: 'hidden' }}>
              <Typography variant="caption" color="text.secondary">{Number(d.slice(8))}</Typography>
              <Stack>{(byDay.get(d) ?? []).map(chip)}</Stack>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
