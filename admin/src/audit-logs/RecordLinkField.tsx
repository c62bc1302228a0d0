// The changed record by its name, linked to its page while the caller can still open it. A deleted
// record is named from what the entry kept; the bare id is never shown.
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../types';
import { ReferenceValue } from './ReferenceValue';

/** What the entry itself says the record was called (the server keeps the name at write time). */
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
  if (!record?.recordId) return null;
  const kept = keptName(record);
  if (record.action === 'delete') return <span>{translate('app.audit.deleted_record', { name: kept ?? translate('app.audit.record') })}</span>;
  return <ReferenceValue reference={record.resource} id={record.recordId} fallback={kept ?? translate('app.audit.unavailable_record')} />;
};
