// 登记出勤 (/meeting-attendance/:id), made for a secretary's phone: everyone due, one tap each for
// 出席 / 请假 (with the reason) / 缺席, photos from the camera, then one request saves the whole
// list (up to 1,000 members) and another finalises. Nothing is sent until 保存 or 定稿.
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle,
  Divider, LinearProgress, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import AddAPhotoIcon from '@mui/icons-material/AddAPhoto';
import { Link, Title, useDataProvider, useGetOne, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../points/api';
import { uploadErrorMessage, uploadEvidence } from '../points-entries/uploadEvidence';
import type { AttendanceSheet, AttendanceStatus, Meeting } from '../types';
import { apiSend, useApiQuery } from './api';
import { shanghaiTime } from './time';
import { MAX_PHOTO_BYTES } from './uploads';

type Entry = { status: AttendanceStatus | null; reason: string };
const SHORT: Record<AttendanceStatus, string> = { present: 'app.meetings.present_short', excused: 'app.meetings.excused_short', absent: 'app.meetings.absent_short' };

export const AttendanceTaker = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const { data, isPending, error, refetch } = useApiQuery<AttendanceSheet>(`/meetings/${encodeURIComponent(id)}/attendance`);
  const { data: meeting, refetch: refetchMeeting } = useGetOne<Meeting>('meetings', { id });
  const sheet = data?.data;
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [busy, setBusy] = useState<'save' | 'finalise' | 'photo' | null>(null);
  const [confirm, setConfirm] = useState(false);

  useEffect(() => {
    if (sheet) setEntries(Object.fromEntries(sheet.records.map((r) => [r.member, { status: r.status, reason: r.reason ?? '' }])));
  }, [sheet]);

  const counts = useMemo(() => {
    const c = { present: 0, excused: 0, absent: 0, unrecorded: 0 };
    for (const e of Object.values(entries)) c[e.status ?? 'unrecorded']++;
    return c;
  }, [entries]);

  if (error) return <Alert severity="warning" sx={{ mt: 2 }}>{errorMessage(error)}</Alert>;
  if (isPending || !sheet) return <LinearProgress sx={{ mt: 2 }} />;
  const draft = sheet.meeting.status === 'draft';
  const set = (member: string, patch: Partial<Entry>) => setEntries((all) => ({ ...all, [member]: { ...all[member], ...patch } }));
  const records = () => Object.entries(entries).filter(([, e]) => e.status).map(([member, e]) => ({ member, status: e.status, ...(e.status === 'excused' ? { reason: e.reason.trim() } : {}) }));

  const save = async () => {
    setBusy('save');
    try {
      await apiSend('PUT', `/meetings/${encodeURIComponent(id)}/attendance`, { records: records() });
      notify('app.meetings.attendance_saved', { type: 'success', messageArgs: { n: records().length } });
      await refetch();
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    } finally {
      setBusy(null);
    }
  };

  const finalise = async () => {
    setBusy('finalise');
    try {
      const res = await apiSend<{ counted: boolean; points: { posted: number; approved: number; capped: unknown[] } }>('POST', `/meetings/${encodeURIComponent(id)}/finalise`, { records: records() });
      notify(res.counted ? 'app.meetings.finalised' : 'app.meetings.finalised_not_counted', {
        type: res.counted ? 'success' : 'warning', messageArgs: { posted: res.points.posted, approved: res.points.approved, capped: res.points.capped.length },
      });
      await queryClient.invalidateQueries();
      redirect('show', 'meetings', id);
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    } finally {
      setBusy(null);
      setConfirm(false);
    }
  };

  const addPhotos = async (files: FileList | null) => {
    if (!files?.length || !meeting) return;
    const picked = [...files];
    if (picked.some((f) => f.size > MAX_PHOTO_BYTES)) {
      notify('app.meetings.file_too_large', { type: 'warning' });
      return;
    }
    setBusy('photo');
    try {
      const uploaded = [];
      for (const f of picked) uploaded.push((await uploadEvidence(f)).id);
      await dataProvider.update('meetings', { id, data: { photos: [...(meeting.photos ?? []).map((p) => p.id), ...uploaded] }, previousData: meeting });
      notify('app.meetings.photos_added', { type: 'success', messageArgs: { n: uploaded.length } });
      await refetchMeeting();
    } catch (e) {
      const message = uploadErrorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 4, maxWidth: 720 }} data-testid="attendance-taker">
      <Title title="app.meetings.take_attendance" />
      <Card variant="outlined" sx={{ mb: 1.5 }}>
        <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{sheet.meeting.kindName} · {sheet.meeting.topic}</Typography>
          <Typography variant="body2" color="text.secondary">{sheet.meeting.organisation.name} · {meeting ? shanghaiTime(meeting.startsAt) : sheet.meeting.heldOn}</Typography>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }} data-testid="attendance-tally">
            <Chip size="small" label={translate('app.meetings.count_due', { n: sheet.counts.due })} />
            <Chip size="small" color="success" label={translate('app.meetings.count_present', { n: counts.present })} />
            <Chip size="small" color="warning" label={translate('app.meetings.count_excused', { n: counts.excused })} />
            <Chip size="small" color="error" label={translate('app.meetings.count_absent', { n: counts.absent })} />
            {counts.unrecorded > 0 && <Chip size="small" variant="outlined" label={translate('app.meetings.count_unrecorded', { n: counts.unrecorded })} />}
          </Stack>
          {!draft && <Alert severity="info" sx={{ mt: 1 }}>{translate('app.meetings.immutable')} <Link to={`/meetings/${id}/show`}>{translate('app.meetings.open_meeting')}</Link></Alert>}
        </CardContent>
      </Card>

      {draft && (
        // Sticky under the app bar: always in reach, and never under the notifications at the bottom.
        <Paper elevation={3} sx={{ position: 'sticky', top: 48, zIndex: 2, p: 1, mb: 1, display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2" sx={{ flex: '1 1 auto' }} data-testid="attendance-live">
            {translate('app.meetings.live_tally', { present: counts.present, excused: counts.excused, absent: counts.absent, unrecorded: counts.unrecorded })}
          </Typography>
          <Button variant="outlined" size="small" onClick={save} disabled={!!busy}>{busy === 'save' ? <CircularProgress size={18} /> : translate('app.meetings.save_attendance')}</Button>
          <Button variant="contained" size="small" onClick={() => setConfirm(true)} disabled={!!busy}>{translate('app.meetings.finalise')}</Button>
        </Paper>
      )}

      {draft && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" onClick={() => setEntries((all) => Object.fromEntries(Object.entries(all).map(([k, e]) => [k, { ...e, status: e.status ?? 'present' }])))}>
            {translate('app.meetings.rest_present')}
          </Button>
          <Button size="small" variant="outlined" component="label" startIcon={busy === 'photo' ? <CircularProgress size={16} /> : <AddAPhotoIcon />} disabled={!!busy}>
            {translate('app.meetings.add_photos', { n: meeting?.photos?.length ?? 0 })}
            <input hidden type="file" accept="image/*" multiple onChange={(e) => addPhotos(e.target.files)} data-testid="photo-input" />
          </Button>
        </Stack>
      )}

      <Paper variant="outlined">
        {sheet.records.map((r, i) => {
          const e = entries[r.member] ?? { status: null, reason: '' };
          return (
            <Box key={r.member} data-testid="attendance-row" data-member={r.member}>
              {i > 0 && <Divider />}
              <Box sx={{ p: 1, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
                <Box sx={{ flex: '1 1 120px', minWidth: 0 }}>
                  <Typography variant="body1" noWrap>{r.name}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {r.memberStatus === 'probationary' ? translate('resources.members.enums.status.probationary') : ''}{r.committee ? ` ${translate('app.meetings.committee_member')}` : ''}
                  </Typography>
                </Box>
                <ToggleButtonGroup size="small" exclusive value={e.status} disabled={!draft} onChange={(_, v: AttendanceStatus | null) => v && set(r.member, { status: v })}
                  aria-label={r.name}>
                  {(['present', 'excused', 'absent'] as const).map((s) => (
                    <ToggleButton key={s} value={s} color={s === 'present' ? 'success' : s === 'excused' ? 'warning' : 'error'} sx={{ px: 1.5 }}>
                      {translate(SHORT[s])}
                    </ToggleButton>
                  ))}
                </ToggleButtonGroup>
                {e.status === 'excused' && (
                  <TextField size="small" fullWidth disabled={!draft} label={translate('app.meetings.excuse_reason')} value={e.reason}
                    onChange={(ev) => set(r.member, { reason: ev.target.value })} error={!e.reason.trim()} slotProps={{ htmlInput: { maxLength: 200 } }} />
                )}
              </Box>
            </Box>
          );
        })}
      </Paper>

      <Dialog open={confirm} onClose={() => setConfirm(false)}>
        <DialogTitle>{translate('app.meetings.finalise_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('app.meetings.finalise_content')}</DialogContentText>
          {counts.unrecorded > 0 && <Alert severity="warning" sx={{ mt: 1 }}>{translate('app.meetings.unrecorded_warning', { n: counts.unrecorded })}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={finalise} disabled={busy === 'finalise'}>{translate('app.meetings.finalise_confirm')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
