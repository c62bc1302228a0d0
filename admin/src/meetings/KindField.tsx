import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Meeting } from '../types';
import { useMeetingRules } from './useMeetingRules';

/** The meeting's kind by its rule's name (主题党日…). */
export const KindField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Meeting>();
  const { nameOf } = useMeetingRules();
  if (!record) return null;
  return <Typography variant="body2" component="span">{nameOf(record.kind)}</Typography>;
};
