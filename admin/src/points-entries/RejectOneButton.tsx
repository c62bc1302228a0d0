import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { Button as MuiButton } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import type { PointsEntry } from '../types';
import { ReasonDialog } from './ReasonDialog';
import { useDecide } from './useDecide';

/** 驳回 on one pending row or card, asking for the reason the server requires; the row click does not fire. */
export const RejectOneButton = ({ labelled = false }: { labelled?: boolean }) => {
  const record = useRecordContext<PointsEntry>();
  const translate = useTranslate();
  const { decide, isPending } = useDecide();
  const [open, setOpen] = useState(false);
  if (!record || record.status !== 'pending') return null;
  return (
    <span onClick={(e) => e.stopPropagation()}>
      {labelled ? (
        <MuiButton size="small" color="error" variant="outlined" startIcon={<BlockIcon />} disabled={isPending} onClick={() => setOpen(true)}>
          {translate('app.entries.reject')}
        </MuiButton>
      ) : (
        <Button label="app.entries.reject" size="small" color="error" disabled={isPending} onClick={() => setOpen(true)}>
          <BlockIcon />
        </Button>
      )}
      <ReasonDialog
        open={open}
        title="app.entries.reject_title"
        label="app.entries.reject_reason"
        confirm="app.entries.reject_confirm"
        isPending={isPending}
        onConfirm={(note) => decide([record.id], 'reject', note)}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};
