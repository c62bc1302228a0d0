// HTTP layer of the meetings service: who is calling, their scope, the year; errors answer
// { message, details } with their status (never a 500 for bad input).
import type { Core } from '@strapi/strapi';
import { parseRange } from '../../../bridge/query';
import { withKnex } from '../../../db/knex';
import { chinaDay } from '../../../domain/meetings';
import { callerHandler, forbid, mayDo, notFound, visibleRow } from '../../../meetings/access';
import { attendanceView, saveAttendance } from '../../../meetings/attendance';
import { finaliseMeeting } from '../../../meetings/finalise';
import { startCorrection } from '../../../meetings/correct';
import { memberMeetings, memberRates } from '../../../meetings/reports';
import { complianceFor, requireStaff, summaryFor, yearOf } from '../../../meetings/report-queries';
import { activeRules } from '../../../meetings/rules';

const ORG = 'api::party-organisation.party-organisation';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = callerHandler(strapi);

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
      requireStaff(p);
      const { start, limit } = parseRange(ctx.query.range, undefined);
      const res = await complianceFor(strapi, p, ctx.query, { start, limit });
      ctx.set('Content-Range', `compliance ${start}-${start + Math.max(res.rows.length - 1, 0)}/${res.total}`);
      return res;
    }),

    summary: handle(async (ctx, p) => summaryFor(strapi, p, ctx.query)),

    mine: handle(async (ctx, p) => {
      const year = yearOf(ctx.query, chinaDay(new Date()));
      let member: Record<string, any> | null = null;
      if (ctx.query.member) member = await visibleRow(strapi, p, 'api::member.member', ctx.query.member);
      else if (p.kind === 'user' && p.memberId) member = await strapi.db.query('api::member.member').findOne({ where: { id: p.memberId } });
      if (!member) notFound(ctx.query.member ? '党员不存在或不在您的管理范围内' : '当前账号未关联党员');
      return withKnex(strapi, async (knex) => memberMeetings(strapi, knex, member!, year, await activeRules(strapi)));
    }),

    rates: handle(async (ctx, p) => {
      requireStaff(p);
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
