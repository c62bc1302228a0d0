// Who may act on a meeting: the role's right on `meetings` (config/roles.json) and the row scope,
// checked the way the document middlewares check them. Out of scope reads as absent (404); in scope
// without the right is a 403.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../bridge/errors';
import { principalOf, type Principal } from '../scoping/principal';
import { can, type Action } from '../scoping/roles';
import { scopeFilter } from '../scoping/scope-filters';

type Row = Record<string, any>;

export function forbid(message = '无权执行此操作'): never {
  throw new errors.PolicyError(message);
}
export function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new errors.ValidationError(message, details);
}
export function notFound(message: string): never {
  throw new errors.NotFoundError(message);
}

/** The caller of a custom action: a panel login or an API token (county). Admins and anonymous callers are refused. */
export async function caller(strapi: Core.Strapi): Promise<Principal> {
  const p = await principalOf(strapi);
  if (p.kind === 'admin' || (p.kind === 'user' && !p.role)) forbid();
  return p;
}

/**
 * A custom route's handler: the caller first (a signed-in user with a role), then the action, whose
 * answer is the body; errors answer { message, details } with their status (never a 500 for bad input).
 */
export function callerHandler(strapi: Core.Strapi) {
  return (fn: (ctx: any, p: Principal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await caller(strapi);
      const body = await fn(ctx, p);
      if (body !== undefined) ctx.body = body;
    });
}

export const roleOf = (p: Principal) => (p.kind === 'user' ? p.role : 'county');

export function mayDo(p: Principal, resource: string, action: Action): boolean {
  const role = roleOf(p);
  return !!role && can(role, resource, action);
}

/** A row of `uid` by documentId if the caller may read it (role right and scope), else null. */
export async function visibleRow(strapi: Core.Strapi, p: Principal, uid: string, documentId: unknown, populate?: Row): Promise<Row | null> {
  if (typeof documentId !== 'string' || !documentId) return null;
  const model = strapi.getModel(uid as any) as any;
  if (!mayDo(p, model.info.pluralName, 'read')) return null;
  const scope = p.kind === 'user' ? scopeFilter(p, uid, model.attributes) : null;
  const where = scope ? { $and: [{ documentId }, scope] } : { documentId };
  return strapi.db.query(uid as any).findOne({ where, populate });
}

/** A meeting the caller may change: 404 when they cannot see it, 403 without the update right. */
export async function writableMeeting(strapi: Core.Strapi, p: Principal, documentId: unknown, populate?: Row): Promise<Row> {
  const row = await visibleRow(strapi, p, 'api::meeting.meeting', documentId, populate);
  if (!row) notFound('会议不存在或不在您的管理范围内');
  if (!mayDo(p, 'meetings', 'update')) forbid('无权登记会议');
  return row!;
}
