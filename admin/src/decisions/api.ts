// The decision actions beyond CRUD: the live check (a dry run, nothing written) and 定稿.
import { httpClient } from '../dataProvider';
import type { LiveCheck } from './types';

export async function checkDecision(body: Record<string, unknown>): Promise<LiveCheck> {
  const { json } = await httpClient('/api/decisions/check', { method: 'POST', body: JSON.stringify(body) });
  return json as LiveCheck;
}

export async function finaliseDecision(id: string): Promise<{ id: string; seq: number; hash: string; warnings: unknown[] }> {
  const { json } = await httpClient(`/api/decisions/${encodeURIComponent(id)}/finalise`, { method: 'POST', body: '{}' });
  return json;
}
