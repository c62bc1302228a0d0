// What the rule makes of the facts typed so far: the counts (due, present, needed to pass), each
// finding in the server's words, whether saving would be refused and whether it could be finalised.
import { useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import type { LiveCheck } from './types';

interface Props {
  result: LiveCheck | null;
  error: string | null;
  pending: boolean;
  /** Steps are checked one at a time: no "can be finalised" line. */
  step?: boolean;
}

export const LiveCheckPanel = ({ result, error, pending, step = false }: Props) => {
  const translate = useTranslate();
  const t = result?.tally;
  return (
    <Card variant="outlined" data-testid="live-check" sx={{ position: { md: 'sticky' }, top: { md: 72 } }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} gutterBottom>
          {translate('app.decisions.live_check')}
        </Typography>
        <Box sx={{ height: 4, mb: 1 }}>{pending && <LinearProgress />}</Box>
        {error && <Alert severity="error">{error}</Alert>}
        {!result && !error && <Typography variant="body2" color="text.secondary">{translate('app.decisions.live_check_idle')}</Typography>}
        {t && (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
            <Chip size="small" color={t.quorumMet ? 'success' : 'error'} label={translate('app.decisions.tally_quorum', { present: t.present, due: t.due, needed: t.quorumNeeded })} />
            <Chip size="small" color={t.passed ? 'success' : 'default'} label={translate('app.decisions.tally_passing', { agree: t.agree, base: t.base, needed: t.passNeeded })} />
            {t.disagree + t.defer > 0 && <Chip size="small" label={translate('app.decisions.tally_other', { disagree: t.disagree, defer: t.defer })} />}
          </Stack>
        )}
        {result && (
          <Stack spacing={1}>
            {result.refusal && <Alert severity="error" variant="filled">{translate('app.decisions.save_refused', { message: result.refusal.message })}</Alert>}
            {result.findings.filter((f) => f !== result.refusal && f.code !== result.refusal?.code).map((f, i) => (
              <Alert key={`${f.code}-${i}`} severity={f.severity}>{f.message}</Alert>
            ))}
            {!result.findings.length && <Alert severity="success">{translate('app.check.ok')}</Alert>}
            {!step && result.canFinalise != null && (
              <Typography variant="body2" color={result.canFinalise ? 'success.main' : 'text.secondary'} data-testid="can-finalise">
                {translate(result.canFinalise ? 'app.decisions.can_finalise' : 'app.decisions.cannot_finalise_yet')}
              </Typography>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
