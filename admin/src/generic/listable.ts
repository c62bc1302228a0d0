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

/** Fields a filter can sensibly offer: enumerations, booleans and to-one relations. */
export function filterFields(r: SchemaResource): SchemaField[] {
  return r.fields.filter((f) => f.type === 'enumeration' || f.type === 'boolean' || (f.type === 'relation' && !isToMany(f)));
}

export const SORTABLE_TYPES = new Set(['string', 'email', 'uid', 'integer', 'biginteger', 'decimal', 'float', 'boolean', 'date', 'datetime', 'timestamp', 'enumeration']);
