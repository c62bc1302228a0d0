// HTTP layer of the points service. Each action checks the caller's role; scope is applied with the
// same filters the document middleware uses. Errors answer { message } like the bridge.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf, type Principal } from '../../../scoping/principal';
import { respond } from '../../../bridge/errors';
import { parseRange } from '../../../bridge/query';
import { withKnex } from '../../../db/knex';
import { bulkAward, decide, refuse as bad, reverse, type UserPrincipal } from '../../../points/ledger';
import { branchGrades, branchPoints, leaderboard, memberSummary, rowByDoc } from '../../../points/reports';
import { verifyChain } from '../../../points/chain';
import { listSchemes, loadScheme } from '../../../points/schemes';
import { scopeFilter } from '../../../scoping/scope-filters';

type Ctx = any;
const MEMBER = 'api::member.member';
const ORG = 'api::party-organisation.party-organisation';

const forbid = (m = '无权执行此操作'): never => {
  throw new errors.PolicyError(m);
};

function yearOf(q: Record<string, unknown>): number {
  if (q.year == null) return new Date().getUTCFullYear();
  const y = Number(q.year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) bad('年份应为 2000–2100 之间的整数', { param: 'year' });
  return y;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: Ctx, p: UserPrincipal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await principalOf(strapi);
      if (p.kind === 'admin' || (p.kind === 'user' && !p.role)) forbid();
      const body = await fn(ctx, p as UserPrincipal);
      if (body !== undefined) ctx.body = body;
    });
  const role = (p: UserPrincipal) => (p.kind === 'user' ? p.role : 'county');
  const needRole = (p: UserPrincipal, ...roles: string[]) => {
    if (!roles.includes(role(p)!)) forbid();
  };
  /** A record by documentId, only if it is in the caller's scope (else 404). */
  const scoped = async (p: Principal, uid: string, documentId: unknown) => {
    const row = await rowByDoc(strapi, uid, documentId);
    if (!row) return null;
    const scope = p.kind === 'user' ? scopeFilter(p, uid, (strapi.getModel(uid as any) as any).attributes) : null;
    if (scope && !(await strapi.db.query(uid as any).count({ where: { $and: [{ id: row.id }, scope] } }))) return null;
    return row;
  };

  return {
    decide: handle(async (ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      const { ids, decision, note } = ctx.request.body ?? {};
      if (decision !== 'approve' && decision !== 'reject') bad('decision 应为 approve 或 reject', { field: 'decision' });
      if (note != null && (typeof note !== 'string' || note.length > 500)) bad('审批意见最多 500 字', { field: 'note' });
      if (decision === 'reject' && !note?.trim()) bad('驳回须填写理由', { field: 'note' });
      return { data: await decide(strapi, p, ids, decision, note ?? '') };
    }),

    reverse: handle(async (ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      const created: any = await reverse(strapi, p, ctx.params.id, ctx.request.body?.reason);
      ctx.status = 201;
      return { id: created.documentId, pointsTenths: created.pointsTenths, reason: created.reason, status: created.status };
    }),

    bulk: handle(async (ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      const res = await bulkAward(strapi, p, ctx.request.body ?? {});
      ctx.status = res.replayed ? 200 : 201;
      return res;
    }),

    me: handle(async (ctx, p) => {
      const year = yearOf(ctx.query);
      let member;
      if (ctx.query.member != null) member = await scoped(p, MEMBER, ctx.query.member);
      else if (p.kind === 'user' && p.memberId) member = await strapi.db.query(MEMBER).findOne({ where: { id: p.memberId } });
      if (!member) throw new errors.NotFoundError(ctx.query.member ? '党员不存在或不在您的管理范围内' : '当前账号未关联党员');
      return withKnex(strapi, (knex) => memberSummary(strapi, knex, member, year));
    }),

    leaderboard: handle(async (ctx, p) => {
      const year = yearOf(ctx.query);
      const { start, limit } = parseRange(ctx.query.range, undefined);
      // One branch (any role, in scope), one township (county and township staff) or, for the
      // county with neither, the whole county; township staff default to their own township.
      let by: { townshipId?: number; branchId?: number } = {};
      if (ctx.query.branch != null) {
        const b = await scoped(p, ORG, ctx.query.branch);
        if (!b || b.level !== 'branch') throw new errors.NotFoundError('党支部不存在或不在您的管理范围内');
        by = { branchId: b.id };
      } else if (role(p) === 'member' || role(p) === 'branch') {
        bad('请指定党支部 branch', { param: 'branch' });
      } else if (ctx.query.township != null) {
        const t = await scoped(p, 'api::township.township', ctx.query.township);
        if (!t) throw new errors.NotFoundError('乡镇不存在或不在您的管理范围内');
        by = { townshipId: t.id };
      } else if (role(p) === 'township') {
        by = { townshipId: (p as Extract<Principal, { kind: 'user' }>).townshipIds[0] ?? -1 };
      }
      const { rows, total } = await withKnex(strapi, (knex) => leaderboard(strapi, knex, by, year, { start, limit }));
      ctx.set('Content-Range', `leaderboard ${start}-${start + Math.max(rows.length - 1, 0)}/${total}`);
      return rows;
    }),

    branches: handle(async (ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      const year = yearOf(ctx.query);
      const { start, limit } = parseRange(ctx.query.range, undefined);
      const filter: { townshipId?: number; branchIds?: number[] } = {};
      if (p.kind === 'user' && p.role === 'township') filter.townshipId = p.townshipIds[0];
      if (p.kind === 'user' && p.role === 'branch') filter.branchIds = p.organisationIds;
      if (ctx.query.township != null) {
        const t = await scoped(p, 'api::township.township', ctx.query.township);
        if (!t) throw new errors.NotFoundError('乡镇不存在或不在您的管理范围内');
        filter.townshipId = t.id;
      }
      const { rows, total } = await withKnex(strapi, (knex) => branchPoints(strapi, knex, year, filter, { start, limit }));
      ctx.set('Content-Range', `branches ${start}-${start + Math.max(rows.length - 1, 0)}/${total}`);
      return rows;
    }),

    grades: handle(async (ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      const b = await scoped(p, ORG, ctx.query.branch);
      if (!b || b.level !== 'branch') throw new errors.NotFoundError('党支部不存在或不在您的管理范围内');
      return withKnex(strapi, (knex) => branchGrades(strapi, knex, b, yearOf(ctx.query)));
    }),

    verify: handle(async (_ctx, p) => {
      needRole(p, 'county');
      return withKnex(strapi, (knex) => verifyChain(strapi, knex));
    }),

    schemes: handle(async (_ctx, p) => {
      needRole(p, 'county', 'township', 'branch');
      return listSchemes(strapi);
    }),

    loadScheme: handle(async (ctx, p) => {
      needRole(p, 'county');
      return loadScheme(strapi, ctx.params.code);
    }),
  };
};
