// Every create/update/delete runs in one transaction with its checks and its audit entry:
// the record must be in the caller's scope before (403 otherwise) and after the write (so nobody
// moves a record out of, or creates one outside, their scope); an update based on a stale version
// answers 409; and the audit log gets who/when/what with the changed fields. The audit log itself
// is written only here, below the document service, so no API can write, edit or delete it.
import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { principalOf } from '../scoping/principal';
import { scopeFilter } from '../scoping/scope-filters';
import { recordTownship } from '../scoping/record-township';
import { writeAudit } from '../audit/write-audit';
import { asValue, namedLinks } from '../audit/linked-names';
import { recordName } from '../audit/record-name';
import { forbidden } from './scoping';

const AUDIT = 'api::audit-log.audit-log';
const YEAR = 'api::points-year.points-year';
const WRITES = new Set(['create', 'update', 'delete']);
const NOT_AUDITED_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'check', 'createdBy', 'updatedBy']);

type Row = Record<string, any>;

/** The version the client based its edit on: the bridge passes the record's updatedAt, REST callers an If-Match header. */
function expectedVersion(strapi: Core.Strapi): string | null {
  const ctx: any = strapi.requestContext.get();
  if (!ctx) return null;
  if (ctx.state.expectedVersion) return String(ctx.state.expectedVersion);
  const header = ctx.get?.('if-match');
  return header ? header.replace(/^W\//, '').replace(/"/g, '') : null;
}

function sameInstant(a: unknown, b: unknown): boolean {
  const ta = new Date(a as any).getTime();
  const tb = new Date(b as any).getTime();
  return !Number.isNaN(ta) && ta === tb;
}

type LinkChanges = Map<string, { target: string; before: number[]; after: number[] }>;

/** Fields that really changed: scalars by value, relations and files from the link tables (named). */
async function changes(strapi: Core.Strapi, before: Row | null, after: Row | null, links: LinkChanges | undefined, attributes: Record<string, any>) {
  const b: Row = {};
  const a: Row = {};
  for (const [name, change] of links ?? []) {
    const attr = attributes[name];
    if (!attr || attr.private) continue;
    const many = attr.type === 'media' ? !!attr.multiple : !['oneToOne', 'manyToOne'].includes(attr.relation);
    const names = await namedLinks(strapi, change.target, [...change.before, ...change.after]);
    if (before) b[name] = asValue(change.before, names, many);
    if (after) a[name] = asValue(change.after, names, many);
  }
  for (const [name, attr] of Object.entries(attributes)) {
    if (NOT_AUDITED_FIELDS.has(name) || attr.private || attr.type === 'relation' || attr.type === 'media') continue;
    const bv = before?.[name] ?? null;
    const av = after?.[name] ?? null;
    if (JSON.stringify(bv) !== JSON.stringify(av)) {
      if (before) b[name] = bv;
      if (after) a[name] = av;
    }
  }
  return { before: before ? b : null, after: after ? a : null };
}

export function writeGuard(strapi: Core.Strapi) {
  const inScope = async (uid: string, documentId: string, scope: Row) =>
    (await strapi.db.query(uid as any).count({ where: { $and: [{ documentId }, scope] } })) > 0;

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (!ctx.uid.startsWith('api::') || !WRITES.has(ctx.action)) return next();
    const p = await principalOf(strapi);
    if (ctx.uid === AUDIT) forbidden('审计日志只读，任何人都不能修改或删除');
    if (ctx.uid === YEAR) forbidden('积分年度只能通过“封账”和“重新开账”操作改变');
    const model = strapi.getModel(ctx.uid as any) as any;
    const scope = p.kind === 'user' ? scopeFilter(p, ctx.uid, model.attributes) : null;

    return strapi.db.transaction(async () => {
      let before: Row | null = null;
      if (ctx.action !== 'create') {
        const documentId = ctx.params?.documentId;
        before = documentId ? await strapi.db.query(ctx.uid as any).findOne({ where: { documentId } }) : null;
        if (!before) return next(); // Strapi answers the missing document itself
        if (scope && !(await inScope(ctx.uid, documentId, scope))) forbidden('该记录不在您的管理范围内');
        const expected = ctx.action === 'update' ? expectedVersion(strapi) : null;
        if (expected && !sameInstant(expected, before.updatedAt)) {
          throw createError(409, '该记录已被他人修改，请重新加载后再编辑', {
            details: { code: 'stale_version', expected, current: new Date(before.updatedAt).toISOString() },
          });
        }
      }
      const beforeTownship = ctx.action === 'delete' && before ? await recordTownship(strapi, ctx.uid, before.id) : null;
      const result = await next();
      const recordId: string | null = result?.documentId ?? ctx.params?.documentId ?? null;
      if (scope && ctx.action !== 'delete' && recordId && !(await inScope(ctx.uid, recordId, scope))) {
        forbidden('不能在您的管理范围之外新建或移出记录');
      }
      const after = ctx.action === 'delete' ? null : result;
      // A deleted record's township had to be read before the delete; others are read now.
      const township = ctx.action === 'delete' ? beforeTownship : result?.id ? await recordTownship(strapi, ctx.uid, result.id) : null;
      const changed = await changes(strapi, before, after, (ctx as any).linkChanges, model.attributes);
      await writeAudit(strapi, p, { action: ctx.action as 'create' | 'update' | 'delete', uid: ctx.uid, recordId, recordName: recordName(after, before), ...changed, township });
      return result;
    });
  };
}
