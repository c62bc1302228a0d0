import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import BlockIcon from '@mui/icons-material/Block';
import type { PointsEntry } from '../types';
import { ReasonDialog } from './ReasonDialog';
import { useDecide } from './useDecide';

/** 驳回 on one pending entry's show page, with the reason the server requires. */
export const RejectButton = () => {
  const record = useRecordContext<PointsEntry>();
  const { decide, isPending } = useDecide();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'pending') return null;
  return (
    <>
      <Button label="app.entries.reject" color="error" onClick={() => setOpen(true)} disabled={isPending}>
        <BlockIcon />
      </Button>
      <ReasonDialog
        open={open}
        title="app.entries.reject_title"
        label="app.entries.reject_reason"
        confirm="app.entries.reject_confirm"
        isPending={isPending}
        onConfirm={(note) => decide([record.id], 'reject', note)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
