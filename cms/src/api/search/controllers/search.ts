// GET /api/search?q=…: the first few members (by name or code), party organisations and grids that
// match, with how many match in all. Each group is read through the document service, so the
// caller's scope narrows it (another township's rows never match); groups the caller may not read
// come back empty rather than refused.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../../../bridge/errors';
import { principalOf } from '../../../scoping/principal';
import { can, type RoleType } from '../../../scoping/roles';

const LIMIT = 6;
const MAX_QUERY = 50;

type Row = Record<string, any>;

interface Group {
  resource: string;
  uid: string;
  fields: string[];
  populate?: (role: RoleType) => Record<string, unknown> | undefined;
  item: (r: Row) => Row;
}

const GROUPS: Record<string, Group> = {
  members: {
    resource: 'members',
    uid: 'api::member.member',
    fields: ['name', 'code', 'status'],
    populate: (role) => (can(role, 'party-organisations', 'read') ? { partyOrganisation: { fields: ['name'] } } : undefined),
    item: (r) => ({ id: r.documentId, name: r.name, code: r.code ?? null, status: r.status, branch: r.partyOrganisation?.name ?? null }),
  },
  organisations: {
    resource: 'party-organisations',
    uid: 'api::party-organisation.party-organisation',
    fields: ['name', 'code', 'level'],
    item: (r) => ({ id: r.documentId, name: r.name, code: r.code ?? null, level: r.level }),
  },
  grids: {
    resource: 'grids',
    uid: 'api::grid.grid',
    fields: ['name', 'code', 'kind'],
    item: (r) => ({ id: r.documentId, name: r.name, code: r.code, kind: r.kind }),
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: respond(strapi, async (ctx: any) => {
    const p = await principalOf(strapi);
    if (p.kind !== 'user' || !p.role) throw new errors.ForbiddenError('无权执行此操作');
    const role = p.role;
    const q = typeof ctx.query.q === 'string' ? ctx.query.q.trim() : '';
    if (!q) throw new errors.ValidationError('请输入要搜索的姓名、名称或编号', { param: 'q' });
    if (q.length > MAX_QUERY) throw new errors.ValidationError(`搜索内容最多 ${MAX_QUERY} 个字`, { param: 'q' });
    const filters = { $or: [{ name: { $containsi: q } }, { code: { $startsWithi: q } }] };
    const body: Record<string, { total: number; items: Row[] }> = {};
    for (const [key, g] of Object.entries(GROUPS)) {
      if (!can(role, g.resource, 'read')) {
        body[key] = { total: 0, items: [] };
        continue;
      }
      const docs = strapi.documents(g.uid as any) as any;
      const [rows, total] = await Promise.all([
        docs.findMany({ filters, fields: g.fields, populate: g.populate?.(role), sort: [{ name: 'asc' }], limit: LIMIT }),
        docs.count({ filters }),
      ]);
      body[key] = { total, items: rows.map(g.item) };
    }
    ctx.body = { query: q, ...body };
  }),
});
