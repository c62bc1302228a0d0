// POST /api/prints/<roster|ledger|township>/<documentId>[?year=] → the sheet to print with a new
// verification code (a POST: each print is recorded); GET /api/prints/verify/<code> → whether that
// printout still matches the records. Both read through the document service, in the caller's scope.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../../../bridge/errors';
import { principalOf } from '../../../scoping/principal';
import { PRINT_KINDS, printSheet, verifyPrint, type PrintKind } from '../../../prints/records';

const thisYear = () => new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  print: respond(strapi, async (ctx) => {
    const kind = ctx.params.kind as PrintKind;
    if (!PRINT_KINDS.includes(kind)) throw new errors.NotFoundError('没有这种台账：可打印 roster（花名册）、ledger（积分台账）、township（组织和网格台账）');
    const p = await principalOf(strapi);
    if (p.kind === 'user' && !p.role) throw new errors.PolicyError('无权打印');
    const params: Record<string, string> = {};
    if (kind === 'ledger') {
      const year = ctx.query.year == null || ctx.query.year === '' ? thisYear() : Number(ctx.query.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new errors.ValidationError('年份应为 2000–2100 之间的整数', { field: 'year', code: 'invalid_year' });
      params.year = String(year);
    }
    ctx.status = 201;
    ctx.body = await printSheet(strapi, p, kind, ctx.params.id, params);
  }),

  verify: respond(strapi, async (ctx) => {
    const p = await principalOf(strapi);
    if (p.kind === 'user' && !p.role) throw new errors.PolicyError('请先登录');
    ctx.body = await verifyPrint(strapi, p, ctx.params.code);
  }),
});
