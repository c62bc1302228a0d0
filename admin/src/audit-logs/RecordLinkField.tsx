// The changed record's id, linked to its page while the caller can still open it (a deleted record
// or a type without a screen stays plain text).
import { Link } from 'react-router-dom';
import { useCreatePath, useRecordContext, useResourceDefinitions } from 'react-admin';
import type { AuditLog } from '../types';

export const RecordLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditLog>();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!record?.recordId) return null;
  const target = definitions[record.resource];
  if (!target?.hasShow || record.action === 'delete') return <code>{record.recordId}</code>;
  return (
    <Link to={createPath({ resource: record.resource, id: record.recordId, type: 'show' })} onClick={(e) => e.stopPropagation()}>
      <code>{record.recordId}</code>
    </Link>
  );
};
