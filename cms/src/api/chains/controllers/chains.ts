// HTTP layer of the chains: county only. Verifying the points ledger stays at /api/points/verify.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf } from '../../../scoping/principal';
import { respond } from '../../../bridge/errors';
import { withKnex } from '../../../db/knex';
import { verifyDecisionChain } from '../../../decisions/chain';
import { chainHeads, checkDigest, DIGEST, digestFileOf, signNow, signedOf } from '../../../digests/digests';
import { parseDigestFile } from '../../../domain/chain/digest-file';
import { existingDigestKey } from '../../../digests/key-file';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const county = (fn: (ctx: any, p: any) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await principalOf(strapi);
      if (p.kind === 'admin' || (p.kind === 'user' && p.role !== 'county')) throw new errors.PolicyError('只有县委组织部可以核验链和签名摘要');
      const body = await fn(ctx, p);
      if (body !== undefined) ctx.body = body;
    });
  const digest = async (id: unknown) => {
    const row = typeof id === 'string' ? await strapi.db.query(DIGEST as any).findOne({ where: { documentId: id } }) : null;
    if (!row) throw new errors.NotFoundError('签名摘要不存在');
    return row;
  };

  return {
    verifyDecisions: county(() => withKnex(strapi, (knex) => verifyDecisionChain(strapi, knex))),

    heads: county(async () => {
      const heads = await withKnex(strapi, (knex) => chainHeads(strapi, knex));
      return { ...heads, keyId: existingDigestKey()?.keyId ?? null };
    }),

    sign: county(async (ctx, p) => {
      const row = await signNow(strapi, p, 'on_demand');
      ctx.status = 201;
      return { id: row.documentId, ...digestFileOf(row) };
    }),

    file: county(async (ctx) => {
      const row = await digest(ctx.params.id);
      const day = signedOf(row).at.slice(0, 10);
      ctx.set('Content-Disposition', `attachment; filename="digest-${day}-${row.documentId}.json"`);
      ctx.type = 'application/json';
      return JSON.stringify(digestFileOf(row), null, 2);
    }),

    check: county(async (ctx) => {
      const row = await digest(ctx.params.id);
      return withKnex(strapi, (knex) => checkDigest(strapi, knex, signedOf(row)));
    }),

    /** An earlier digest file the county kept (printed, exported): is it ours, and do the chains extend it? */
    checkFile: county(async (ctx) => {
      let file;
      try {
        file = parseDigestFile(typeof ctx.request.body === 'string' ? ctx.request.body : JSON.stringify(ctx.request.body ?? null));
      } catch (e: any) {
        throw new errors.ValidationError(e.message, { field: 'file' });
      }
      return withKnex(strapi, (knex) => checkDigest(strapi, knex, file));
    }),
  };
};
