// 凭证 on an entry's page: a link to the file (a short-lived signed link the server put in the record) with
// the file's name, and for images a small preview that links to the full picture.
import { Box, Link, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { PointsEntry } from '../types';

export const EvidenceField = (_props: { label?: string; source?: string }) => {
  const file = useRecordContext<PointsEntry>()?.evidence;
  if (!file) return <Typography variant="body2">—</Typography>;
  const isImage = !!file.mime?.startsWith('image/');
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      {isImage && (
        <a href={file.url} target="_blank" rel="noopener noreferrer">
          <Box
            component="img"
            src={file.url}
            alt={file.name}
            sx={{ display: 'block', maxWidth: 160, maxHeight: 160, borderRadius: 1, border: 1, borderColor: 'divider' }}
          />
        </a>
      )}
      <Link href={file.url} target="_blank" rel="noopener noreferrer" variant="body2" data-testid="evidence-link">
        {file.name}
      </Link>
    </Stack>
  );
};
