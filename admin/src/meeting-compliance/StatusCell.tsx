// One month of one organisation (or a township's counts) as a coloured cell: held green, due soon
// amber, overdue red, open blue, upcoming grey — with a symbol too, so colour is not the only cue.
import { Box, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComplianceStatus } from '../types';

export const STATUS_STYLE: Record<ComplianceStatus, { bg: string; fg: string; mark: string }> = {
  held: { bg: '#2e7d32', fg: '#fff', mark: '✓' },
  due_soon: { bg: '#ed6c02', fg: '#fff', mark: '!' },
  overdue: { bg: '#d32f2f', fg: '#fff', mark: '×' },
  open: { bg: '#e3f2fd', fg: '#0d47a1', mark: '·' },
  upcoming: { bg: '#f5f5f5', fg: '#9e9e9e', mark: '' },
};

export const StatusCell = ({ status, title, onClick, testId }: { status: ComplianceStatus | null; title?: string; onClick?: () => void; testId?: string }) => {
  const translate = useTranslate();
  if (!status) return <Box sx={{ width: 28, height: 24 }} />;
  const s = STATUS_STYLE[status];
  const label = translate(`app.compliance.status.${status}`);
  return (
    <Tooltip title={title ? `${label} · ${title}` : label}>
      <Box
        role={onClick ? 'button' : undefined}
        onClick={onClick}
        data-testid={testId}
        data-status={status}
        aria-label={label}
        sx={{ width: 28, height: 24, borderRadius: 0.5, bgcolor: s.bg, color: s.fg, display: 'flex', alignItems: 'center', justifyContent: 'center',
          fontSize: 14, fontWeight: 700, cursor: onClick ? 'pointer' : 'default', mx: 'auto' }}
      >
        {s.mark}
      </Box>
    </Tooltip>
  );
};

export const Legend = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center', my: 1 }}>
      {(Object.keys(STATUS_STYLE) as ComplianceStatus[]).map((s) => (
        <Box key={s} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <StatusCell status={s} />
          <Box component="span" sx={{ fontSize: 13 }}>{translate(`app.compliance.status.${s}`)}</Box>
        </Box>
      ))}
    </Box>
  );
};
