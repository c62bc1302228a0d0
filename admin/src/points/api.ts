// The points service's own endpoints (/api/points/*): same token as the /ra bridge, errors as
// { message } with a 4xx status, lists paged by `range` with the total in Content-Range.
import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../dataProvider';
import { getToken } from '../session';

const ROOT = '/api/points';

type Params = Record<string, string | number | boolean | null | undefined | number[]>;

function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    query.set(k, Array.isArray(v) ? JSON.stringify(v) : String(v));
  }
  const qs = query.toString();
  return `${ROOT}${path}${qs ? `?${qs}` : ''}`;
}

export async function pointsGet<T>(path: string, params?: Params): Promise<{ data: T; total: number | null }> {
  const { json, headers } = await httpClient(url(path, params));
  const range = headers.get('Content-Range');
  const total = range ? Number(range.split('/').pop()) : null;
  return { data: json as T, total: Number.isFinite(total) ? total : null };
}

export async function pointsPost<T>(path: string, body: unknown): Promise<T> {
  const { json } = await httpClient(url(path), { method: 'POST', body: JSON.stringify(body) });
  return json as T;
}

/** A GET through react-query, so react-admin's refresh (which invalidates every query) reloads it. */
export function usePointsQuery<T>(path: string, params: Params, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['points-api', getToken(), path, params],
    queryFn: () => pointsGet<T>(path, params),
    enabled: options.enabled ?? true,
    retry: false,
  });
}

interface HttpLikeError {
  message?: string;
  body?: { message?: string; details?: unknown };
}

/** The server's (Chinese) message from a failed call. */
export function errorMessage(error: unknown): string {
  const e = (error ?? {}) as HttpLikeError;
  return e.body?.message || e.message || 'ra.notification.http_error';
}

/** The `details` the server sent with a 4xx, if any. */
export function errorDetails<T>(error: unknown): T | undefined {
  return ((error ?? {}) as HttpLikeError).body?.details as T | undefined;
}
