// HTTP layer of the points service. Each action checks the caller's role; scope is applied with the
// same filters the document middleware uses. Errors answer { message } like the bridge.
import type { Core } from '@strapi/strapi';
import { principalOf } from '../../../scoping/principal';
import { respond } from '../../../bridge/errors';
import { parseRange } from '../../../bridge/query';
import { withKnex } from '../../../db/knex';
import { bulkAward, decide, refuse as bad, reverse, type UserPrincipal } from '../../../points/ledger';
import { branchesOf, forbid, gradesOf, leaderboardOf, memberPoints, needRole } from '../../../points/queries';
import { verifyChain } from '../../../points/chain';
import { listSchemes, loadScheme } from '../../../points/schemes';
import { checkYear, notClosed, publishedRanking, YEAR, yearActions } from '../../../points/closing';
import { rankingGroup } from '../../../points/queries';

type Ctx = any;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: Ctx, p: UserPrincipal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await principalOf(strapi);
      if (p.kind === 'admin' || (p.kind === 'user' && !p.role)) forbid();
      const body = await fn(ctx, p as UserPrincipal);
      if (body !== undefined) ctx.body = body;
    });
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

    me: handle(async (ctx, p) => memberPoints(strapi, p, ctx.query)),

    leaderboard: handle(async (ctx, p) => {
      const page = parseRange(ctx.query.range, undefined);
      const { rows, total } = await leaderboardOf(strapi, p, ctx.query, page);
      ctx.set('Content-Range', `leaderboard ${page.start}-${page.start + Math.max(rows.length - 1, 0)}/${total}`);
      return rows;
    }),

    branches: handle(async (ctx, p) => {
      const page = parseRange(ctx.query.range, undefined);
      const { rows, total } = await branchesOf(strapi, p, ctx.query, page);
      ctx.set('Content-Range', `branches ${page.start}-${page.start + Math.max(rows.length - 1, 0)}/${total}`);
      return rows;
    }),

    grades: handle(async (ctx, p) => gradesOf(strapi, p, ctx.query)),

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

    closeYear: handle(async (ctx, p) => {
      needRole(p, 'county');
      return yearActions(strapi).close(p, ctx.params.year);
    }),

    reopenYear: handle(async (ctx, p) => {
      needRole(p, 'county');
      return yearActions(strapi).reopen(p, ctx.params.year, ctx.request.body?.reason);
    }),

    /** A closed year's published ranking (read-only): the county, one township or one branch, as for the live one. */
    yearRanking: handle(async (ctx, p) => {
      const year = checkYear(ctx.params.year);
      const closed = await strapi.db.query(YEAR as any).findOne({ where: { year, status: 'closed' } });
      if (!closed) notClosed(year);
      const page = parseRange(ctx.query.range, undefined);
      const by = await rankingGroup(strapi, p, ctx.query);
      const { rows, total } = await withKnex(strapi, (knex) => publishedRanking(strapi, knex, year, by, page));
      ctx.set('Content-Range', `ranking ${page.start}-${page.start + Math.max(rows.length - 1, 0)}/${total}`);
      return rows;
    }),
  };
};
