// A points value read from a record's tenths field, e.g. pointsTenths 25 → "2.5".
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { formatTenths } from './tenths';

interface Props {
  source?: string;
  label?: string;
  sortable?: boolean;
  /** "+2" for awards, "-2" (in red) for deductions and reversals */
  signed?: boolean;
  emptyText?: string;
}

export const PointsField = ({ source = 'pointsTenths', signed = false, emptyText = '—' }: Props) => {
  const record = useRecordContext();
  const value = record?.[source] as number | null | undefined;
  if (value == null) return <span>{emptyText}</span>;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: signed ? 600 : undefined, color: signed && value < 0 ? 'error.main' : undefined }}
    >
      {formatTenths(value, { signed })}
    </Typography>
  );
};
