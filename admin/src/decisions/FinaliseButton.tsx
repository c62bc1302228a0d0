// 定稿: seals the record onto the decisions chain. Asks once, listing the warnings that will be kept
// with it; errors make the server refuse, and its message says which rule and why.
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Alert, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { errorMessage } from '../points/api';
import { finaliseDecision } from './api';
import type { Decision } from './types';

export const FinaliseButton = () => {
  const record = useRecordContext<Decision>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record || record.status !== 'draft') return null;
  const warnings = record.check?.findings.filter((f) => f.severity === 'warning') ?? [];
  const finalise = async () => {
    setPending(true);
    try {
      const res = await finaliseDecision(String(record.id));
      notify('app.decisions.finalised', { type: 'success', messageArgs: { seq: res.seq } });
      setOpen(false);
      refresh();
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button label="app.decisions.finalise" variant="contained" onClick={() => setOpen(true)} disabled={pending}>
        <LockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="app.decisions.finalise_title"
        content={
          <Stack spacing={1}>
            <Typography variant="body2">{translate('app.decisions.finalise_content')}</Typography>
            {record.check && !record.check.canFinalise && <Alert severity="error">{translate('app.decisions.finalise_blocked')}</Alert>}
            {warnings.map((w, i) => <Alert key={`${w.code}-${i}`} severity="warning">{w.message}</Alert>)}
          </Stack>
        }
        confirm="app.decisions.finalise_confirm"
        onConfirm={finalise}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
