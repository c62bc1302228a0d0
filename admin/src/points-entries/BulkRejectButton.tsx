import { useState } from 'react';
import { Button, useListContext, useTranslate } from 'react-admin';
import { DialogContentText } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { ReasonDialog } from './ReasonDialog';
import { useDecide } from './useDecide';

/** 驳回 for the selected proposals; the server wants a reason (驳回须填写理由). */
export const BulkRejectButton = () => {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const { decide, isPending } = useDecide();
  const [open, setOpen] = useState(false);
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
        onConfirm={(note) => decide(selectedIds, 'reject', note)}
        onClose={() => setOpen(false)}
      >
        <DialogContentText>{translate('app.entries.reject_content', { smart_count: selectedIds.length })}</DialogContentText>
      </ReasonDialog>
    </>
  );
};
