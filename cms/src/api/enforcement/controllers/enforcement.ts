// HTTP layer of the enforcement actions: who is calling and whether they may, then the document
// service (which checks the step order, the fine's band and the scope, in one audited transaction).
// Errors answer { message, details } with their status, never a 500 for bad input.
import type { Core } from '@strapi/strapi';
import { respond } from '../../../bridge/errors';
import { caller, forbid, mayDo, notFound, refuse, visibleRow } from '../../../meetings/access';
import { CASE, enforcementRules, TEAM } from '../../../enforcement/rules';

type Ctx = any;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/enforcement-cases/:id/advance { step?, on?, fineYuan? }: the next step (or the one named, which must be next). */
  advance: respond(strapi, async (ctx: Ctx) => {
    const p = await caller(strapi);
    const row = await visibleRow(strapi, p, CASE, ctx.params.id);
    if (!row) notFound('执法案件不存在或不在您的管理范围内');
    if (!mayDo(p, 'enforcement-cases', 'update')) forbid('无权办理执法案件');
    const body = ctx.request.body ?? {};
    if (typeof body !== 'object' || Array.isArray(body)) refuse('请求格式有误');
    const steps = enforcementRules().caseSteps;
    const done = steps.findIndex((s) => s.code === row!.step);
    const step = body.step ?? steps[done + 1]?.code;
    if (!step) refuse('案件已结案，不能再增加环节', { code: 'case_closed' });
    if (typeof step !== 'string') refuse('环节 step 应为文字', { field: 'step' });
    // Naming a step already done is a mistake here (a plain update sending the record back is not).
    const index = steps.findIndex((s) => s.code === step);
    if (index >= 0 && index <= done) refuse(`“${steps[index].label}”环节已完成`, { field: 'step', code: 'step_done' });
    if (body.on != null && (typeof body.on !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.on))) refuse('办理日期 on 应为 YYYY-MM-DD', { field: 'on' });
    const data: Record<string, unknown> = { step };
    if (body.on) data[`${step}On`] = body.on;
    if ('fineYuan' in body) data.fineYuan = body.fineYuan;
    const updated = await strapi.documents(CASE as any).update({ documentId: row!.documentId, data } as any);
    ctx.body = { data: updated };
  }),

  /** GET /api/enforcement-reports/staffing: every team the caller sees with its kept check, short teams first. */
  staffing: respond(strapi, async (ctx: Ctx) => {
    const p = await caller(strapi);
    if (!mayDo(p, 'enforcement-teams', 'read')) forbid('无权查看执法队伍');
    const teams = await strapi.documents(TEAM as any).findMany({ populate: { township: { fields: ['name', 'code'] } }, sort: ['staffingOk:asc', 'name:asc'], limit: 100 } as any);
    const rules = enforcementRules().team;
    ctx.body = {
      standard: { minOfficers: rules.minOfficers, auxiliariesPerOfficer: rules.auxiliariesPerOfficer },
      teams: teams.map((t: any) => ({
        id: t.documentId, name: t.name, township: t.township?.name ?? null, certifiedOfficers: t.certifiedOfficers, auxiliaries: t.auxiliaries,
        staffingOk: t.staffingOk, findings: t.findings ?? [],
      })),
    };
  }),
});
