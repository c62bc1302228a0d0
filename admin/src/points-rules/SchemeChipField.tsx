import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { PointsRule } from '../types';
import { useSchemes } from './useSchemes';

/** The scheme a rule belongs to, by name where the scheme list is readable; filled when it is active. */
export const SchemeChipField = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<PointsRule>();
  const { data } = useSchemes();
  if (!record?.scheme) return null;
  const scheme = data?.data.find((s) => s.code === record.scheme);
  return (
    <Chip
      size="small"
      label={scheme?.name ?? record.scheme}
      color={scheme?.active ? 'primary' : 'default'}
      variant={scheme?.active ? 'filled' : 'outlined'}
    />
  );
};
