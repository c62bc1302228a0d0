// Related records as an audit entry keeps them: their id and what they were called at the time
// ({ id, name }), so the log reads "所属党组织：张庄村党支部 → 李庄村党支部" even after renames.
import type { Core } from '@strapi/strapi';
import { recordName } from './record-name';

export interface NamedLink {
  id: string | number;
  name: string | null;
}

const FILE = 'plugin::upload.file';

/** Names for `ids` of `uid` (documentIds for records, numeric ids for files). */
export async function namedLinks(strapi: Core.Strapi, uid: string, ids: number[]): Promise<Map<number, NamedLink>> {
  const out = new Map<number, NamedLink>();
  if (!ids.length) return out;
  const rows = await strapi.db.query(uid as any).findMany({ where: { id: { $in: [...new Set(ids)] } } });
  for (const r of rows) out.set(Number(r.id), { id: uid === FILE ? Number(r.id) : r.documentId, name: recordName(r) });
  return out;
}

/** A to-one as one link (or null), a to-many as a list. */
export function asValue(ids: number[], names: Map<number, NamedLink>, many: boolean): NamedLink | NamedLink[] | null {
  const list = ids.map((id) => names.get(id) ?? { id, name: null });
  return many ? list : list[0] ?? null;
}
