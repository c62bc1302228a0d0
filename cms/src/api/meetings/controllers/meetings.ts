// HTTP layer of the meetings service: who is calling, their scope, the year; errors answer
// { message, details } with their status (never a 500 for bad input).
import type { Core } from '@strapi/strapi';
import { respond } from '../../../bridge/errors';
import { parseRange } from '../../../bridge/query';
import { withKnex } from '../../../db/knex';
import { chinaDay } from '../../../domain/meetings';
import type { Principal } from '../../../scoping/principal';
import { caller, forbid, mayDo, notFound, refuse, roleOf, visibleRow } from '../../../meetings/access';
import { attendanceView, saveAttendance } from '../../../meetings/attendance';
import { finaliseMeeting } from '../../../meetings/finalise';
import { startCorrection } from '../../../meetings/correct';
import { complianceMatrix, complianceSummary, memberMeetings, memberRates, type MatrixFilter } from '../../../meetings/reports';
import { activeRules } from '../../../meetings/rules';

type Ctx = any;
const ORG = 'api::party-organisation.party-organisation';

function yearOf(q: Record<string, unknown>, today: string): number {
  if (q.year == null || q.year === '') return Number(today.slice(0, 4));
  const y = Number(q.year);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) refuse('年份应为 2000–2100 之间的整数', { param: 'year' });
  return y;
}

const text = (v: unknown, name: string, max = 60): string | undefined => {
  if (v == null || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max) refuse(`参数 ${name} 无效`, { param: name });
  return v as string;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: Ctx, p: Principal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await caller(strapi);
      const body = await fn(ctx, p);
      if (body !== undefined) ctx.body = body;
    });
  const staff = (p: Principal) => {
    if (!['county', 'township', 'branch'].includes(roleOf(p) ?? '')) forbid('只有组织部、乡镇党委和支部书记可以查看会议台账');
  };

  return {
    attendance: handle(async (ctx, p) => attendanceView(strapi, p, ctx.params.id)),

    saveAttendance: handle(async (ctx, p) => saveAttendance(strapi, p, ctx.params.id, ctx.request.body)),

    finalise: handle(async (ctx, p) => finaliseMeeting(strapi, p, ctx.params.id, ctx.request.body ?? {})),

    correct: handle(async (ctx, p) => {
      const res = await startCorrection(strapi, p, ctx.params.id, ctx.request.body);
      ctx.status = 201;
      return res;
    }),

    compliance: handle(async (ctx, p) => {
      staff(p);
      const today = chinaDay(new Date());
      const year = yearOf(ctx.query, today);
      const { start, limit } = parseRange(ctx.query.range, undefined);
      const filter: MatrixFilter = {
        level: text(ctx.query.level, 'level'), category: text(ctx.query.category, 'category'), kind: text(ctx.query.kind, 'kind'), q: text(ctx.query.q, 'q'),
      };
      if (p.kind === 'user' && p.role === 'township') filter.townshipIds = p.townshipIds;
      if (p.kind === 'user' && p.role === 'branch') filter.organisationIds = p.organisationIds;
      if (ctx.query.township) {
        const t = await visibleRow(strapi, p, 'api::township.township', ctx.query.township);
        if (!t) notFound('乡镇不存在或不在您的管理范围内');
        filter.townshipIds = [t!.id];
      }
      if (ctx.query.organisation) {
        const o = await visibleRow(strapi, p, ORG, ctx.query.organisation);
        if (!o) notFound('党组织不存在或不在您的管理范围内');
        filter.organisationIds = [o!.id];
      }
      const rules = await activeRules(strapi);
      if (filter.kind && !rules.some((r) => r.kind === filter.kind)) refuse(`会议类型“${filter.kind}”不存在`, { param: 'kind' });
      const res = await withKnex(strapi, (knex) => complianceMatrix(strapi, knex, rules, year, today, filter, { start, limit }));
      ctx.set('Content-Range', `compliance ${start}-${start + Math.max(res.rows.length - 1, 0)}/${res.total}`);
      return res;
    }),

    summary: handle(async (ctx, p) => {
      const role = roleOf(p);
      if (role !== 'county' && role !== 'township') forbid('只有组织部和乡镇党委可以查看汇总');
      const today = chinaDay(new Date());
      const year = yearOf(ctx.query, today);
      const townships = p.kind === 'user' && p.role === 'township' ? p.townshipIds : null;
      return withKnex(strapi, async (knex) => complianceSummary(strapi, knex, await activeRules(strapi), year, today, townships));
    }),

    mine: handle(async (ctx, p) => {
      const year = yearOf(ctx.query, chinaDay(new Date()));
      let member: Record<string, any> | null = null;
      if (ctx.query.member) member = await visibleRow(strapi, p, 'api::member.member', ctx.query.member);
      else if (p.kind === 'user' && p.memberId) member = await strapi.db.query('api::member.member').findOne({ where: { id: p.memberId } });
      if (!member) notFound(ctx.query.member ? '党员不存在或不在您的管理范围内' : '当前账号未关联党员');
      return withKnex(strapi, async (knex) => memberMeetings(strapi, knex, member!, year, await activeRules(strapi)));
    }),

    rates: handle(async (ctx, p) => {
      staff(p);
      const year = yearOf(ctx.query, chinaDay(new Date()));
      const { start, limit } = parseRange(ctx.query.range, undefined);
      const o = await visibleRow(strapi, p, ORG, ctx.query.organisation);
      if (!o) notFound('党组织不存在或不在您的管理范围内');
      if (!mayDo(p, 'members', 'read')) forbid();
      const res = await withKnex(strapi, async (knex) => {
        const { organisationSubtree } = await import('../../../scoping/organisation-tree');
        return memberRates(strapi, knex, await organisationSubtree(strapi, o!.id), year, { start, limit });
      });
      ctx.set('Content-Range', `rates ${start}-${start + Math.max(res.rows.length - 1, 0)}/${res.total}`);
      return res.rows;
    }),
  };
};
