// The live check: whenever the form changes, the unsaved facts go to POST /api/decisions/check
// (a dry run; nothing is written) half a second after the secretary stops typing. Older answers
// never overwrite newer ones.
import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { errorMessage } from '../points/api';
import { checkDecision } from './api';
import type { LiveCheck } from './types';

export function useLiveCheck(pick: (values: Record<string, unknown>) => Record<string, unknown> | null, delayMs = 500) {
  const values = useWatch() as Record<string, unknown>;
  const body = pick(values);
  const key = body ? JSON.stringify(body) : '';
  const [state, setState] = useState<{ result: LiveCheck | null; error: string | null; pending: boolean }>({ result: null, error: null, pending: false });
  const latest = useRef(0);

  useEffect(() => {
    if (!key) {
      setState({ result: null, error: null, pending: false });
      return;
    }
    const ticket = ++latest.current;
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      checkDecision(JSON.parse(key)).then(
        (result) => ticket === latest.current && setState({ result, error: null, pending: false }),
        (error) => ticket === latest.current && setState({ result: null, error: errorMessage(error), pending: false }),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);

  return state;
}
