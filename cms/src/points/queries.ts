// The points reports as questions a caller asks (whose points, which ranking, which branch), answered
// the same way for REST (/api/points/…) and GraphQL: the caller's role and scope decide what may be
// asked, and the numbers come from the kept totals (reports.ts). One implementation of every number.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Principal } from '../scoping/principal';
import { scopeFilter } from '../scoping/scope-filters';
import { withKnex } from '../db/knex';
import { refuse as bad, type UserPrincipal } from './ledger';
import { branchGrades, branchPoints, leaderboard, memberSummary, rowByDoc } from './reports';

const MEMBER = 'api::member.member';
const ORG = 'api::party-organisation.party-organisation';
const TOWNSHIP = 'api::township.township';

export interface Page {
  start: number;
  limit: number;
}

export const forbid = (m = '无权执行此操作'): never => {
  throw new errors.PolicyError(m);
};

export const roleOf = (p: UserPrincipal) => (p.kind === 'user' ? p.role : 'county');

export function needRole(p: UserPrincipal, ...roles: string[]): void {
  if (!roles.includes(roleOf(p)!)) forbid();
}

export function yearOf(value: unknown): number {
  if (value == null || value === '') return new Date().getUTCFullYear();
  const y = Number(value);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) bad('年份应为 2000–2100 之间的整数', { param: 'year' });
  return y;
}

/** A record by documentId, only if it is in the caller's scope (else null: answered as 404). */
export async function scopedRow(strapi: Core.Strapi, p: Principal, uid: string, documentId: unknown) {
  const row = await rowByDoc(strapi, uid, documentId);
  if (!row) return null;
  const scope = p.kind === 'user' ? scopeFilter(p, uid, (strapi.getModel(uid as any) as any).attributes) : null;
  if (scope && !(await strapi.db.query(uid as any).count({ where: { $and: [{ id: row.id }, scope] } }))) return null;
  return row;
}

/** 我的积分: a member's total, ranks, months and rules; staff may ask about a member in scope. */
export async function memberPoints(strapi: Core.Strapi, p: UserPrincipal, q: { member?: unknown; year?: unknown }) {
  const year = yearOf(q.year);
  let member;
  if (q.member != null) member = await scopedRow(strapi, p, MEMBER, q.member);
  else if (p.kind === 'user' && p.memberId) member = await strapi.db.query(MEMBER).findOne({ where: { id: p.memberId } });
  if (!member) throw new errors.NotFoundError(q.member ? '党员不存在或不在您的管理范围内' : '当前账号未关联党员');
  return withKnex(strapi, (knex) => memberSummary(strapi, knex, member, year));
}

/** Members ranked: one branch (any role, in scope), one township (county and township staff) or, for the
 * county with neither, the whole county; township staff default to their own township. */
export async function leaderboardOf(strapi: Core.Strapi, p: UserPrincipal, q: { branch?: unknown; township?: unknown; year?: unknown }, page: Page) {
  const year = yearOf(q.year);
  const by = await rankingGroup(strapi, p, q);
  return withKnex(strapi, (knex) => leaderboard(strapi, knex, by, year, page));
}

/** Which members a ranking compares, by what the caller asks and may see. */
export async function rankingGroup(strapi: Core.Strapi, p: UserPrincipal, q: { branch?: unknown; township?: unknown }) {
  let by: { townshipId?: number; branchId?: number } = {};
  if (q.branch != null) {
    const b = await scopedRow(strapi, p, ORG, q.branch);
    if (!b || b.level !== 'branch') throw new errors.NotFoundError('党支部不存在或不在您的管理范围内');
    by = { branchId: b.id };
  } else if (roleOf(p) === 'member' || roleOf(p) === 'branch') {
    bad('请指定党支部 branch', { param: 'branch' });
  } else if (q.township != null) {
    const t = await scopedRow(strapi, p, TOWNSHIP, q.township);
    if (!t) throw new errors.NotFoundError('乡镇不存在或不在您的管理范围内');
    by = { townshipId: t.id };
  } else if (roleOf(p) === 'township') {
    by = { townshipId: (p as Extract<Principal, { kind: 'user' }>).townshipIds[0] ?? -1 };
  }
  return by;
}

/** Branches with their points and stars, in the caller's scope (optionally one township). */
export async function branchesOf(strapi: Core.Strapi, p: UserPrincipal, q: { township?: unknown; year?: unknown }, page: Page) {
  needRole(p, 'county', 'township', 'branch');
  const year = yearOf(q.year);
  const filter: { townshipId?: number; branchIds?: number[] } = {};
  if (p.kind === 'user' && p.role === 'township') filter.townshipId = p.townshipIds[0];
  if (p.kind === 'user' && p.role === 'branch') filter.branchIds = p.organisationIds;
  if (q.township != null) {
    const t = await scopedRow(strapi, p, TOWNSHIP, q.township);
    if (!t) throw new errors.NotFoundError('乡镇不存在或不在您的管理范围内');
    filter.townshipId = t.id;
  }
  return withKnex(strapi, (knex) => branchPoints(strapi, knex, year, filter, page));
}

/** A branch's members with the grade each would get (优秀 at most a third, never a probationary member). */
export async function gradesOf(strapi: Core.Strapi, p: UserPrincipal, q: { branch?: unknown; year?: unknown }) {
  needRole(p, 'county', 'township', 'branch');
  const b = await scopedRow(strapi, p, ORG, q.branch);
  if (!b || b.level !== 'branch') throw new errors.NotFoundError('党支部不存在或不在您的管理范围内');
  return withKnex(strapi, (knex) => branchGrades(strapi, knex, b, yearOf(q.year)));
}
