// The row scope as SQL subqueries, for a list's own query and its count: `members.id IN (SELECT
// member_id FROM members_township_lnk WHERE township_id IN (…))`. The same scope as a relation path
// makes Strapi outer-join the related tables, which the database can only plan as a scan of the
// whole table; the subquery starts from the index on the link table, so the cost follows the scope,
// not the table. Relation paths stay in use where a few ids are checked (they are cheap there).
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Principal } from './principal';
import { scopeBound, type Path } from './scope-filters';

type Where = Record<string, unknown>;

/**
 * Ids of `uid` whose `path` ends in one of `ids`, as a subquery (or the ids, when the path is `id`).
 * A path may end in a plain column that holds the id (`townshipRef`, kept on high-volume rows so
 * their scope needs no link table).
 */
export function idsAlong(strapi: Core.Strapi, knex: Knex, uid: string, path: string[], ids: number[]): Knex.QueryBuilder | number[] {
  const meta = strapi.db.metadata.get(uid as any) as any;
  if (path.length === 1) {
    if (path[0] === 'id') return ids;
    return knex(meta.tableName).select('id').whereIn(meta.attributes[path[0]].columnName ?? path[0], ids);
  }
  const [relation, ...rest] = path;
  const attr = meta.attributes[relation];
  const { name, joinColumn, inverseJoinColumn } = attr.joinTable;
  return knex(name).select(joinColumn.name).whereIn(inverseJoinColumn.name, idsAlong(strapi, knex, attr.target, rest, ids) as any);
}

function where(strapi: Core.Strapi, knex: Knex, uid: string, path: Path, ids: number[]): Where {
  if (Array.isArray(path[0])) return { $or: (path as string[][]).map((p) => where(strapi, knex, uid, p, ids)) };
  const p = path as string[];
  if (p.length === 1 && p[0] !== 'id') return { [p[0]]: { $in: ids } }; // a column holding the id
  return { id: { $in: ids.length ? idsAlong(strapi, knex, uid, p, ids) : [] } };
}

/** The caller's scope on `uid` as a where with subqueries (for Strapi's query engine); null: no narrowing. */
export function scopeSql(strapi: Core.Strapi, p: Principal, uid: string): Where | null {
  const bound = scopeBound(p, uid, (strapi.getModel(uid as any) as any).attributes);
  if (!bound) return null;
  return where(strapi, strapi.db.connection as unknown as Knex, uid, bound.path, bound.ids);
}

/**
 * The caller's scope on `uid` for raw SQL (reports): narrows `column` (holding ids of `uid`) of a
 * knex query with the same subqueries; nothing to do for unscoped callers.
 */
export function narrowToScope(strapi: Core.Strapi, knex: Knex, p: Principal, uid: string, qb: Knex.QueryBuilder, column: string): Knex.QueryBuilder {
  const bound = scopeBound(p, uid, (strapi.getModel(uid as any) as any).attributes);
  if (!bound) return qb;
  const paths = (Array.isArray(bound.path[0]) ? bound.path : [bound.path]) as string[][];
  if (!bound.ids.length) return qb.whereRaw('1 = 0');
  return qb.where((w) => {
    for (const path of paths) w.orWhereIn(column, idsAlong(strapi, knex, uid, path, bound.ids) as any);
  });
}
