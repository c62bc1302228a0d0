// POST /api/points/decide: approve or reject proposals, all or nothing. The server checks the
// caller may approve each entry's rule (e.g. “年度基础分”须由乡镇审批) and says so in Chinese.
import { useState } from 'react';
import { useNotify, useRefresh, useUnselectAll, type Identifier } from 'react-admin';
import { errorMessage, pointsPost } from '../points/api';

export type Decision = 'approve' | 'reject';

export function useDecide() {
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('points-entries');
  const [isPending, setPending] = useState(false);

  const decide = async (ids: Identifier[], decision: Decision, note?: string): Promise<boolean> => {
    setPending(true);
    try {
      const { data } = await pointsPost<{ data: Array<{ id: string; status: string }> }>('/decide', {
        ids,
        decision,
        ...(note?.trim() ? { note: note.trim() } : {}),
      });
      notify(decision === 'approve' ? 'app.entries.approved' : 'app.entries.rejected', {
        type: 'success',
        messageArgs: { smart_count: data.length },
      });
      unselectAll();
      refresh();
      return true;
    } catch (error) {
      const message = errorMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message } });
      return false;
    } finally {
      setPending(false);
    }
  };

  return { decide, isPending };
}
