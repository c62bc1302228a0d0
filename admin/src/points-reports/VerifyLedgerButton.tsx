// 账本校验 (county): recomputes the approved entries' hash chain on the server and says whether it is
// intact, or where it first breaks.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { usePermissions, useTranslate } from 'react-admin';
import { errorMessage, pointsGet } from '../points/api';

interface Verdict {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string } | null;
  broken: null | { seq: number; documentId: string; problem: string };
  ms: number;
}

export const VerifyLedgerButton = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const [open, setOpen] = useState(false);
  const [running, setRunning] = useState(false);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (permissions !== 'county') return null;

  const run = async () => {
    setOpen(true);
    setRunning(true);
    setVerdict(null);
    setFailure(null);
    try {
      setVerdict((await pointsGet<Verdict>('/verify')).data);
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Button variant="outlined" size="small" startIcon={<VerifiedIcon />} onClick={run}>
        {translate('app.ranking.verify')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.ranking.verify')}</DialogTitle>
        <DialogContent data-testid="verify-result">
          {running && <LinearProgress />}
          {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
          {verdict?.ok && (
            <Alert severity="success">
              {translate('app.ranking.verify_ok', { checked: verdict.checked, seq: verdict.head?.seq ?? 0, hash: verdict.head?.hash.slice(0, 12) ?? '—', ms: verdict.ms })}
            </Alert>
          )}
          {verdict && !verdict.ok && (
            <Alert severity="error">
              {translate('app.ranking.verify_broken', { checked: verdict.checked, seq: verdict.broken?.seq ?? '?', problem: verdict.broken?.problem ?? '', id: verdict.broken?.documentId ?? '' })}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
