// One /ra/_schema request per signed-in session, shared by the resource registration in App.tsx
// (outside React) and the useSchema hook (inside). Keyed by token so a new login gets its own.
import { API_ROOT, httpClient } from '../dataProvider';
import { getToken } from '../session';
import type { Schema } from './types';

let cache: { token: string | null; promise: Promise<Schema> } | null = null;

export function loadSchema(): Promise<Schema> {
  const token = getToken();
  if (!cache || cache.token !== token) {
    const promise = httpClient(`${API_ROOT}/_schema`).then(({ json }) => json as Schema);
    // A failed load must not stick: the next caller tries again.
    promise.catch(() => {
      if (cache?.promise === promise) cache = null;
    });
    cache = { token, promise };
  }
  return cache.promise;
}

export function resetSchema(): void {
  cache = null;
}
