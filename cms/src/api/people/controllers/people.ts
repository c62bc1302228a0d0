// GET /api/people/names?resource=points-entries&ids=["…"]: for each record (read through the
// document service, so only records in the caller's scope answer) the names of the users it names.
// Records keep a login name at the time of the write; this gives the person's name.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { respond } from '../../../bridge/errors';
import { principalOf } from '../../../scoping/principal';
import { can } from '../../../scoping/roles';

const USER = 'plugin::users-permissions.user';
/** resource → its content type and the fields holding user ids, with the name each answers under */
const PEOPLE_FIELDS: Record<string, { uid: string; fields: Record<string, string> }> = {
  'points-entries': { uid: 'api::points-entry.points-entry', fields: { proposerId: 'proposer', approverId: 'approver' } },
  'audit-logs': { uid: 'api::audit-log.audit-log', fields: { userId: 'user' } },
};
const MAX_IDS = 100;

const bad = (message: string, details: Record<string, unknown> = {}): never => {
  throw new errors.ValidationError(message, details);
};

function idsOf(raw: unknown): string[] {
  let ids: unknown;
  try {
    ids = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return bad('参数 ids 应为记录 id 的 JSON 列表', { param: 'ids' });
  }
  if (!Array.isArray(ids) || !ids.every((x) => typeof x === 'string')) return bad('参数 ids 应为记录 id 的 JSON 列表', { param: 'ids' });
  if (ids.length > MAX_IDS) bad(`一次最多查询 ${MAX_IDS} 条记录`, { param: 'ids' });
  return ids as string[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  names: respond(strapi, async (ctx: any) => {
    const p = await principalOf(strapi);
    if (p.kind !== 'user' || !p.role) throw new errors.ForbiddenError('无权执行此操作');
    const spec = PEOPLE_FIELDS[String(ctx.query.resource ?? '')];
    if (!spec) bad(`参数 resource 应为 ${Object.keys(PEOPLE_FIELDS).join(' 或 ')}`, { param: 'resource' });
    if (!can(p.role, String(ctx.query.resource), 'read')) throw new errors.ForbiddenError('无权执行此操作');
    const ids = idsOf(ctx.query.ids);
    const rows: Array<Record<string, any>> = ids.length
      ? await (strapi.documents(spec.uid as any) as any).findMany({ filters: { documentId: { $in: ids } }, limit: MAX_IDS })
      : [];
    const userIds = [...new Set(rows.flatMap((r) => Object.keys(spec.fields).map((f) => r[f])).filter((id): id is number => typeof id === 'number'))];
    const users: Array<{ id: number; fullName: string | null }> = userIds.length
      ? await strapi.db.query(USER).findMany({ where: { id: { $in: userIds } }, select: ['id', 'fullName'] })
      : [];
    const nameOf = new Map(users.map((u) => [u.id, u.fullName || null]));
    ctx.body = {
      data: Object.fromEntries(rows.map((r) => [r.documentId, Object.fromEntries(Object.entries(spec.fields).map(([f, key]) => [key, nameOf.get(r[f]) ?? null]))])),
    };
  }),
});
