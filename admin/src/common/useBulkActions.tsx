import { BulkDeleteButton } from 'react-admin';
import { ExportSelectedButton } from '../export/ExportMenuButton';
import { useResourcePermissions } from '../schema/useSchema';

/** List bulk actions: export always, delete only for callers allowed to delete. */
export function useBulkActions() {
  const { delete: canDelete } = useResourcePermissions();
  return (
    <>
      <ExportSelectedButton />
      {canDelete && <BulkDeleteButton mutationMode="pessimistic" />}
    </>
  );
}
