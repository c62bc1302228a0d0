// HTTP layer of the 最佳主题党日 workflow.
import type { Core } from '@strapi/strapi';
import { respond } from '../../../bridge/errors';
import type { Principal } from '../../../scoping/principal';
import { caller } from '../../../meetings/access';
import { judgeCandidates, judgingSheet, moveRound, roundOverview, submitScores } from '../../../meetings/theme-days';

type Ctx = any;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: Ctx, p: Principal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      ctx.body = await fn(ctx, await caller(strapi));
    });
  return {
    judges: handle((_ctx, p) => judgeCandidates(strapi, p)),
    overview: handle((ctx, p) => roundOverview(strapi, p, ctx.params.id)),
    open: handle((ctx, p) => moveRound(strapi, p, ctx.params.id, 'open')),
    startJudging: handle((ctx, p) => moveRound(strapi, p, ctx.params.id, 'start_judging')),
    publish: handle((ctx, p) => moveRound(strapi, p, ctx.params.id, 'publish')),
    sheet: handle((ctx, p) => judgingSheet(strapi, p, ctx.params.id)),
    scores: handle((ctx, p) => submitScores(strapi, p, ctx.params.id, ctx.request.body)),
  };
};
