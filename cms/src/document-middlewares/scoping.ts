// Row scoping for every read, below REST, the bridge and GraphQL: the caller's role must allow the
// action on the resource, and reads are narrowed to the caller's scope, so a list's total counts
// only visible rows and an out-of-scope findOne finds nothing (404, no existence leak).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf } from '../scoping/principal';
import { can, type Action } from '../scoping/roles';
import { scopeFilter } from '../scoping/scope-filters';

const ACTIONS: Record<string, Action> = {
  findMany: 'read', findFirst: 'read', findOne: 'read', count: 'read',
  create: 'create', clone: 'create', update: 'update', delete: 'delete',
};
const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

export function forbidden(message = '无权执行此操作'): never {
  throw new errors.ForbiddenError(message);
}

export function scoping(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    const action = ACTIONS[ctx.action];
    if (!ctx.uid.startsWith('api::') || !action) return next();
    const p = await principalOf(strapi);
    if (p.kind !== 'user') return next();
    const model = strapi.getModel(ctx.uid as any) as any;
    if (!p.role || !can(p.role, model.info.pluralName, action)) forbidden();
    if (READS.has(ctx.action)) {
      const scope = scopeFilter(p, ctx.uid, model.attributes);
      if (scope) {
        const filters = ctx.params?.filters;
        ctx.params = { ...ctx.params, filters: filters ? { $and: [filters, scope] } : scope };
      }
    }
    return next();
  };
}
