import { Tooltip, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A chain hash shortened to its first 12 characters; the whole hash on hover. */
export const ShortHashField = ({ source }: { source: string; label?: string }) => {
  const record = useRecordContext();
  const hash = record?.[source] as string | null | undefined;
  if (!hash) return <span>—</span>;
  return (
    <Tooltip title={hash}>
      <Typography component="code" variant="body2" sx={{ fontFamily: 'monospace' }}>
        {hash.slice(0, 12)}…
      </Typography>
    </Tooltip>
  );
};
