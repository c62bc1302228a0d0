import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../../../bridge/errors';
import { principalOf } from '../../../scoping/principal';
import { dashboard } from '../../../dashboard/dashboard';

/** This year in China, or ?year=YYYY. */
function yearOf(raw: unknown): number {
  if (raw == null || raw === '') return new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const y = Number(raw);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) throw new errors.ValidationError('年份应为 2000–2100 之间的整数', { field: 'year', code: 'invalid_year' });
  return y;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  show: respond(strapi, async (ctx) => {
    for (const key of Object.keys(ctx.query)) {
      if (key !== 'year') throw new errors.ValidationError(`未知的查询参数：${key}`, { field: key, code: 'unknown_param' });
    }
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await dashboard(strapi, await principalOf(strapi), yearOf(ctx.query.year));
  }),
});
