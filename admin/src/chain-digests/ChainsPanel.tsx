// Both chains checked record by record (积分台账, 决策记录): ok, or the first broken record by name.
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { errorMessage } from '../points/api';
import { verifyDecisions, verifyLedger, type ChainVerify } from './api';

const Result = ({ name, r }: { name: string; r: ChainVerify }) => {
  const translate = useTranslate();
  return r.ok
    ? <Alert severity="success">{translate('app.digests.chain_ok', { name, checked: r.checked, seq: r.head.seq, hash: r.head.hash.slice(0, 12) })}</Alert>
    : <Alert severity="error">{translate('app.digests.chain_broken', { name, seq: r.broken?.seq ?? '—', id: r.broken?.documentId ?? '', problem: r.broken?.message ?? r.broken?.problem ?? '' })}</Alert>;
};

export const ChainsPanel = () => {
  const translate = useTranslate();
  const [state, setState] = useState<{ ledger?: ChainVerify; decisions?: ChainVerify; error?: string; pending?: boolean }>({});
  const run = async () => {
    setState({ pending: true });
    try {
      const [ledger, decisions] = await Promise.all([verifyLedger(), verifyDecisions()]);
      setState({ ledger, decisions });
    } catch (error) {
      setState({ error: errorMessage(error) });
    }
  };
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{translate('app.digests.chains')}</Typography>
          <Typography variant="body2" color="text.secondary">{translate('app.digests.intro')}</Typography>
          <div>
            <Button label="app.digests.verify" onClick={run} disabled={state.pending} variant="outlined"><VerifiedIcon /></Button>
          </div>
          {state.error && <Alert severity="error">{state.error}</Alert>}
          {state.ledger && <Result name={translate('app.digests.ledger')} r={state.ledger} />}
          {state.decisions && <Result name={translate('app.digests.decisions')} r={state.decisions} />}
        </Stack>
      </CardContent>
    </Card>
  );
};
