import { isToMany, type SchemaField, type SchemaResource } from '../schema/types';
import { REPRESENTATION_FIELDS } from './fieldHints';

/** Columns worth a list cell: not to-many, not long text or JSON (the computed check excepted, it
 * shows as a chip); at most `max` so the table fits a screen. */
export function listColumns(r: SchemaResource, max = 8): SchemaField[] {
  const short = (f: SchemaField) => !['text', 'richtext', 'json'].includes(f.type) || f.name === 'check';
  return r.fields.filter((f) => !isToMany(f) && short(f)).slice(0, max);
}

/** The field that names a record of this type, if any. */
export function representationField(r: SchemaResource): string | undefined {
  const names = new Set(r.fields.filter((f) => f.type !== 'relation' && f.type !== 'json').map((f) => f.name));
  return REPRESENTATION_FIELDS.find((n) => names.has(n));
}

/**
 * A record of a type with no naming field, in words: its enumerations' labels and its first date or
 * time (in Asia/Shanghai), e.g. 县直部门 · 报办 · 已办结 · 2026/09/21 15:16 — never its bare id.
 */
export function describeRecord(r: SchemaResource, record: Record<string, any>, label: (field: string, value: string) => string): string | undefined {
  const enums = r.fields.filter((f) => f.type === 'enumeration' && record[f.name] != null).slice(0, 3).map((f) => label(f.name, String(record[f.name])));
  const time = r.fields.find((f) => (f.type === 'datetime' || f.type === 'date') && record[f.name]);
  const when = time && new Date(record[time.name]).toLocaleString('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', ...(time.type === 'datetime' ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  });
  const parts = [...enums, ...(when ? [when] : [])];
  return parts.length ? parts.join(' · ') : undefined;
}

/** Fields a filter can sensibly offer: enumerations, booleans and to-one relations. */
export function filterFields(r: SchemaResource): SchemaField[] {
  return r.fields.filter((f) => f.type === 'enumeration' || f.type === 'boolean' || (f.type === 'relation' && !isToMany(f)));
}

export const SORTABLE_TYPES = new Set(['string', 'email', 'uid', 'integer', 'biginteger', 'decimal', 'float', 'boolean', 'date', 'datetime', 'timestamp', 'enumeration']);
