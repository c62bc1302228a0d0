// Downloads a list's export from the server (GET /ra/<resource>/_export, cms/src/export): the whole
// list as the caller sees it, with the list's filter and sort, as .xlsx or UTF-8 CSV. The request
// carries the Bearer token, so it is fetched and saved from memory rather than opened as a link.
import { getToken } from '../session';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' | string };
  format: ExportFormat;
}

/** The file name the server proposes (filename*=UTF-8''…), else a plain one. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Fetches `url` with the token and saves what comes back; a refusal throws the server's message. */
export async function downloadWithToken(url: string, fallbackName: string): Promise<string> {
  const res = await fetch(url, { headers: { Authorization: `Bearer ${getToken() ?? ''}` } });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new Error(body?.message ?? body?.error?.message ?? `HTTP ${res.status}`);
  }
  const name = fileNameOf(res.headers.get('Content-Disposition'), fallbackName);
  saveBlob(await res.blob(), name);
  return name;
}

export function exportUrl(resource: string, q: ExportQuery): string {
  const params = new URLSearchParams({ format: q.format });
  const filter = Object.fromEntries(Object.entries(q.filter ?? {}).filter(([, v]) => v !== undefined && v !== ''));
  if (Object.keys(filter).length) params.set('filter', JSON.stringify(filter));
  if (q.sort?.field) params.set('sort', JSON.stringify([q.sort.field, String(q.sort.order).toUpperCase() === 'DESC' ? 'DESC' : 'ASC']));
  return `/ra/${resource}/_export?${params}`;
}

export const downloadExport = (resource: string, q: ExportQuery) => downloadWithToken(exportUrl(resource, q), `${resource}.${q.format}`);
