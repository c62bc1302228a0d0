// GET /api/organisation-tree            → the tops of the caller's tree (the county's 13 committees;
//                                          a township's committee; a branch secretary's own branch)
// GET /api/organisation-tree?parent=<id> → that organisation's children
// Organisations are read through the document service, so the caller's scope applies (an
// organisation outside it is a 404, a member gets 403); the counts add up each subtree in SQL.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../../../bridge/errors';
import { withKnex } from '../../../db/knex';
import { principalOf } from '../../../scoping/principal';
import { treeCounts } from '../../../organisations/tree-counts';

const ORG = 'api::party-organisation.party-organisation';
const MAX_CHILDREN = 1000;
const SORT = [{ code: 'asc' }, { name: 'asc' }];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = () => strapi.documents(ORG as any) as any;

  const tops = async (): Promise<any[]> => {
    const p = await principalOf(strapi);
    if (p.kind !== 'user' || !p.role) throw new errors.ForbiddenError('无权执行此操作');
    // A branch secretary's tree starts at their own organisation, whose parent they cannot see.
    if (p.role === 'branch') return p.organisationIds.length ? docs().findMany({ filters: { id: p.organisationIds[0] } }) : [];
    return docs().findMany({ filters: { parent: { id: { $null: true } } }, sort: SORT, limit: MAX_CHILDREN });
  };

  const childrenOf = async (parentId: unknown): Promise<any[]> => {
    if (typeof parentId !== 'string' || !parentId) throw new errors.ValidationError('参数 parent 应为党组织 id', { param: 'parent' });
    const parent = await docs().findOne({ documentId: parentId });
    if (!parent) throw new errors.NotFoundError('党组织不存在或不在您的管理范围内');
    return docs().findMany({ filters: { parent: { documentId: parentId } }, sort: SORT, limit: MAX_CHILDREN });
  };

  return {
    children: respond(strapi, async (ctx: any) => {
      const rows = ctx.query.parent === undefined ? await tops() : await childrenOf(ctx.query.parent);
      const counts = await withKnex(strapi, (knex) => treeCounts(strapi, knex, rows.map((r) => ({ id: r.id, level: r.level }))));
      ctx.body = {
        data: rows.map((r) => ({
          id: r.documentId,
          name: r.name,
          code: r.code ?? null,
          level: r.level,
          category: r.category ?? null,
          ...counts.get(r.id)!,
          check: r.check ? { ok: r.check.ok, findings: r.check.findings } : null,
        })),
      };
    }),
  };
};
