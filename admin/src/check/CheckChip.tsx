// One chip summarising a record's `check`: red when a rule is broken, amber for warnings only,
// green "符合要求" when nothing was found. The tooltip lists the server's own messages.
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Check } from '../types';

export const CheckChip = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ check?: Check }>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check) return <Chip label={translate('app.check.pending')} variant="outlined" />;

  const errors = check.findings.filter((f) => f.severity === 'error');
  const warnings = check.findings.filter((f) => f.severity === 'warning');
  const chip = errors.length
    ? <Chip color="error" label={translate('app.check.errors', { smart_count: errors.length })} />
    : warnings.length
      ? <Chip color="warning" label={translate('app.check.warnings', { smart_count: warnings.length })} />
      : <Chip color="success" label={translate('app.check.ok')} />;

  if (!check.findings.length) return chip;
  return <Tooltip title={check.findings.map((f) => f.message).join('；')}>{chip}</Tooltip>;
};
