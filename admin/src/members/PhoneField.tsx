import { Link } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A phone number that dials when tapped on a phone. */
export const PhoneField = ({ source = 'phone' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const phone = record?.[source] as string | null | undefined;
  if (!phone) return <span>—</span>;
  return (
    <Link href={`tel:${phone}`} onClick={(e) => e.stopPropagation()} underline="hover">
      {phone}
    </Link>
  );
};
