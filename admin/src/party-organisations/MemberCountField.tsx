// Full and probationary member counts, as counted by the server's size check.
import { useRecordContext, useTranslate } from 'react-admin';
import type { PartyOrganisation } from '../types';

export const MemberCountField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<PartyOrganisation>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {translate('app.organisation.member_counts', { full: check.fullMembers, probationary: check.probationaryMembers })}
    </span>
  );
};
