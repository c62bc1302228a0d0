// A township (or the county) nominates one of its finalised theme days held in the round's period.
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItemButton, ListItemText, TextField } from '@mui/material';
import { useCreate, useGetList, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../points/api';
import type { Meeting } from '../types';
import type { RoundOverview } from './types';

export const NominateDialog = ({ round, open, onClose, onDone }: { round: RoundOverview; open: boolean; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [picked, setPicked] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [q, setQ] = useState('');
  const [create, { isPending }] = useCreate();
  const { data = [] } = useGetList<Meeting>('meetings', {
    filter: { kind: 'theme_day', status: 'finalised', heldOn_gte: round.periodStart, heldOn_lte: round.periodEnd, ...(q ? { q } : {}) },
    sort: { field: 'heldOn', order: 'DESC' }, pagination: { page: 1, perPage: 50 },
  }, { enabled: open });
  const taken = new Set(round.nominations.map((n) => n.meeting));
  const submit = async () => {
    try {
      await create('theme-day-nominations', { data: { round: round.id, meeting: picked, note: note.trim() || null } }, { returnPromise: true });
      notify('app.theme_days.nominated', { type: 'success' });
      onDone();
      onClose();
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('app.theme_days.nominate_title')}</DialogTitle>
      <DialogContent>
        <TextField size="small" fullWidth label={translate('ra.action.search')} value={q} onChange={(e) => setQ(e.target.value)} sx={{ mb: 1 }} />
        <List dense sx={{ maxHeight: 320, overflowY: 'auto' }}>
          {data.filter((m) => !taken.has(String(m.id))).map((m) => (
            <ListItemButton key={m.id} selected={picked === m.id} onClick={() => setPicked(String(m.id))}>
              <ListItemText primary={m.theme || m.topic} secondary={m.heldOn} />
            </ListItemButton>
          ))}
        </List>
        <TextField fullWidth multiline minRows={2} label={translate('resources.theme-day-nominations.fields.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!picked || isPending} onClick={submit}>{translate('app.theme_days.nominate')}</Button>
      </DialogActions>
    </Dialog>
  );
};
