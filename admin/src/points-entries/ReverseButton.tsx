// 冲正: an approved entry is never changed; a correcting entry with the opposite points and a reason
// is proposed instead (POST /api/points/entries/:id/reverse) and goes through approval like any other.
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRedirect } from 'react-admin';
import UndoIcon from '@mui/icons-material/Undo';
import type { PointsEntry } from '../types';
import { errorMessage, pointsPost } from '../points/api';
import { ReasonDialog } from './ReasonDialog';

export const ReverseButton = () => {
  const record = useRecordContext<PointsEntry>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [isPending, setPending] = useState(false);
  // A reversal itself cannot be reversed; the server also refuses a second reversal of one entry.
  if (!record || record.status !== 'approved' || record.reverses) return null;

  const reverse = async (reason: string) => {
    setPending(true);
    try {
      const created = await pointsPost<{ id: string }>(`/entries/${encodeURIComponent(String(record.id))}/reverse`, { reason });
      notify('app.entries.reversed', { type: 'success' });
      redirect('show', 'points-entries', created.id);
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
      <Button label="app.entries.reverse" onClick={() => setOpen(true)}>
        <UndoIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="app.entries.reverse_title"
        label="app.entries.reverse_reason"
        confirm="app.entries.reverse_confirm"
        isPending={isPending}
        onConfirm={reverse}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
