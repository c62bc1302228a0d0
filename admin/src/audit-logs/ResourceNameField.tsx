import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../types';

/** The changed resource by its label (党员, 网格, …), falling back to its URL name. */
export const ResourceNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource })}</span>;
};
