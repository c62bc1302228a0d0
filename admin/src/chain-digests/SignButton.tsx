import { useState } from 'react';
import { Button, useNotify, useRefresh } from 'react-admin';
import DrawIcon from '@mui/icons-material/Draw';
import { errorMessage } from '../points/api';
import { signNow } from './api';

/** 立即签名: a digest of both chain heads now, besides the daily one. */
export const SignButton = () => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  return (
    <Button label="app.digests.sign" disabled={pending} onClick={async () => {
      setPending(true);
      try {
        await signNow();
        notify('app.digests.signed', { type: 'success' });
        refresh();
      } catch (error) {
        const message = errorMessage(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
      } finally {
        setPending(false);
      }
    }}>
      <DrawIcon />
    </Button>
  );
};
