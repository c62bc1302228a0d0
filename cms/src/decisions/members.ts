// The members a decision names, read within the caller's scope.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Principal } from '../scoping/principal';
import { readScope } from '../scoping/scope-filters';
import { MEMBER, type Row } from './records';

/**
 * Names of the members a record refers to, read within the caller's scope: a member the caller
 * cannot read is refused as if it did not exist (403, the same answer either way).
 */
export async function memberNames(strapi: Core.Strapi, p: Principal, documentIds: string[]): Promise<Record<string, string>> {
  if (!documentIds.length) return {};
  const model = strapi.getModel(MEMBER as any) as any;
  const scope = readScope(p, MEMBER, model);
  const where = { documentId: { $in: documentIds } };
  const rows: Row[] = await strapi.db.query(MEMBER as any).findMany({ where: scope ? { $and: [where, scope] } : where, select: ['documentId', 'name'] });
  const names = Object.fromEntries(rows.map((m) => [m.documentId, m.name]));
  const missing = documentIds.filter((d) => !(d in names));
  if (missing.length) throw new errors.PolicyError(`党员不存在或不在您的管理范围内：${missing.slice(0, 5).join('、')}`, { field: 'members', members: missing });
  return names;
}
