// Every record a relation or media value in a write could name, in any of the forms Strapi's
// document service takes: ids, documentIds, { id } / { documentId }, lists, { set, connect,
// disconnect } and positions ({ before, after }). A superset: the write guard checks each of them
// before the write, and after it compares the link tables, so a form missed here is still caught.
import { errors } from '@strapi/utils';

export interface RelationRefs {
  ids: Set<number>;
  documentIds: Set<string>;
}

function bad(field: string): never {
  throw new errors.ValidationError(`字段 ${field} 的关联记录格式无效`, { field, code: 'invalid_relation' });
}

function addId(refs: RelationRefs, v: unknown, field: string) {
  if (typeof v === 'number' && Number.isInteger(v) && v > 0) refs.ids.add(v);
  else if (typeof v === 'string' && /^\d+$/.test(v)) refs.ids.add(Number(v));
  else bad(field);
}

function addRef(refs: RelationRefs, v: unknown, field: string) {
  if (typeof v === 'number') return addId(refs, v, field);
  if (typeof v !== 'string' || !v) return bad(field);
  // Strapi reads anything parseInt accepts as a numeric id; only plain digits are let through as such.
  if (!Number.isNaN(parseInt(v, 10))) return addId(refs, v, field);
  refs.documentIds.add(v);
}

function collect(v: unknown, refs: RelationRefs, field: string, depth: number): void {
  if (v == null) return;
  if (depth > 5) bad(field);
  if (Array.isArray(v)) return v.forEach((x) => collect(x, refs, field, depth + 1));
  if (typeof v !== 'object') return addRef(refs, v, field);
  const o = v as Record<string, any>;
  if ('id' in o || 'documentId' in o) {
    if (o.id != null) addId(refs, o.id, field);
    if (o.documentId != null) addRef(refs, o.documentId, field);
    for (const side of ['before', 'after']) if (o.position?.[side] != null) addRef(refs, o.position[side], field);
    return;
  }
  for (const key of ['set', 'connect', 'disconnect']) collect(o[key], refs, field, depth + 1);
}

export function relationRefs(value: unknown, field: string): RelationRefs {
  const refs: RelationRefs = { ids: new Set(), documentIds: new Set() };
  collect(value, refs, field, 0);
  return refs;
}

/** A relation input (documentId, id, {connect}, {set}, [x]) naming exactly one record, or null. */
export function singleRef(v: unknown): { documentId?: string; id?: number } | null {
  if (v == null) return null;
  if (typeof v === 'string') return /^\d+$/.test(v) ? { id: Number(v) } : { documentId: v };
  if (typeof v === 'number') return { id: v };
  if (Array.isArray(v)) return v.length === 1 ? singleRef(v[0]) : null;
  if (typeof v === 'object') {
    const o = v as any;
    if ('set' in o) return singleRef(o.set);
    if ('connect' in o) return singleRef(o.connect);
    if (typeof o.documentId === 'string') return { documentId: o.documentId };
    if (typeof o.id === 'number') return { id: o.id };
  }
  return null;
}
