// Relation writes are scope writes too. For every relation or media field a create/update touches:
// - each record it names must be one the caller may read (else 403, nothing written), checked before
//   the write so nothing is learnt about records out of scope;
// - what really changed is read from the link tables before and after the write (so no input form
//   can slip past), and every record linked or unlinked must have been readable;
// - when the field's other side is one of the target's scope anchors (an office's township, an
//   organisation's parent, a grid's organisations), the target changes owner: the caller needs write
//   rights on it, it must stay in scope, and the change is audited on the target's side too;
// - the records that bound the caller's own scope (a branch's own organisation) keep their anchors.
// It runs inside the write guard's transaction, so a refusal rolls the whole write back.
import type { Core } from '@strapi/strapi';
import { principalOf, type Principal } from '../scoping/principal';
import { can } from '../scoping/roles';
import { anchorsOf } from '../scoping/scope-filters';
import { relationRefs } from '../scoping/relation-input';
import { recordTownship } from '../scoping/record-township';
import { isLinkAttribute, linkedIds } from '../db/relation-links';
import { withKnex } from '../db/knex';
import { readableFiles } from '../files/access';
import { writeAudit } from '../audit/write-audit';
import { asValue, namedLinks } from '../audit/linked-names';
import { recordName } from '../audit/record-name';
import { forbidden, readableIds } from './scoping';
import { errors } from '@strapi/utils';

const FILE = 'plugin::upload.file';
type UserPrincipal = Extract<Principal, { kind: 'user' }>;

interface Plan {
  name: string;
  attr: any;
  target: string;
  before: number[];
  /** targets known readable before the write (named by the request, or linked already) */
  readable: Set<number>;
  /** for a field whose other side holds the link (mappedBy): each target's owners before the write */
  ownersBefore?: Map<number, number[]>;
}

const diff = (a: number[], b: number[]) => a.filter((x) => !b.includes(x));
const isToOne = (attr: any) => attr.type === 'relation' ? ['oneToOne', 'manyToOne'].includes(attr.relation) : !attr.multiple;

/** The record that bounds the caller's own scope, whose anchors are not theirs to change. */
function ownRoot(p: UserPrincipal, uid: string): number | null {
  if (p.role === 'branch' && uid === 'api::party-organisation.party-organisation') return p.organisationIds[0] ?? null;
  if (p.role === 'member' && uid === 'api::member.member') return p.memberId;
  if (p.role === 'township' && uid === 'api::township.township') return p.townshipIds[0] ?? null;
  return null;
}

