// 积分方案: the published schemes, the active one marked, each loadable by the county. Loading one
// activates its rules (creating missing ones) and deactivates every other scheme's rules, so it
// asks first, then says what changed and refreshes the rule list behind the dialog.
import { useState } from 'react';
import {
  Alert, Button, Card, CardActions, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography,
} from '@mui/material';
import { Confirm, useRefresh, useTranslate } from 'react-admin';
import { errorMessage, pointsPost } from '../points/api';
import { useSchemes, type PointsScheme } from './useSchemes';

interface LoadResult {
  scheme: string;
  name: string;
  created: number;
  activated: number;
  deactivated: number;
}

export const SchemesDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { data, isPending, error } = useSchemes();
  const [asked, setAsked] = useState<PointsScheme | null>(null);
  const [loading, setLoading] = useState(false);
  const [result, setResult] = useState<LoadResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = async () => {
    if (!asked) return;
    setLoading(true);
    setFailure(null);
    try {
      setResult(await pointsPost<LoadResult>(`/schemes/${encodeURIComponent(asked.code)}/load`, {}));
      refresh();
    } catch (e) {
      setResult(null);
      setFailure(errorMessage(e));
    } finally {
      setLoading(false);
      setAsked(null);
    }
  };

  const close = () => {
    setResult(null);
    setFailure(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="schemes-title">
      <DialogTitle id="schemes-title">{translate('app.schemes.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.schemes.intro')}
          </Typography>
          {result && (
            <Alert severity="success" data-testid="scheme-load-result">
              {translate('app.schemes.loaded', { ...result, name: result.name })}
            </Alert>
          )}
          {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
          {error && <Alert severity="error">{translate(errorMessage(error), { _: errorMessage(error) })}</Alert>}
          {isPending && <Typography variant="body2">{translate('ra.page.loading')}</Typography>}
          {data?.data.map((scheme) => (
            <Card key={scheme.code} variant="outlined" data-testid={`scheme-${scheme.code}`} sx={scheme.active ? { borderColor: 'primary.main', borderWidth: 2 } : undefined}>
              <CardContent sx={{ pb: 1 }}>
                <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                    {scheme.name}
                  </Typography>
                  <Chip size="small" variant="outlined" label={scheme.code} />
                  {scheme.active && <Chip size="small" color="primary" label={translate('app.schemes.active')} />}
                </Stack>
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {scheme.description}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {translate('app.schemes.rule_count', { smart_count: scheme.rules })}
                </Typography>
              </CardContent>
              <CardActions>
                <Button size="small" variant={scheme.active ? 'outlined' : 'contained'} onClick={() => setAsked(scheme)} disabled={loading}>
                  {translate('app.schemes.load')}
                </Button>
              </CardActions>
            </Card>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.close')}</Button>
      </DialogActions>
      <Confirm
        isOpen={!!asked}
        loading={loading}
        title="app.schemes.confirm_title"
        content="app.schemes.confirm_content"
        confirm="app.schemes.confirm"
        translateOptions={{ name: asked?.name ?? '' }}
        onConfirm={load}
        onClose={() => setAsked(null)}
      />
    </Dialog>
  );
};
