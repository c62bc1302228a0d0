// The changed record by its name, linked to its page while the caller can still open it. The name is
// the one the server kept when the entry was written (renamed or deleted records read as they were);
// older entries without one are named from the record itself. The bare id is never shown.
import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useResourceDefinitions, useRecordContext, useTranslate } from 'react-admin';
import { useCanRead } from '../schema/useSchema';
import type { AuditLog } from '../types';
import { ReferenceValue } from './ReferenceValue';

/** What the entry itself says the record was called. */
const keptName = (r: AuditLog): string | null => {
  if (r.recordName) return r.recordName;
  for (const side of [r.after, r.before]) {
    const v = side?.name ?? side?.title ?? side?.code;
    if (typeof v === 'string' && v) return v;
  }
  return null;
};

export const RecordLinkField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const canRead = useCanRead();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  if (!record?.recordId && !record?.recordName) return null;
  const kept = keptName(record);
  if (record.action === 'delete') return <span>{translate('app.audit.deleted_record', { name: kept ?? translate('app.audit.record') })}</span>;
  if (kept) {
    const linkable = record.recordId && canRead(record.resource) && definitions[record.resource]?.hasShow;
    if (!linkable) return <span>{kept}</span>;
    return (
      <Link component={RouterLink} to={createPath({ resource: record.resource, id: record.recordId!, type: 'show' })} onClick={(e) => e.stopPropagation()} underline="hover">
        {kept}
      </Link>
    );
  }
  return <ReferenceValue reference={record.resource} id={record.recordId!} fallback={translate('app.audit.unavailable_record')} />;
};
