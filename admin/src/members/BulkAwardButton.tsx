import { useState } from 'react';
import { Button, useListContext, usePermissions, useRefresh, useUnselectAll } from 'react-admin';
import AddTaskIcon from '@mui/icons-material/AddTask';
import { isApproverRole } from '../types';
import { BulkAwardDialog } from './BulkAwardDialog';

/** 批量加分 for the members selected in the list (county, township and branch staff). */
export const BulkAwardButton = () => {
  const { permissions } = usePermissions();
  const { selectedIds } = useListContext();
  const unselectAll = useUnselectAll('members');
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!isApproverRole(permissions)) return null;
  const close = (done: boolean) => {
    setOpen(false);
    if (done) {
      unselectAll();
      refresh();
    }
  };
  return (
    <>
      <Button label="app.bulk_award.button" onClick={() => setOpen(true)}>
        <AddTaskIcon />
      </Button>
      {open && <BulkAwardDialog memberIds={selectedIds} onClose={close} />}
    </>
  );
};
