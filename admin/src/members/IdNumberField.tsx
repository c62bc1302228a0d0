// 身份证号. Lists always mask it; a record page shows what the server sent, which is the full number
// only to those who may edit the member (the server masks it for everyone else).
import { useRecordContext } from 'react-admin';
import type { Member } from '../types';
import { maskIdNumber } from './idNumber';

export const IdNumberField = ({ masked = false }: { masked?: boolean; label?: string; source?: string; sortable?: boolean }) => {
  const value = useRecordContext<Member>()?.idNumber;
  if (!value) return <span>—</span>;
  return <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{masked ? maskIdNumber(value) : value}</span>;
};
