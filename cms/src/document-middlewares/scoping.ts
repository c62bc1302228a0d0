// Row scoping for every read, below REST, the bridge and GraphQL: the caller's role must allow the
// action on the resource, and reads are narrowed to the caller's scope, so a list's total counts
// only visible rows and an out-of-scope findOne finds nothing (404, no existence leak). The same
// scope narrows every populated relation and every filter condition on a related record, on reads
// and on the records writes return.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf, type Principal } from '../scoping/principal';
import { can, type Action } from '../scoping/roles';
import { readScope } from '../scoping/scope-filters';
import { scopeSql } from '../scoping/scope-sql';
import { runScoped } from '../scoping/scoped-read';
import { pruneRelations, scopePopulate, scopeRelationFilters, type RelationScopeContext } from '../scoping/relation-scope';
import { checkFilters } from './filter-shape';

const ACTIONS: Record<string, Action> = {
  findMany: 'read', findFirst: 'read', findOne: 'read', count: 'read',
  create: 'create', clone: 'create', update: 'update', delete: 'delete',
};
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** A 403 whose message reaches the caller: Strapi's REST layer replaces a plain ForbiddenError's
 * message with "Forbidden" and lets only a PolicyError through. */
export function forbidden(message = '无权执行此操作'): never {
  throw new errors.PolicyError(message);
}

/** How relations are narrowed for this caller (shared with users/me, which reads below the document service). */
export function relationScopeContext(strapi: Core.Strapi, p: Principal): RelationScopeContext {
  return {
    getModel: (uid) => strapi.getModel(uid as any) as any,
    scopeOf: (uid) => readScope(p, uid, strapi.getModel(uid as any) as any),
    unscoped: p.kind !== 'user' || p.role === 'county',
    checkFilters: (uid, filters, path) => checkFilters(strapi, uid, filters, path),
  };
}

export function scoping(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    const action = ACTIONS[ctx.action];
    if (!ctx.uid.startsWith('api::') || !action) return next();
    const p = await principalOf(strapi);
    if (p.kind !== 'user') return next();
    const model = strapi.getModel(ctx.uid as any) as any;
    if (!p.role || !can(p.role, model.info.pluralName, action)) forbidden();
    const relations = { ...relationScopeContext(strapi, p), prune: true };
    const params = { ...ctx.params };
    const reading = READS.has(ctx.action);
    if (reading && params.filters) params.filters = scopeRelationFilters(params.filters, ctx.uid, relations);
    if (params.populate != null) params.populate = scopePopulate(params.populate, ctx.uid, relations);
    ctx.params = params;
    const scope = reading ? scopeSql(strapi, p, ctx.uid) : null;
    const result = await (scope ? runScoped(ctx.uid, scope, next) : next());
    if (!relations.unscoped && params.populate) {
      await pruneRelations(ctx.action === 'clone' ? result?.entries : result, ctx.uid, params.populate, relations, (uid, ids) => readableIds(strapi, p, uid, ids));
    }
    return result;
  };
}

/** Of `ids` of `uid`, those the caller may read: one query, its ids narrowing it first. */
export async function readableIds(strapi: Core.Strapi, p: Principal, uid: string, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const scope = readScope(p, uid, strapi.getModel(uid as any) as any);
  const where = { id: { $in: [...new Set(ids)] } };
  const rows = await strapi.db.query(uid as any).findMany({ where: scope ? { $and: [where, scope] } : where, select: ['id'] });
  return new Set(rows.map((r: any) => Number(r.id)));
}
