import { BulkDeleteButton } from 'react-admin';
import { ExportSelectedButton } from '../export/ExportMenuButton';
import { useResourcePermissions } from '../schema/useSchema';
import { BulkApproveButton } from './BulkApproveButton';
import { BulkRejectButton } from './BulkRejectButton';

/** For approvers: approve or reject the selected proposals, export, and withdraw (delete) them. */
export const EntryBulkActions = () => {
  const { delete: canDelete } = useResourcePermissions();
  return (
    <>
      <BulkApproveButton />
      <BulkRejectButton />
      <ExportSelectedButton />
      {canDelete && <BulkDeleteButton mutationMode="pessimistic" label="app.entries.withdraw" />}
    </>
  );
};
