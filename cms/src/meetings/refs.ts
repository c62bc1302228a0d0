// Relation inputs as clients send them (a documentId, an id, {connect}, {set}, {documentId}) read
// back as one reference, and stored values compared with what a client sent back.
export type Ref = { documentId?: string; id?: number };

export function refOf(v: unknown): Ref | null {
  if (v == null) return null;
  if (typeof v === 'string') return /^\d+$/.test(v) ? { id: Number(v) } : v ? { documentId: v } : null;
  if (typeof v === 'number') return { id: v };
  if (Array.isArray(v)) return v.length === 1 ? refOf(v[0]) : null;
  if (typeof v === 'object') {
    const o = v as any;
    if ('set' in o) return refOf(o.set);
    if ('connect' in o) return refOf(o.connect);
    if (typeof o.documentId === 'string') return { documentId: o.documentId };
    if (typeof o.id === 'number') return { id: o.id };
  }
  return null;
}

export const whereOf = (r: Ref) => (r.documentId ? { documentId: r.documentId } : { id: r.id });

/** A stored value (relations populated or not) against what a client sent back. */
export function sameValue(stored: any, sent: any): boolean {
  const norm = (v: any) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'documentId' in v) return v.documentId;
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object') return JSON.stringify(v);
    return v ?? null;
  };
  const a = norm(stored);
  const b = norm(sent);
  if (a === b) return true;
  // Dates and datetimes travel as strings of different precision.
  const ta = typeof a === 'string' ? Date.parse(a) : NaN;
  const tb = typeof b === 'string' ? Date.parse(b) : NaN;
  if (!Number.isNaN(ta) && ta === tb) return true;
  return String(a) === String(b);
}
