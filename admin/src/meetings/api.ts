// The meetings service's own endpoints (/api/meetings/:id/…, /api/meeting-reports/…, /api/theme-days/…):
// same token and error shape as the points endpoints, GETs through react-query so refresh reloads them.
import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../dataProvider';
import { getToken } from '../session';

type Params = Record<string, string | number | boolean | null | undefined | number[]>;

export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    query.set(k, Array.isArray(v) ? JSON.stringify(v) : String(v));
  }
  const qs = query.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

export async function apiGet<T>(path: string, params?: Params): Promise<{ data: T; total: number | null }> {
  const { json, headers } = await httpClient(apiUrl(path, params));
  const range = headers.get('Content-Range');
  const total = range ? Number(range.split('/').pop()) : null;
  return { data: json as T, total: Number.isFinite(total) ? total : null };
}

export async function apiSend<T>(method: 'POST' | 'PUT', path: string, body: unknown = {}): Promise<T> {
  const { json } = await httpClient(apiUrl(path), { method, body: JSON.stringify(body) });
  return json as T;
}

export function useApiQuery<T>(path: string, params: Params = {}, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ['meetings-api', getToken(), path, params],
    queryFn: () => apiGet<T>(path, params),
    enabled: options.enabled ?? true,
    retry: false,
  });
}
