// Whether what a client sent back for a server-owned field is what is stored: react-admin sends
// whole records on update, so an unchanged field is fine and a changed one is refused.
import { canonicalJson } from '../domain/chain/canonical-json';

function plain(v: any): unknown {
  if (v == null || v === '') return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && !Array.isArray(v) && 'documentId' in v) return v.documentId;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return new Date(v).toISOString();
  return v;
}

function canonical(v: unknown): string {
  try {
    return canonicalJson(JSON.parse(JSON.stringify(v)));
  } catch {
    return JSON.stringify(v);
  }
}

export function sameValue(stored: unknown, sent: unknown): boolean {
  const a = plain(stored);
  const b = plain(sent);
  if (a === null || b === null) return a === b;
  if (typeof a === 'object' || typeof b === 'object') return canonical(a) === canonical(b);
  return String(a) === String(b);
}
