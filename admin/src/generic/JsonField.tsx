// JSON values read-only, pretty-printed; `compact` keeps list cells to one short line.
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';

interface Props {
  source: string;
  label?: string;
  compact?: boolean;
  sortable?: boolean;
}

export const JsonField = ({ source, compact }: Props) => {
  const record = useRecordContext();
  const value = record?.[source];
  if (value == null) return null;
  if (compact) {
    const text = JSON.stringify(value);
    return <span title={text}>{text.length > 60 ? `${text.slice(0, 57)}…` : text}</span>;
  }
  return (
    <Box component="pre" sx={{ m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: 12, overflowX: 'auto', maxHeight: 320 }}>
      {JSON.stringify(value, null, 2)}
    </Box>
  );
};
