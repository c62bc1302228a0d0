// The server's own helper endpoints beside the bridge (/api/organisation-tree, /api/search,
// /api/people/names): same token, errors as { message } with a 4xx, read through react-query so
// react-admin's refresh reloads them.
import { useQuery } from '@tanstack/react-query';
import { httpClient } from './dataProvider';
import { getToken } from './session';

type Params = Record<string, string | number | boolean | null | undefined | string[]>;

export function apiUrl(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    query.set(k, Array.isArray(v) ? JSON.stringify(v) : String(v));
  }
  const qs = query.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

export async function apiGet<T>(path: string, params?: Params): Promise<T> {
  const { json } = await httpClient(apiUrl(path, params));
  return json as T;
}

export function useApiQuery<T>(path: string, params: Params, options: { enabled?: boolean; staleTime?: number } = {}) {
  return useQuery({
    queryKey: ['api', getToken(), path, params],
    queryFn: () => apiGet<T>(path, params),
    enabled: options.enabled ?? true,
    staleTime: options.staleTime,
    retry: false,
  });
}
