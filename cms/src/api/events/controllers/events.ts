// HTTP layer of command and dispatch: who is calling, then the service; errors answer
// { message, details } with their status (never a 500 for bad input).
import type { Core } from '@strapi/strapi';
import { callerHandler } from '../../../meetings/access';
import { act, report, type ActionName } from '../../../events/transitions';
import { assessment, board, visits } from '../../../events/reports';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = callerHandler(strapi);
  // Server-Timing carries the action's own time (once the caller is known), for the benchmark and the browser's devtools.
  const action = (name: ActionName) => handle(async (ctx, p) => {
    const t0 = performance.now();
    const parts: Record<string, number> = {};
    const res = await act(strapi, p, ctx.params.id, name, ctx.request.body ?? {}, new Date(), parts);
    const total = performance.now() - t0;
    ctx.set('Server-Timing', [`action;dur=${total.toFixed(1)}`, ...Object.entries(parts).map(([k, v]) => `${k};dur=${v.toFixed(1)}`)].join(', '));
    return res;
  });
  return {
    report: handle(async (ctx, p) => {
      const res = await report(strapi, p, ctx.request.body ?? {});
      ctx.status = 201;
      return res;
    }),
    dispatch: action('dispatch'),
    escalate: action('escalate'),
    countyAssign: action('county-assign'),
    finish: action('finish'),
    giveBack: action('return'),
    close: action('close'),
    board: handle(async (ctx, p) => board(strapi, p, ctx.query)),
    assessment: handle(async (ctx, p) => assessment(strapi, p, ctx.query)),
    visits: handle(async (ctx, p) => visits(strapi, p, ctx.query)),
  };
};