export function relationGuard(strapi: Core.Strapi) {
  const model = (uid: string) => strapi.getModel(uid as any) as any;
  const label = (uid: string, name: string) => `${model(uid).info?.displayName ?? uid}.${name}`;

  /** Ids among `ids` of `uid` the caller may read now. */
  const readableNow = (p: UserPrincipal, uid: string, ids: number[]): Promise<Set<number>> =>
    uid === FILE ? readableFiles(strapi, p, ids) : readableIds(strapi, p, uid, ids);

  /** Resolves the records a field's value names; any that do not exist or cannot be read refuse the write. */
  const namedTargets = async (p: UserPrincipal, uid: string, name: string, target: string, value: unknown): Promise<number[]> => {
    const refs = relationRefs(value, name);
    if (!refs.ids.size && !refs.documentIds.size) return [];
    const where = { $or: [{ id: { $in: [...refs.ids] } }, { documentId: { $in: [...refs.documentIds] } }] };
    const rows = await strapi.db.query(target as any).findMany({ where, select: ['id', 'documentId'] });
    const found = new Set(rows.flatMap((r: any) => [Number(r.id), r.documentId]));
    const missing = [...refs.ids, ...refs.documentIds].filter((r) => !found.has(r as any));
    const ids = rows.map((r: any) => Number(r.id));
    const readable = p.role === 'county' ? new Set(ids) : await readableNow(p, target, ids);
    if (missing.length || ids.some((id: number) => !readable.has(id))) {
      if (p.role === 'county') throw new errors.ValidationError(`关联记录不存在（${label(uid, name)}）`, { field: name, code: 'relation_not_found' });
      forbidden(`关联记录不存在或不在您的管理范围内（${label(uid, name)}）`);
    }
    return ids;
  };

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (!ctx.uid.startsWith('api::') || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = ctx.params?.data;
    if (!data || typeof data !== 'object') return next();
    const p = await principalOf(strapi);
    // Strapi's own admin and the system are unscoped: their changes are only recorded, for the audit.
    const checking = p.kind === 'user';
    const { attributes } = model(ctx.uid);
    const anchors = anchorsOf(ctx.uid, attributes);
    // The fields the request names, and the anchors (which other rules may derive during the write).
    const fields = [...new Set([...Object.keys(data), ...anchors])].filter((n) => isLinkAttribute(attributes[n]));
    if (!fields.length) return next();
    const scoped = checking && p.role !== 'county';

    const existing = ctx.action === 'update' ? await strapi.db.query(ctx.uid as any).findOne({ where: { documentId: ctx.params.documentId }, select: ['id'] }) : null;
    if (ctx.action === 'update' && !existing) return next();
    const recordId: number | null = existing ? Number(existing.id) : null;

    const plans: Plan[] = [];
    await withKnex(strapi, async (knex) => {
      for (const name of fields) {
        const attr = attributes[name];
        const target = attr.type === 'media' ? FILE : attr.target;
        const before = recordId ? (await linkedIds(strapi, knex, ctx.uid, name, [recordId])).get(recordId) ?? [] : [];
        const readableBefore = scoped ? await readableNow(p as UserPrincipal, target, before) : new Set(before);
        // A to-one the caller cannot see reads as empty (the panel sends it back so): that keeps it.
        if (name in data && (data[name] === null || data[name] === '') && isToOne(attr) && before.some((t) => !readableBefore.has(t))) delete data[name];
        const named = checking && name in data ? await namedTargets(p as UserPrincipal, ctx.uid, name, target, data[name]) : [];
        const readable = new Set([...named, ...readableBefore]);
        const plan: Plan = { name, attr, target, before, readable };
        if (attr.mappedBy) plan.ownersBefore = await linkedIds(strapi, knex, target, attr.mappedBy, [...new Set([...named, ...before])]);
        plans.push(plan);
      }
    });

    const result = await next();
    const id = Number(result?.id ?? recordId);
    if (!id) return result;
    const root = scoped ? ownRoot(p as UserPrincipal, ctx.uid) : null;
    // What changed, for the write guard's audit entry (it reads names for these ids).
    const changes = new Map<string, { target: string; before: number[]; after: number[] }>();
    (ctx as any).linkChanges = changes;

    await withKnex(strapi, async (knex) => {
      for (const plan of plans) {
        const after = (await linkedIds(strapi, knex, ctx.uid, plan.name, [id])).get(id) ?? [];
        const added = diff(after, plan.before);
        const removed = diff(plan.before, after);
        const changed = [...added, ...removed];
        if (!changed.length) continue;
        changes.set(plan.name, { target: plan.target, before: plan.before, after });
        if (root === id && anchors.includes(plan.name)) forbidden(`不能修改界定您管理范围的字段（${label(ctx.uid, plan.name)}）`);
        if (scoped) {
          // Targets no request named (derived by a write rule) are checked as they stand now.
          const unknown = changed.filter((t) => !plan.readable.has(t));
          const nowReadable = await readableNow(p as UserPrincipal, plan.target, unknown);
          if (unknown.some((t) => !nowReadable.has(t))) forbidden(`关联记录不在您的管理范围内（${label(ctx.uid, plan.name)}）`);
        }
        const inverse = plan.attr.inversedBy ?? plan.attr.mappedBy;
        const targetModel = plan.target === FILE ? null : model(plan.target);
        const ownerChange = !!(inverse && targetModel && anchorsOf(plan.target, targetModel.attributes).includes(inverse));
        if (scoped && ownerChange) {
          if (!can((p as UserPrincipal).role!, targetModel.info.pluralName, 'update')) forbidden(`无权修改${targetModel.info.displayName}的归属（${label(ctx.uid, plan.name)}）`);
          const targetRoot = ownRoot(p as UserPrincipal, plan.target);
          if (targetRoot != null && changed.includes(targetRoot)) forbidden(`不能修改界定您管理范围的记录（${label(ctx.uid, plan.name)}）`);
          const stillIn = await readableNow(p as UserPrincipal, plan.target, changed);
          if (changed.some((t) => !stillIn.has(t))) forbidden(`不能把记录移出您的管理范围（${label(ctx.uid, plan.name)}）`);
        }
        if (plan.attr.mappedBy && targetModel) await auditOtherSide(p, plan, changed, knex);
      }
    });
    return result;
  };

  /** A field whose other side holds the link changed that side's records: each gets its own entry. */
  async function auditOtherSide(p: Principal, plan: Plan, changed: number[], knex: any) {
    const field = plan.attr.mappedBy as string;
    const ownerAttr = model(plan.target).attributes[field];
    const many = !['oneToOne', 'manyToOne'].includes(ownerAttr.relation);
    const ownersAfter = await linkedIds(strapi, knex, plan.target, field, changed);
    const ownerIds = changed.flatMap((t) => [...(plan.ownersBefore?.get(t) ?? []), ...(ownersAfter.get(t) ?? [])]);
    const names = await namedLinks(strapi, ownerAttr.target, ownerIds);
    const rows = await strapi.db.query(plan.target as any).findMany({ where: { id: { $in: changed } } });
    for (const row of rows) {
      const t = Number(row.id);
      await writeAudit(strapi, p, {
        action: 'update', uid: plan.target, recordId: row.documentId, recordName: recordName(row),
        before: { [field]: asValue(plan.ownersBefore?.get(t) ?? [], names, many) }, after: { [field]: asValue(ownersAfter.get(t) ?? [], names, many) },
        township: await recordTownship(strapi, plan.target, t),
      });
    }
  }
}
