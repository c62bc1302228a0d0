import { BulkDeleteButton, BulkExportButton } from 'react-admin';
import { useResourcePermissions } from '../schema/useSchema';

/** List bulk actions: export always, delete only for callers allowed to delete. */
export function useBulkActions() {
  const { delete: canDelete } = useResourcePermissions();
  return (
    <>
      <BulkExportButton />
      {canDelete && <BulkDeleteButton mutationMode="pessimistic" />}
    </>
  );
}
