// Who is calling, read from the request Strapi is serving. No request (seeding, bootstrap, jobs)
// and Strapi's own admin panel are unscoped; API tokens act with county scope.
import type { Core } from '@strapi/strapi';
import { linkTable } from '../db/link-tables';
import { withKnex } from '../db/knex';
import { ROLE_TYPES, roleTable, type RoleType } from './roles';
import { organisationSubtree } from './organisation-tree';

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

async function resolve(strapi: Core.Strapi, ctx: any): Promise<Principal> {
  const ip = ctx.request?.ip;
  const strategy = ctx.state?.auth?.strategy?.name;
  if (strategy === 'admin') return { kind: 'admin', userId: ctx.state.user?.id, username: ctx.state.user?.email ?? 'admin', ip };
  const base = { kind: 'user' as const, ip, townshipIds: [], organisationIds: [], memberId: null };
  if (strategy === 'content-api-token' || strategy === 'api-token') {
    return { ...base, role: 'county', userId: null, username: `token:${ctx.state.auth?.credentials?.name ?? '?'}` };
  }
  const user = ctx.state.user;
  if (!user) return { ...base, role: null, userId: null, username: 'anonymous' };
  const type = user.role?.type as RoleType;
  const role = ROLE_TYPES.includes(type) && roleTable().roles[type] ? type : null;
  const p = { ...base, role, userId: user.id as number, username: user.username as string };
  if (role === 'township') {
    const t = await linked(strapi, 'township', user.id);
    return { ...p, townshipIds: t ? [t] : [] };
  }
  if (role === 'branch') {
    const org = await linked(strapi, 'partyOrganisation', user.id);
    if (!org) return p;
    const t = await townshipOfOrganisation(strapi, org);
    return { ...p, organisationIds: await organisationSubtree(strapi, org), townshipIds: t ? [t] : [] };
  }
  if (role === 'member') {
    return { ...p, memberId: await linked(strapi, 'member', user.id) };
  }
  return p;
}
