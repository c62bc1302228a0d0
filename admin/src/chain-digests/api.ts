// The chains and their signed digests (county only): sign now, export a digest as a file, check the
// chains still extend it, and verify both chains record by record.
import { httpClient } from '../dataProvider';
import { getToken } from '../session';
import type { Finding } from '../types';

export interface ChainVerify {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  broken: { seq: number | null; documentId: string; problem: string; message?: string } | null;
  ms: number;
}

export interface DigestCheck {
  ok: boolean;
  findings: Finding[];
  signatureOk: boolean;
  keyId: string;
  serverKeyId: string | null;
}

export async function signNow(): Promise<{ id: string }> {
  return (await httpClient('/api/chains/digests', { method: 'POST', body: '{}' })).json;
}

export async function checkDigest(id: string): Promise<DigestCheck> {
  return (await httpClient(`/api/chains/digests/${encodeURIComponent(id)}/check`)).json;
}

export async function verifyLedger(): Promise<ChainVerify> {
  return (await httpClient('/api/points/verify')).json;
}

export async function verifyDecisions(): Promise<ChainVerify> {
  return (await httpClient('/api/chains/decisions/verify')).json;
}

/** Downloads the digest as the JSON file `--digest <file>` takes. */
export async function downloadDigest(id: string): Promise<void> {
  const res = await fetch(`/api/chains/digests/${encodeURIComponent(id)}/file`, { headers: { Authorization: `Bearer ${getToken() ?? ''}` } });
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.message ?? res.statusText);
  const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'digest.json';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
