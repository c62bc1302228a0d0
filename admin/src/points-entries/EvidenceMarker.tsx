// A paperclip when an entry has its 凭证 attached (the file's name on hover), so approvers see at a
// glance which proposals carry evidence.
import { Tooltip } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useRecordContext, useTranslate } from 'react-admin';
import type { PointsEntry } from '../types';

export const EvidenceMarker = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<PointsEntry>();
  const translate = useTranslate();
  if (!record?.evidence) return null;
  return (
    <Tooltip title={translate('app.entries.has_evidence', { name: record.evidence.name })}>
      <AttachFileIcon fontSize="small" color="action" data-testid="evidence-marker" aria-label={translate('resources.points-entries.fields.evidence')} />
    </Tooltip>
  );
};
