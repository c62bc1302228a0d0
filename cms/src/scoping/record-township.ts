// The township a record belongs to, following its scope path (e.g. grid staff → grid → township):
// what the audit log files an entry under.
import type { Core } from '@strapi/strapi';
import { pathsFor } from './scope-filters';

export async function recordTownship(strapi: Core.Strapi, uid: string, id: number): Promise<number | null> {
  const path = pathsFor(uid, (strapi.getModel(uid as any) as any)?.attributes ?? {}).township as string[] | undefined;
  if (!path) return null;
  if (path.length === 1 && path[0] === 'id') return id; // the record is a township
  if (path.length === 1) {
    // a plain column holding the township's id (kept on high-volume rows)
    const row = await strapi.db.query(uid as any).findOne({ where: { id }, select: ['id', path[0]] });
    return row?.[path[0]] ?? null;
  }
  const relations = path.slice(0, -1);
  const populate = relations.reduceRight<any>((inner, key) => ({ [key]: inner === true ? true : { populate: inner } }), true);
  let node = await strapi.db.query(uid as any).findOne({ where: { id }, populate });
  for (const key of relations) node = node?.[key];
  return node?.id ?? null;
}
