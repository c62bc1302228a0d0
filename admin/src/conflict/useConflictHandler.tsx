// mutationOptions.onError for edit forms. The server answers 409 when the record changed since the
// form loaded it (the PUT carries the `updatedAt` it was loaded with); that case gets a notification
// with a reload action, everything else the usual error message.
import { useCallback } from 'react';
import { useNotify } from 'react-admin';
import { ConflictNotification } from './ConflictNotification';

interface HttpLikeError {
  status?: number;
  message?: string;
  body?: { message?: string };
}

export function useConflictHandler() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const e = (error ?? {}) as HttpLikeError;
      if (e.status === 409) {
        notify(<ConflictNotification message={e.body?.message ?? e.message} />, { type: 'warning', autoHideDuration: null });
        return;
      }
      const message = typeof error === 'string' ? error : e.message || 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}

/** Props every edit view shares: pessimistic saves (so a 409 reaches the user before leaving the
 * page) and the conflict handler. */
export function useEditMutationProps() {
  const onError = useConflictHandler();
  return { mutationMode: 'pessimistic' as const, mutationOptions: { onError } };
}
