// 审批通过 for the selected proposals. Approval is final (a mistake is corrected by 冲正), so it
// asks once before sending.
import { useState } from 'react';
import { Button, Confirm, useListContext } from 'react-admin';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useDecide } from './useDecide';

export const BulkApproveButton = () => {
  const { selectedIds } = useListContext();
  const { decide, isPending } = useDecide();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="app.entries.approve" onClick={() => setOpen(true)} disabled={isPending}>
        <DoneAllIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="app.entries.approve_title"
        content="app.entries.approve_content"
        confirm="app.entries.approve_confirm"
        translateOptions={{ smart_count: selectedIds.length }}
        onConfirm={async () => {
          await decide(selectedIds, 'approve');
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
