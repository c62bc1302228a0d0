// A record's `check` in full on show pages: one alert per finding, or a single green "符合要求".
import { Alert, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Check } from '../types';

export const CheckFindings = (_props: { label?: string }) => {
  const record = useRecordContext<{ check?: Check }>();
  const translate = useTranslate();
  const check = record?.check;
  if (!check) return null;
  if (!check.findings.length) return <Alert severity="success">{translate('app.check.ok')}</Alert>;
  return (
    <Stack spacing={1}>
      {[...check.findings]
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
        .map((f, i) => (
          <Alert key={`${f.code}-${i}`} severity={f.severity}>
            {f.message}
          </Alert>
        ))}
    </Stack>
  );
};
