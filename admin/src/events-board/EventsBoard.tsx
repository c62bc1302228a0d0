// The township centre's events board: tabs for new, in progress, overdue, with the county, to close
// and closed, with counts; a new event is dispatched in one click (快办) or with one choice (交办 to
// an office, 会办 to several, 报办 to the county); open assignments are finished or returned with a
// reason; handled events are closed with a result and the reporter's rating. The county assigns
// escalated events to departments; a department login finishes or returns its own.
import { useState } from 'react';
import { Alert, Badge, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, Tab, Tabs, TextField, Typography } from '@mui/material';
import { Title, useGetList, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { Role } from '../types';
import { apiSend, shanghai, TABS, useApiQuery, type Board, type BoardAssignment, type BoardRow } from './api';

type Ask = { kind: 'assign' | 'joint' | 'county_assign' | 'return' | 'close'; row: BoardRow; assignment?: BoardAssignment } | null;

export const EventsBoard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { permissions: role } = usePermissions<Role>();
  const [tab, setTab] = useState<(typeof TABS)[number]>(role === 'department' ? 'assigned' : 'new');
  const { data, isPending, error } = useApiQuery<Board>('/event-reports/board', { tab, limit: 50 });
  const [ask, setAsk] = useState<Ask>(null);
  const [busy, setBusy] = useState(false);
  const board = data?.data;
  const centre = role === 'township' || role === 'county';

  const act = async (row: BoardRow, action: string, body: Record<string, unknown> = {}) => {
    setBusy(true);
    try {
      await apiSend('POST', `/events/${row.id}/${action}`, body);
      notify(`${row.code}：${translate(`app.events.${action === 'dispatch' ? String(body.mode) : action === 'county-assign' ? 'county_assign' : action}`)}`, { type: 'success' });
      setAsk(null);
      await client.invalidateQueries({ queryKey: ['meetings-api'] });
    } catch (e: any) {
      notify(e?.body?.message ?? e?.message ?? String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 2, minWidth: 0 }} data-testid="events-board">
      <Title title={translate('app.events.board_title')} />
      <Tabs value={tab} onChange={(_e, v) => setTab(v)} variant="scrollable" scrollButtons="auto" sx={{ mb: 2 }}>
        {TABS.map((t) => (
          <Tab key={t} value={t} data-testid={`tab-${t}`}
            label={<Badge color={t === 'overdue' ? 'error' : 'primary'} badgeContent={board?.counts[t] ?? 0} max={9999} sx={{ pr: 2 }}>{translate(`app.events.tab_${t}`)}</Badge>} />
        ))}
      </Tabs>
      {error && <Alert severity="error">{(error as any)?.body?.message ?? String(error)}</Alert>}
      {!isPending && board && !board.rows.length && <Typography color="text.secondary">{translate('app.events.empty')}</Typography>}
      <Stack spacing={1.5}>
        {board?.rows.map((row) => (
          <Card key={row.id} variant="outlined" data-testid="event-row" data-code={row.code}>
            <CardContent sx={{ pb: '12px !important' }}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                <Typography variant="subtitle2">{row.code}</Typography>
                <Chip size="small" label={row.category} />
                {row.mode && <Chip size="small" color="primary" variant="outlined" label={translate(`resources.events.enums.mode.${row.mode}`)} />}
                <Typography variant="body2" color="text.secondary">{row.township} · {row.grid} · {shanghai(row.reportedAt)}</Typography>
              </Stack>
              <Typography sx={{ my: 1 }}>{row.description}</Typography>
              {row.assignments.map((a) => (
                <Stack key={a.id} direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }} data-testid="assignment">
                  <Typography variant="body2">{a.assignee}</Typography>
                  <Chip size="small" label={translate(`resources.event-assignments.enums.state.${a.state}`)} color={a.state === 'done' ? 'success' : a.state === 'returned' ? 'default' : 'info'} />
                  {a.state === 'open' && <Typography variant="body2" color={a.overdue ? 'error' : 'text.secondary'}>{translate('app.events.deadline')} {shanghai(a.deadline)}{a.overdue ? ` · ${translate('app.events.overdue')}` : ''}</Typography>}
                  {a.reason && <Typography variant="body2" color="text.secondary">（{a.reason}）</Typography>}
                  {a.state === 'open' && (centre || role === 'department' || (role === 'branch' && a.level === 'grid')) && row.mode !== 'quick' && (
                    <>
                      <Button size="small" disabled={busy} onClick={() => act(row, 'finish', { assignment: a.id, note: translate('app.events.done') })}>{translate('app.events.finish')}</Button>
                      <Button size="small" color="warning" disabled={busy} onClick={() => setAsk({ kind: 'return', row, assignment: a })}>{translate('app.events.return')}</Button>
                    </>
                  )}
                </Stack>
              ))}
              <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }}>
                {centre && row.state === 'reported' && (
                  <>
                    <Button variant="contained" size="small" disabled={busy} data-testid="dispatch-quick" onClick={() => act(row, 'dispatch', { mode: 'quick' })}>{translate('app.events.quick')}</Button>
                    <Button variant="outlined" size="small" disabled={busy} data-testid="dispatch-assign" onClick={() => setAsk({ kind: 'assign', row })}>{translate('app.events.assign')}</Button>
                    <Button variant="outlined" size="small" disabled={busy} onClick={() => setAsk({ kind: 'joint', row })}>{translate('app.events.joint')}</Button>
                    <Button variant="outlined" size="small" color="secondary" disabled={busy} data-testid="dispatch-escalate" onClick={() => act(row, 'escalate')}>{translate('app.events.escalate')}</Button>
                  </>
                )}
                {role === 'county' && row.state === 'escalated' && (
                  <Button variant="contained" size="small" disabled={busy} onClick={() => setAsk({ kind: 'county_assign', row })}>{translate('app.events.county_assign')}</Button>
                )}
                {centre && (row.state === 'handled' || (row.state === 'in_progress' && row.mode === 'quick')) && (
                  <Button variant="contained" size="small" color="success" disabled={busy} data-testid="close-event" onClick={() => setAsk({ kind: 'close', row })}>{translate('app.events.close')}</Button>
                )}
              </Stack>
            </CardContent>
          </Card>
        ))}
      </Stack>
      {ask && <AskDialog ask={ask} busy={busy} onCancel={() => setAsk(null)} onConfirm={(action, body) => act(ask.row, action, body)} />}
    </Box>
  );
};

