import { useRecordContext } from 'react-admin';

/** A technical identifier (a rule's code, e.g. base60.study) set apart in monospace, as written. */
export const CodeField = ({ source }: { source: string; label?: string; sortable?: boolean }) => {
  const value = useRecordContext()?.[source];
  if (value == null || value === '') return <span>—</span>;
  return <code style={{ fontSize: '0.85em' }}>{String(value)}</code>;
};
