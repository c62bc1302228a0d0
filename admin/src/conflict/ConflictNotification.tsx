// Shown when a save lost a race (HTTP 409): says so and offers to reload the record. Reloading
// refetches it; the edit form then resets to the fresh values, and the user redoes the change.
import { Alert, Button } from '@mui/material';
import { useCloseNotification, useRefresh, useTranslate } from 'react-admin';

export const ConflictNotification = ({ message }: { message?: string }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const close = useCloseNotification();
  const reload = () => {
    refresh();
    close();
  };
  return (
    <Alert
      severity="warning"
      variant="filled"
      onClose={close}
      action={
        <Button color="inherit" size="small" onClick={reload}>
          {translate('app.conflict.reload')}
        </Button>
      }
      sx={{ minWidth: 300 }}
    >
      {message || translate('app.conflict.message')}
    </Alert>
  );
};
