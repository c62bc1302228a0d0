// Who an entry is for: the member, or for branch points (支部积分) the branch. References the caller
// cannot read (a member reading branches) show nothing rather than failing.
import { ReferenceField, useRecordContext } from 'react-admin';
import { useCanRead } from '../schema/useSchema';
import type { PointsEntry } from '../types';

export const BeneficiaryField = ({ link = false }: { label?: string; source?: string; sortable?: boolean; link?: false | 'show' }) => {
  const record = useRecordContext<PointsEntry>();
  const canRead = useCanRead();
  if (!record) return null;
  if (record.member) return <ReferenceField source="member" reference="members" link={link} />;
  if (record.organisation && canRead('party-organisations')) {
    return <ReferenceField source="organisation" reference="party-organisations" link={link} />;
  }
  return <span>—</span>;
};
