// On a meeting's page: take attendance and edit while a draft; finalise (the server checks and
// stores the verdict, posts points); correct a finalised one (a new version with a reason).
import { useState } from 'react';
import { Button, EditButton, TopToolbar, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Button as MuiButton } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../points/api';
import { ReasonDialog } from '../points-entries/ReasonDialog';
import { useResourcePermissions } from '../schema/useSchema';
import type { Meeting } from '../types';
import { apiSend } from './api';

export function useFinalise() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async (id: string, body: unknown = {}) => {
    setPending(true);
    try {
      const res = await apiSend<{ counted: boolean; points: { posted: number; approved: number; capped: unknown[] } }>('POST', `/meetings/${encodeURIComponent(id)}/finalise`, body);
      notify(res.counted ? 'app.meetings.finalised' : 'app.meetings.finalised_not_counted', {
        type: res.counted ? 'success' : 'warning', messageArgs: { posted: res.points.posted, approved: res.points.approved, capped: res.points.capped.length },
      });
      refresh();
      return true;
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
}

export const FinaliseButton = ({ onDone }: { onDone?: () => void }) => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  const { run, pending } = useFinalise();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'draft') return null;
  return (
    <>
      <Button label="app.meetings.finalise" onClick={() => setOpen(true)} variant="contained"><TaskAltIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('app.meetings.finalise_title')}</DialogTitle>
        <DialogContent><DialogContentText>{translate('app.meetings.finalise_content')}</DialogContentText></DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={pending} onClick={async () => { if (await run(String(record.id))) { setOpen(false); onDone?.(); } }}>
            {translate('app.meetings.finalise_confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};

export const CorrectButton = () => {
  const record = useRecordContext<Meeting>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record || record.status !== 'finalised') return null;
  const correct = async (reason: string) => {
    setPending(true);
    try {
      const res = await apiSend<{ id: string }>('POST', `/meetings/${encodeURIComponent(String(record.id))}/correct`, { reason });
      notify('app.meetings.correction_started', { type: 'info' });
      redirect(`/meeting-attendance/${res.id}`);
      return true;
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return false;
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="app.meetings.correct" onClick={() => setOpen(true)}><EditNoteIcon /></Button>
      <ReasonDialog open={open} title="app.meetings.correct_title" label="app.meetings.correct_reason" confirm="app.meetings.correct_confirm"
        isPending={pending} onConfirm={correct} onClose={() => setOpen(false)} />
    </>
  );
};

export const MeetingShowActions = () => {
  const record = useRecordContext<Meeting>();
  const redirect = useRedirect();
  const { edit } = useResourcePermissions('meetings');
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      {record.status === 'draft' && edit && (
        <Button label="app.meetings.take_attendance" onClick={() => redirect(`/meeting-attendance/${record.id}`)}><FactCheckIcon /></Button>
      )}
      {record.status === 'draft' && edit && <EditButton />}
      {edit && <FinaliseButton />}
      {edit && <CorrectButton />}
    </TopToolbar>
  );
};
