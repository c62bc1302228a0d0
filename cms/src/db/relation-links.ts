// What a record is linked to through one relation or media field, read straight from the link
// tables: writes compare these before and after to see what a request really changed.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const FILE_LINKS = 'files_related_mph';

/** Relations kept in a join table, and media fields (Strapi's morph table). */
export function isLinkAttribute(attr: any): boolean {
  if (!attr) return false;
  if (attr.type === 'media') return true;
  return attr.type === 'relation' && !String(attr.relation).startsWith('morph') && attr.useJoinTable !== false;
}

/** Ids linked to each of `ownerIds` through `attribute` of `uid`. */
export async function linkedIds(strapi: Core.Strapi, knex: Knex, uid: string, attribute: string, ownerIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(ownerIds.map((id) => [id, []]));
  if (!ownerIds.length) return out;
  const attr = (strapi.getModel(uid as any) as any).attributes[attribute];
  let rows: Array<{ owner: number; target: number }>;
  if (attr.type === 'media') {
    rows = await knex(FILE_LINKS).whereIn('related_id', ownerIds).andWhere({ related_type: uid, field: attribute }).select('related_id as owner', 'file_id as target');
  } else {
    const meta = (strapi.db.metadata.get(uid as any).attributes as any)[attribute];
    const { name, joinColumn, inverseJoinColumn } = meta.joinTable;
    rows = await knex(name).whereIn(joinColumn.name, ownerIds).select(`${joinColumn.name} as owner`, `${inverseJoinColumn.name} as target`);
  }
  for (const r of rows) out.get(Number(r.owner))?.push(Number(r.target));
  return out;
}

/** Files in use by records: (type, id) pairs that hold each file. */
export async function fileHolders(knex: Knex, fileIds: number[]): Promise<Array<{ fileId: number; uid: string; id: number }>> {
  if (!fileIds.length) return [];
  const rows = await knex(FILE_LINKS).whereIn('file_id', fileIds).select('file_id', 'related_type', 'related_id');
  return rows.map((r: any) => ({ fileId: Number(r.file_id), uid: r.related_type, id: Number(r.related_id) }));
}
