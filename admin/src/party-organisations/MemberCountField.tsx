// Full and probationary member counts, as counted by the server's size check. Members belong to
// branches, so a committee's own count is always zero and is not shown.
import { useRecordContext, useTranslate } from 'react-admin';
import type { PartyOrganisation } from '../types';

export const MemberCountField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<PartyOrganisation>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check || (record.level !== 'branch' && check.fullMembers + check.probationaryMembers === 0)) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {translate('app.organisation.member_counts', { full: check.fullMembers, probationary: check.probationaryMembers })}
    </span>
  );
};
