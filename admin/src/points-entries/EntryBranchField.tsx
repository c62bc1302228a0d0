// The branch an entry belongs to: the member's branch, or the branch itself for 支部积分.
import { ReferenceField, useRecordContext } from 'react-admin';
import type { PointsEntry } from '../types';

export const EntryBranchField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<PointsEntry>();
  if (!record) return null;
  if (record.organisation) return <ReferenceField source="organisation" reference="party-organisations" link={false} />;
  if (!record.member) return <span>—</span>;
  return (
    <ReferenceField source="member" reference="members" link={false}>
      <ReferenceField source="partyOrganisation" reference="party-organisations" link={false} />
    </ReferenceField>
  );
};
