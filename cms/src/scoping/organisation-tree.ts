// A party organisation and everything below it, one query per tree level (at most four levels).
import type { Core } from '@strapi/strapi';
import { linkTable } from '../db/link-tables';
import { withKnex } from '../db/knex';

export async function organisationSubtree(strapi: Core.Strapi, rootId: number): Promise<number[]> {
  const l = linkTable(strapi, 'api::party-organisation.party-organisation', 'parent');
  const all = [rootId];
  let frontier = [rootId];
  for (let depth = 0; depth < 10 && frontier.length; depth++) {
    const rows = await withKnex(strapi, (knex) => knex(l.table).whereIn(l.target, frontier).select(l.owner));
    frontier = rows.map((r: any) => r[l.owner]).filter((id: number) => !all.includes(id));
    all.push(...frontier);
  }
  return all;
}
