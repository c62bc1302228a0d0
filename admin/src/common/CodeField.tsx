// A machine value shown as such (a rule's code, a hash, a key, a command): monospace, in <code>, and
// never mistaken for untranslated text.
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';

export const Code = ({ children, wrap = false }: { children: React.ReactNode; wrap?: boolean }) => (
  <Box component="code" sx={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 13, wordBreak: 'break-all', whiteSpace: wrap ? 'pre-wrap' : undefined }}>
    {children}
  </Box>
);

export const CodeField = ({ source, wrap }: { source: string; label?: string; wrap?: boolean }) => {
  const value = useRecordContext()?.[source];
  if (value == null || value === '') return <span>—</span>;
  return <Code wrap={wrap}>{String(value)}</Code>;
};