const AskDialog = ({ ask, busy, onCancel, onConfirm }: { ask: NonNullable<Ask>; busy: boolean; onCancel: () => void; onConfirm: (action: string, body: Record<string, unknown>) => void }) => {
  const translate = useTranslate();
  // The event's own township's offices (the server refuses any other; the county sees them all).
  const offices = useGetList('offices', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: ask.row.townshipId ? { township: ask.row.townshipId } : {} },
    { enabled: ask.kind === 'assign' || ask.kind === 'joint' });
  const departments = useGetList('county-departments', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' }, filter: { active: true } }, { enabled: ask.kind === 'county_assign' });
  const [picked, setPicked] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [score, setScore] = useState(5);
  const officeChoices = offices.data ?? [];
  const confirm = () => {
    if (ask.kind === 'assign' || ask.kind === 'joint') onConfirm('dispatch', { mode: ask.kind, offices: picked });
    else if (ask.kind === 'county_assign') onConfirm('county-assign', { departments: picked });
    else if (ask.kind === 'return') onConfirm('return', { assignment: ask.assignment!.id, reason: text });
    else onConfirm('close', { result: text, satisfaction: score });
  };
  const multiple = ask.kind !== 'assign';
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="xs" data-testid="event-dialog">
      <DialogTitle>{ask.row.code} · {translate(`app.events.${ask.kind}`)}</DialogTitle>
      <DialogContent>
        {(ask.kind === 'assign' || ask.kind === 'joint' || ask.kind === 'county_assign') && (
          <TextField select fullWidth margin="dense" label={translate(ask.kind === 'county_assign' ? 'app.events.department' : ask.kind === 'joint' ? 'app.events.offices' : 'app.events.office')}
            value={multiple ? picked : picked[0] ?? ''} slotProps={{ select: { multiple } }} data-testid="assignee-select"
            onChange={(e) => setPicked(multiple ? (e.target.value as unknown as string[]) : [String(e.target.value)])}>
            {(ask.kind === 'county_assign' ? departments.data ?? [] : officeChoices).map((o: any) => (
              <MenuItem key={o.id} value={o.id}>{o.shortName ?? o.name}</MenuItem>
            ))}
          </TextField>
        )}
        {(ask.kind === 'return' || ask.kind === 'close') && (
          <TextField fullWidth multiline minRows={2} margin="dense" autoFocus label={translate(ask.kind === 'return' ? 'app.events.reason' : 'app.events.result')}
            value={text} onChange={(e) => setText(e.target.value)} data-testid="dialog-text" />
        )}
        {ask.kind === 'close' && (
          <TextField select fullWidth margin="dense" label={translate('app.events.satisfaction')} value={score} onChange={(e) => setScore(Number(e.target.value))}
            data-testid="dialog-score">
            {[5, 4, 3, 2, 1].map((n) => <MenuItem key={n} value={n}>{'★'.repeat(n)} {n}</MenuItem>)}
          </TextField>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('app.events.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={confirm} data-testid="dialog-confirm">{translate('app.events.confirm')}</Button>
      </DialogActions>
    </Dialog>
  );
};
