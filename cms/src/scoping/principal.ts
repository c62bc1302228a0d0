// Who is calling, read from the request Strapi is serving. No request (seeding, bootstrap, jobs)
// and Strapi's own admin panel are unscoped; API tokens act with county scope.
import type { Core } from '@strapi/strapi';
import { linkTable } from '../db/link-tables';
import { withKnex } from '../db/knex';
import { ROLE_TYPES, roleTable, type RoleType } from './roles';
import { organisationSubtree } from './organisation-tree';
import { authEpoch } from '../shared/auth-epoch';
import { Lru } from '../shared/lru';

export type Principal =
  | { kind: 'system' }
  | { kind: 'admin'; userId: number; username: string; ip?: string }
  | {
      kind: 'user';
      /** null: a login whose role is none of ours (e.g. the default "authenticated"), or an anonymous caller */
      role: RoleType | null;
      userId: number | null;
      username: string;
      ip?: string;
      townshipIds: number[];
      organisationIds: number[];
      memberId: number | null;
      /** department role: its county department (县直部门) */
      departmentIds: number[];
    };

const USER = 'plugin::users-permissions.user';

async function linked(strapi: Core.Strapi, attribute: string, userId: number): Promise<number | null> {
  const l = linkTable(strapi, USER, attribute);
  const row = await withKnex(strapi, (knex) => knex(l.table).where(l.owner, userId).first(l.target));
  return row ? row[l.target] : null;
}

async function townshipOfOrganisation(strapi: Core.Strapi, orgId: number): Promise<number | null> {
  const l = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
  const row = await withKnex(strapi, (knex) => knex(l.table).where(l.owner, orgId).first(l.target));
  return row ? row[l.target] : null;
}

export async function principalOf(strapi: Core.Strapi): Promise<Principal> {
  const ctx: any = strapi.requestContext.get();
  if (!ctx) return { kind: 'system' };
  if (ctx.state.__principal) return ctx.state.__principal;
  const p = await resolve(strapi, ctx);
  ctx.state.__principal = p;
  return p;
}

type Anchors = Pick<Extract<Principal, { kind: 'user' }>, 'townshipIds' | 'organisationIds' | 'memberId' | 'departmentIds'>;

/** A login's scope anchors (its township, its organisation subtree, its member record), kept until the
 * auth epoch moves: they change only when logins or the organisation tree do. */
const anchorCache = new Lru<string, { epoch: number; anchors: Anchors }>(10_000);

async function anchorsOf(strapi: Core.Strapi, role: RoleType, userId: number): Promise<Anchors> {
  const key = `${role}:${userId}`;
  const epoch = authEpoch();
  const hit = anchorCache.get(key);
  if (hit && hit.epoch === epoch) return hit.anchors;
  const anchors: Anchors = { townshipIds: [], organisationIds: [], memberId: null, departmentIds: [] };
  if (role === 'township') {
    const t = await linked(strapi, 'township', userId);
    anchors.townshipIds = t ? [t] : [];
  } else if (role === 'branch') {
    const org = await linked(strapi, 'partyOrganisation', userId);
    if (org) {
      const t = await townshipOfOrganisation(strapi, org);
      anchors.organisationIds = await organisationSubtree(strapi, org);
      anchors.townshipIds = t ? [t] : [];
    }
  } else if (role === 'member') {
    anchors.memberId = await linked(strapi, 'member', userId);
  } else if (role === 'department') {
    const d = await linked(strapi, 'countyDepartment', userId);
    anchors.departmentIds = d ? [d] : [];
  }
  anchorCache.set(key, { epoch, anchors });
  return anchors;
}

async function resolve(strapi: Core.Strapi, ctx: any): Promise<Principal> {
  const ip = ctx.request?.ip;
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin') return { kind: 'admin', userId: ctx.state.user?.id, username: ctx.state.user?.email ?? 'admin', ip };
  const base = { kind: 'user' as const, ip, townshipIds: [], organisationIds: [], memberId: null, departmentIds: [] };
  if (strategy === 'content-api-token' || strategy === 'api-token') {
    return { ...base, role: 'county', userId: null, username: `token:${ctx.state.auth?.credentials?.name ?? '?'}` };
  }
  const user = ctx.state.user;
  if (!user) return { ...base, role: null, userId: null, username: 'anonymous' };
  const type = user.role?.type as RoleType;
  const role = ROLE_TYPES.includes(type) && roleTable().roles[type] ? type : null;
  const p = { ...base, role, userId: user.id as number, username: user.username as string };
  return role && role !== 'county' ? { ...p, ...(await anchorsOf(strapi, role, user.id)) } : p;
}
