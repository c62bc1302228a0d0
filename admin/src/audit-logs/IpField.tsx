import { useRecordContext } from 'react-admin';
import type { AuditLog } from '../types';

/** The caller's address; an IPv4 address seen through IPv6 (::ffff:1.2.3.4) is shown as IPv4. */
export const IpField = (_props: { label?: string; source?: string }) => {
  const ip = useRecordContext<AuditLog>()?.ip;
  return <span>{ip ? ip.replace(/^::ffff:/i, '') : '—'}</span>;
};
