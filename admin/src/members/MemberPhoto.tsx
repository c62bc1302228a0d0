// The member's photo, or their surname in a circle when there is none.
import { Avatar } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Member } from '../types';

export const MemberPhoto = ({ size = 64 }: { size?: number }) => {
  const record = useRecordContext<Member>();
  if (!record) return null;
  return (
    <Avatar src={record.photo?.url} alt={record.name} sx={{ width: size, height: size, bgcolor: 'primary.main', fontSize: size / 2.4 }} data-testid="member-photo">
      {record.name?.slice(0, 1)}
    </Avatar>
  );
};
