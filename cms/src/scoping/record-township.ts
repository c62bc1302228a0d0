// The township a record belongs to, following its scope path (e.g. grid staff → grid → township):
// what the audit log files an entry under.
import type { Core } from '@strapi/strapi';
import { pathsFor } from './scope-filters';

export async function recordTownship(strapi: Core.Strapi, uid: string, id: number): Promise<number | null> {
  const path = pathsFor(uid, (strapi.getModel(uid as any) as any)?.attributes ?? {}).township as string[] | undefined;
  if (!path) return null;
  if (path.length === 1) return id; // the record is a township
  const relations = path.slice(0, -1);
  const populate = relations.reduceRight<any>((inner, key) => ({ [key]: inner === true ? true : { populate: inner } }), true);
  let node = await strapi.db.query(uid as any).findOne({ where: { id }, populate });
  for (const key of relations) node = node?.[key];
  return node?.id ?? null;
}
