// HTTP layer of the approvals service: the caller, their scope and the parameters; errors answer
// { message, details } with their status (never a 500 for bad input).
import type { Core } from '@strapi/strapi';
import { withKnex } from '../../../db/knex';
import { chinaDay } from '../../../domain/calendar/days';
import { callerHandler, forbid, mayDo, notFound, refuse, roleOf, visibleRow } from '../../../meetings/access';
import { caseAction, type CaseActionName } from '../../../services/cases';
import { servicesAssessment } from '../../../services/assessment';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = callerHandler(strapi);
  const step = (action: CaseActionName) => handle(async (ctx, p) => caseAction(strapi, p, ctx.params.id, action, ctx.request.body ?? {}));

  return {
    finish: step('finish'),
    returnCase: step('return'),
    rate: step('rate'),

    assessment: handle(async (ctx, p) => {
      if (!mayDo(p, 'approval-cases', 'read')) forbid('无权查看审批服务考核');
      const today = chinaDay(new Date().toISOString());
      const q = ctx.query ?? {};
      const year = q.year == null || q.year === '' ? Number(today.slice(0, 4)) : Number(q.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) refuse('年份应为 2000–2100 之间的整数', { param: 'year' });
      let month: string | undefined;
      if (q.month != null && q.month !== '') {
        if (typeof q.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(q.month) || Number(q.month.slice(0, 4)) !== year) refuse('月份应为所选年份的 YYYY-MM', { param: 'month' });
        month = q.month;
      }
      let townshipIds: number[] | null = p.kind === 'user' && roleOf(p) !== 'county' ? p.townshipIds : null;
      if (q.township) {
        const t = await visibleRow(strapi, p, 'api::township.township', q.township);
        if (!t) notFound('乡镇不存在或不在您的管理范围内');
        townshipIds = [t!.id];
      }
      const rows = await withKnex(strapi, (knex) => servicesAssessment(strapi, knex, { year, month, townshipIds }, today));
      return { year, month: month ?? null, asOf: today, rows };
    }),
  };
};
