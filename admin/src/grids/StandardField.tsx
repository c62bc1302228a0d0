import { useRecordContext } from 'react-admin';
import type { Grid } from '../types';

/** The staffing standard the server checked this grid against (e.g. 农村网格 1+4). */
export const StandardField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Grid>();
  return <span>{record?.check?.standard ?? '—'}</span>;
};
