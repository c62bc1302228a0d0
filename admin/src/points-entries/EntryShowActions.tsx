// What can still be done to an entry: a pending one is approved, rejected, edited (reason only) or
// withdrawn; an approved one can only be corrected by 冲正; a rejected one is final.
import { DeleteButton, EditButton, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { useResourcePermissions } from '../schema/useSchema';
import { isApproverRole, type PointsEntry } from '../types';
import { ApproveButton } from './ApproveButton';
import { RejectButton } from './RejectButton';
import { ReverseButton } from './ReverseButton';

export const EntryShowActions = () => {
  const record = useRecordContext<PointsEntry>();
  const { permissions } = usePermissions();
  const can = useResourcePermissions('points-entries');
  if (!record) return null;
  const approver = isApproverRole(permissions);
  const pending = record.status === 'pending';
  return (
    <TopToolbar>
      {approver && pending && <ApproveButton variant="contained" />}
      {approver && pending && <RejectButton />}
      {pending && can.edit && <EditButton />}
      {pending && can.delete && (
        <DeleteButton mutationMode="pessimistic" label="app.entries.withdraw" confirmTitle="app.entries.withdraw_title" />
      )}
      {approver && <ReverseButton />}
    </TopToolbar>
  );
};
