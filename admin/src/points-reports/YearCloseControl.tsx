// 封账: whether the chosen points year is closed (everyone sees it: a closed year's results are
// published and read-only), and for the county the close / reopen actions. Closing asks the server to
// verify the chain and snapshot the year; reopening asks for a reason. Both are audited there.
import { useState } from 'react';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, TextField } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useGetList, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { errorMessage, pointsPost } from '../points/api';

export const YearCloseControl = ({ year }: { year: number }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { permissions } = usePermissions();
  const { data, refetch } = useGetList('points-years', { filter: { year }, pagination: { page: 1, perPage: 1 } });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const closed = data?.[0]?.status === 'closed';

  const act = async () => {
    setRunning(true);
    setFailure(null);
    try {
      await pointsPost(`/years/${year}/${closed ? 'reopen' : 'close'}`, closed ? { reason } : {});
      setOpen(false);
      setReason('');
      await refetch();
      refresh();
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <Chip
        data-testid="year-status"
        icon={closed ? <LockIcon /> : <LockOpenIcon />}
        color={closed ? 'secondary' : 'default'}
        variant={closed ? 'filled' : 'outlined'}
        label={translate(closed ? 'app.closing.closed' : 'app.closing.open', { year })}
      />
      {permissions === 'county' && (
        <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="year-close-button">
          {translate(closed ? 'app.closing.reopen' : 'app.closing.close', { year })}
        </Button>
      )}
      <Dialog open={open} onClose={() => !running && setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate(closed ? 'app.closing.reopen' : 'app.closing.close', { year })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(closed ? 'app.closing.reopen_help' : 'app.closing.close_help', { year })}</DialogContentText>
          {closed && (
            <TextField label={translate('app.closing.reason')} value={reason} onChange={(e) => setReason(e.target.value)} fullWidth multiline minRows={2} required />
          )}
          {running && <LinearProgress sx={{ mt: 2 }} />}
          {failure && <Alert severity="error" sx={{ mt: 2 }}>{failure}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={running}>{translate('ra.action.cancel')}</Button>
          <Button onClick={act} variant="contained" disabled={running || (closed && !reason.trim())} data-testid="year-close-confirm">
            {translate(closed ? 'app.closing.confirm_reopen' : 'app.closing.confirm_close')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
