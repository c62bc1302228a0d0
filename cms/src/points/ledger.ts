// Ledger writes that are more than a plain create: approving and rejecting proposals, reversing an
// approved entry, and bulk awards. Each runs in one transaction with its totals, chain and audit.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import createError from 'http-errors';
import { withKnex } from '../db/knex';
import { documentId as newDocumentId } from '../db/document-id';
import { linkTable } from '../db/link-tables';
import type { Principal } from '../scoping/principal';
import { scopeFilter } from '../scoping/scope-filters';
import { writeAudit } from '../audit/write-audit';
import { asOperation } from '../audit/operation';
import { checkCap, applyFloor } from '../domain/points/caps';
import { parseDay, periodKey, type PeriodKind } from '../domain/points/periods';
import { chainHead, lockChain, seal } from './chain';
import { refuseIfClosed } from './closed-years';
import { addTo, T } from './tables';

export const ENTRY = 'api::points-entry.points-entry';

/** Set while `reverse` creates its entry: `reverses` may be set by nothing else, on any API. */
const reversing = new AsyncLocalStorage<boolean>();
export const isReversal = (): boolean => reversing.getStore() === true;
const RANK: Record<string, number> = { branch: 1, township: 2, county: 3 };

export type Row = Record<string, any>;
export type UserPrincipal = Extract<Principal, { kind: 'user' }> | Extract<Principal, { kind: 'system' }>;

export const refuse = (message: string, details: Record<string, unknown> = {}): never => {
  throw new errors.ValidationError(message, details);
};
const forbid = (message: string): never => {
  throw new errors.PolicyError(message);
};

/** An entry as the audit log names it: whose points, and why. */
const entryName = (e: Row): string => (e.member?.name ? `${e.member.name}：${e.reason}` : e.organisation?.name ? `${e.organisation.name}：${e.reason}` : e.reason);

export function actorName(p: Principal): { id: number | null; name: string } {
  if (p.kind === 'system') return { id: null, name: 'system' };
  return { id: p.userId ?? null, name: p.username };
}

/** May this caller approve entries of a rule that needs `approver`? County > township > branch. */
export function canApprove(p: Principal, approver: string): boolean {
  if (p.kind !== 'user') return true;
  return !!p.role && p.role !== 'member' && RANK[p.role] >= RANK[approver];
}

/** An entry with what approval needs: its rule, member (with branch and township) and organisation. */
export async function loadEntry(strapi: Core.Strapi, where: Row): Promise<Row | null> {
  return strapi.db.query(ENTRY).findOne({
    where,
    populate: { rule: true, member: { populate: { partyOrganisation: true, township: true } }, organisation: { populate: { township: true } }, township: true, reverses: true },
  });
}

export async function inScope(strapi: Core.Strapi, p: Principal, entryId: number): Promise<boolean> {
  if (p.kind !== 'user') return true;
  const scope = scopeFilter(p, ENTRY, (strapi.getModel(ENTRY as any) as any).attributes);
  if (!scope) return true;
  return (await strapi.db.query(ENTRY).count({ where: { $and: [{ id: entryId }, scope] } })) > 0;
}

/** The cap period key and the ledger month of an entry's day. */
export function periodsOf(rule: Row, occurredOn: string) {
  const { year, month } = parseDay(occurredOn);
  return { capPeriod: periodKey(rule.capPeriod as PeriodKind, occurredOn), year, month };
}

/** Keeps the per-rule usage (for caps) current as proposals come and go. */
export async function addUsage(knex: Knex, memberId: number | null, ruleId: number, period: string, deltas: { approved_tenths?: number; pending_tenths?: number }) {
  if (!memberId) return;
  await addTo(knex, T.rulePeriods, { member_id: memberId, rule_id: ruleId, period }, { approved_tenths: 0, pending_tenths: 0, ...deltas });
}

export async function usage(knex: Knex, memberId: number, ruleId: number, period: string): Promise<{ approved: number; pending: number }> {
  const row = await knex(T.rulePeriods).where({ member_id: memberId, rule_id: ruleId, period }).first('approved_tenths', 'pending_tenths');
  return { approved: Number(row?.approved_tenths ?? 0), pending: Number(row?.pending_tenths ?? 0) };
}

/** Adds an approved amount to the member's (or branch's) year and month totals. */
async function addApproved(knex: Knex, e: Row, tenths: number, year: number, month: number) {
  const category = e.rule.category;
  if (e.member) {
    await addTo(knex, T.memberYears, { member_id: e.member.id, year }, {
      total_tenths: tenths, base_tenths: category === 'base' || category === 'deduction' ? tenths : 0,
    }, { township_id: e.member.township?.id ?? null, branch_id: e.member.partyOrganisation?.id ?? null });
    await addTo(knex, T.memberMonths, { member_id: e.member.id, year, month }, { total_tenths: tenths });
  } else if (e.organisation) {
    await addTo(knex, T.branchYears, { branch_id: e.organisation.id, year }, { own_tenths: tenths }, { township_id: e.organisation.township?.id ?? null });
  }
}

export interface Decision {
  id: string;
  status: 'approved' | 'rejected';
  pointsTenths?: number;
  seq?: number;
  note?: string;
}

/**
 * Approves or rejects pending entries, all or nothing. Approval re-checks the cap against what is
 * approved, applies a floor, seals the entry onto the chain and adds it to the totals.
 */
export async function decide(strapi: Core.Strapi, p: UserPrincipal, ids: string[], decision: 'approve' | 'reject', note = ''): Promise<Decision[]> {
  if (!Array.isArray(ids) || !ids.length || ids.length > 1000 || !ids.every((id) => typeof id === 'string')) {
    refuse('请提供 1–1000 条积分记录的 id', { field: 'ids' });
  }
  const actor = actorName(p);
  return strapi.db.transaction(async () =>
    withKnex(strapi, async (knex) => {
      if (decision === 'approve') await lockChain(knex);
      let head = decision === 'approve' ? await chainHead(knex) : null;
      const out: Decision[] = [];
      for (const id of ids) {
        const e = await loadEntry(strapi, { documentId: id });
        if (!e || !(await inScope(strapi, p, e.id))) throw new errors.NotFoundError(`积分记录 ${id} 不存在或不在您的管理范围内`);
        if (e.status !== 'pending') refuse(`积分记录“${e.reason}”已${e.status === 'approved' ? '审批通过' : '驳回'}，不能再次审批`, { id });
        if (!canApprove(p, e.rule.approver)) forbid(`“${e.rule.name}”须由${{ branch: '支部', township: '乡镇', county: '县委组织部' }[e.rule.approver as string]}审批`);
        const day = typeof e.occurredOn === 'string' ? e.occurredOn : new Date(e.occurredOn).toISOString().slice(0, 10);
        await refuseIfClosed(knex, day, `积分记录“${e.reason}”`);
        const { capPeriod, year, month } = periodsOf(e.rule, day);
        const now = new Date();
        const memberId = e.member?.id ?? null;
        await addUsage(knex, memberId, e.rule.id, capPeriod, { pending_tenths: -e.pointsTenths });
        if (decision === 'reject') {
          await strapi.db.query(ENTRY).update({ where: { id: e.id }, data: { status: 'rejected', approverId: actor.id, approverName: actor.name, decidedAt: now, decisionNote: note } });
          await writeAudit(strapi, p, {
            action: 'update', operation: 'reject', uid: ENTRY, recordId: id, recordName: entryName(e),
            before: { status: 'pending' }, after: { status: 'rejected', decisionNote: note }, township: e.township?.id ?? null,
          });
          out.push({ id, status: 'rejected', note });
          continue;
        }
        let points = e.pointsTenths;
        let reason = e.reason;
        if (memberId && !e.rule.outsideCap && !e.reverses) {
          const used = await usage(knex, memberId, e.rule.id, capPeriod);
          const cap = checkCap(e.rule.capTenths, used.approved, points, `“${e.rule.name}”`);
          if (!cap.ok) refuse(`${e.member.name}：${cap.message}`, { id, remaining: cap.remaining });
        }
        if (memberId && e.rule.floorAtZero) {
          const current = await knex(T.memberYears).where({ member_id: memberId, year }).first('base_tenths');
          const floored = applyFloor(Number(current?.base_tenths ?? 0), points, true);
          if (floored !== points) {
            reason = `${reason}（基础分扣至 0 为止）`;
            points = floored;
          }
        }
        const sealed = seal({
          documentId: e.documentId, memberId, organisationId: e.organisation?.id ?? null, ruleId: e.rule.id, pointsTenths: points,
          occurredOn: day, reason, reversesId: e.reverses?.id ?? null, approvedAt: now.toISOString(), approverId: actor.id,
        }, head!);
        head = sealed.head;
        await strapi.db.query(ENTRY).update({
          where: { id: e.id },
          data: { status: 'approved', pointsTenths: points, reason, approverId: actor.id, approverName: actor.name, decidedAt: now, decisionNote: note, ...sealed.fields },
        });
        await addUsage(knex, memberId, e.rule.id, capPeriod, { approved_tenths: points });
        await addApproved(knex, e, points, year, month);
        await writeAudit(strapi, p, {
          action: 'update', operation: 'approve', uid: ENTRY, recordId: id, recordName: entryName(e), before: { status: 'pending', pointsTenths: e.pointsTenths },
          after: { status: 'approved', pointsTenths: points, seq: sealed.fields.seq, hash: sealed.fields.hash }, township: e.township?.id ?? null,
        });
        out.push({ id, status: 'approved', pointsTenths: points, seq: sealed.fields.seq });
      }
      return out;
    }),
  );
}

/** A correction: a new pending entry that takes back an approved one, with its own reason (checked in ledger-rules). */
export async function reverse(strapi: Core.Strapi, p: UserPrincipal, id: string, reason: string): Promise<Row> {
  if (typeof reason !== 'string' || !reason.trim()) refuse('冲正必须填写原因', { field: 'reason' });
  const e = await loadEntry(strapi, { documentId: id });
  if (!e || !(await inScope(strapi, p, e.id))) throw new errors.NotFoundError('积分记录不存在或不在您的管理范围内');
  // Same day as the original, so the correction lands in the same period's totals.
  const day = typeof e.occurredOn === 'string' ? e.occurredOn : new Date(e.occurredOn).toISOString().slice(0, 10);
  await withKnex(strapi, (knex) => refuseIfClosed(knex, day, '该积分记录'));
  return reversing.run(true, () => asOperation('reverse', () => strapi.documents(ENTRY as any).create({
    data: {
      member: e.member?.documentId ?? null, organisation: e.organisation?.documentId ?? null, rule: e.rule.documentId,
      pointsTenths: -e.pointsTenths, reason: `冲正：${reason.trim()}（原记录：${e.reason}）`, occurredOn: day, reverses: e.documentId,
    } as any,
  })));
}

export interface BulkRequest {
  rule: string;
  members: string[];
  reason: string;
  occurredOn: string;
  idempotencyKey: string;
}

export interface BulkResult {
  created: number;
  approved: number;
  entries: string[];
  replayed?: boolean;
}

/**
 * One rule for many members in one request: every member is checked first (scope, cap) and any
 * problem is reported per member with nothing written; then all entries are written in one
 * transaction, approved at once when the caller may approve the rule. The idempotency key makes a
 * retried request return the first answer instead of awarding twice.
 */
export async function bulkAward(strapi: Core.Strapi, p: UserPrincipal, req: BulkRequest): Promise<BulkResult> {
  if (typeof req?.idempotencyKey !== 'string' || !/^[\w.:-]{8,80}$/.test(req.idempotencyKey)) refuse('缺少或无效的幂等键 idempotencyKey（8–80 个字母数字）', { field: 'idempotencyKey' });
  if (!Array.isArray(req.members) || !req.members.length || req.members.length > 5000 || !req.members.every((m) => typeof m === 'string')) {
    refuse('请选择 1–5000 名党员', { field: 'members' });
  }
  if (new Set(req.members).size !== req.members.length) refuse('党员名单有重复', { field: 'members' });
  if (typeof req.reason !== 'string' || !req.reason.trim()) refuse('请填写加分事由', { field: 'reason' });
  if (typeof req.occurredOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(req.occurredOn) || Number.isNaN(Date.parse(req.occurredOn))) refuse('日期格式应为 YYYY-MM-DD', { field: 'occurredOn' });

  const actor = actorName(p);
  /** A key answers only the caller who first sent it; anyone else learns nothing from it. */
  const replay = (row: any): BulkResult => {
    const same = actor.id != null ? Number(row.user_id) === actor.id : row.user_id == null && row.username === actor.name;
    if (!same) throw createError(409, '该幂等键已被其他用户使用，请换一个', { details: { code: 'idempotency_key_taken' } });
    return { ...JSON.parse(row.response), replayed: true };
  };
  try {
    return await award(strapi, p, req, actor, replay);
  } catch (error) {
    // The same key sent twice at once (two processes, or a double click): the second insert of the
    // key fails when the first commits, and what the first wrote is the answer.
    if (!isUniqueViolation(error)) throw error;
    const row = await withKnex(strapi, (knex) => knex(T.bulkRequests).where({ idempotency_key: req.idempotencyKey }).first());
    if (!row) throw error;
    return replay(row);
  }
}

function isUniqueViolation(error: any): boolean {
  return error?.code === '23505' || /UNIQUE constraint failed|SQLITE_CONSTRAINT_PRIMARYKEY/.test(String(error?.code ?? '') + String(error?.message ?? ''));
}

async function award(strapi: Core.Strapi, p: UserPrincipal, req: BulkRequest, actor: { id: number | null; name: string }, replay: (row: any) => BulkResult): Promise<BulkResult> {
  return strapi.db.transaction(async () =>
    withKnex(strapi, async (knex) => {
      const done = await knex(T.bulkRequests).where({ idempotency_key: req.idempotencyKey }).first();
      if (done) return replay(done);
      await refuseIfClosed(knex, req.occurredOn, '批量加分');
      // The key is taken first: the same key arriving meanwhile waits here for this one to commit.
      await knex(T.bulkRequests).insert({ idempotency_key: req.idempotencyKey, user_id: actor.id, username: actor.name, response: '{}', created_at: new Date() });

      const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { documentId: req.rule } });
      if (!rule) refuse('积分规则不存在', { field: 'rule' });
      if (!rule.active) refuse(`积分规则“${rule.name}”已停用`, { field: 'rule' });
      if (rule.target !== 'member') refuse(`“${rule.name}”是支部积分规则，不能给党员批量加分`, { field: 'rule' });
      if (rule.evidenceRequired) refuse(`“${rule.name}”需要逐条上传凭证，不能批量加分`, { field: 'rule' });

      // Every member, checked before anything is written.
      const found: Row[] = await strapi.db.query('api::member.member').findMany({
        where: { documentId: { $in: req.members } }, populate: { township: true, partyOrganisation: true },
      });
      const byDoc = new Map(found.map((m) => [m.documentId, m]));
      const scope = p.kind === 'user' ? scopeFilter(p, 'api::member.member', (strapi.getModel('api::member.member' as any) as any).attributes) : null;
      const visible = scope
        ? new Set((await strapi.db.query('api::member.member').findMany({ where: { $and: [{ documentId: { $in: req.members } }, scope] }, select: ['id'] })).map((m: Row) => m.id))
        : null;
      const { capPeriod, year, month } = periodsOf(rule, req.occurredOn);
      const used = new Map<number, { approved: number; pending: number }>();
      if (rule.capTenths != null && !rule.outsideCap) {
        const rows = await knex(T.rulePeriods).whereIn('member_id', found.map((m) => m.id)).andWhere({ rule_id: rule.id, period: capPeriod });
        for (const r of rows) used.set(r.member_id, { approved: Number(r.approved_tenths), pending: Number(r.pending_tenths) });
      }
      const problems: Array<{ member: string; name?: string; message: string }> = [];
      for (const docId of req.members) {
        const m = byDoc.get(docId);
        if (!m || (visible && !visible.has(m.id))) {
          problems.push({ member: docId, message: '党员不存在或不在您的管理范围内' });
          continue;
        }
        if (rule.capTenths != null && !rule.outsideCap) {
          const u = used.get(m.id) ?? { approved: 0, pending: 0 };
          const cap = checkCap(rule.capTenths, u.approved + u.pending, rule.pointsTenths, `“${rule.name}”`);
          if (!cap.ok) problems.push({ member: docId, name: m.name, message: `${m.name}：${cap.message}` });
        }
      }
      if (problems.length) {
        throw new errors.ValidationError(`${problems.length} 名党员不能加分，未写入任何记录`, { code: 'bulk_rejected', problems });
      }

      const approve = canApprove(p, rule.approver);
      const now = new Date();
      if (approve) await lockChain(knex);
      let head = approve ? await chainHead(knex) : null;
      const reason = req.reason.trim();
      const rows = req.members.map((docId) => {
        const m = byDoc.get(docId)!;
        const docIdNew = newDocumentId();
        const base: Row = {
          documentId: docIdNew, pointsTenths: rule.pointsTenths, reason, occurredOn: req.occurredOn, period: `${year}-${String(month).padStart(2, '0')}`,
          status: approve ? 'approved' : 'pending', proposerId: actor.id, proposerName: actor.name, idempotencyKey: req.idempotencyKey,
          memberRef: m.id, ruleRef: rule.id,
          createdAt: now, updatedAt: now, publishedAt: now,
        };
        if (approve) {
          const sealed = seal({
            documentId: docIdNew, memberId: m.id, organisationId: null, ruleId: rule.id, pointsTenths: rule.pointsTenths, occurredOn: req.occurredOn,
            reason, reversesId: null, approvedAt: now.toISOString(), approverId: actor.id,
          }, head!);
          head = sealed.head;
          Object.assign(base, sealed.fields, { approverId: actor.id, approverName: actor.name, decidedAt: now });
        }
        return { row: base, member: m };
      });
      const ids: number[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const res = await strapi.db.query(ENTRY).createMany({ data: rows.slice(i, i + 500).map((r) => r.row) });
        ids.push(...res.ids.map(Number));
      }
      await insertLinks(strapi, knex, ids, rows.map((r) => ({ member: r.member.id, rule: rule.id, township: r.member.township?.id ?? null })));
      // Totals: one upsert per member (bulk gives each member one entry).
      for (const { member } of rows) {
        if (approve) {
          await addUsage(knex, member.id, rule.id, capPeriod, { approved_tenths: rule.pointsTenths });
          await addApproved(knex, { member, rule }, rule.pointsTenths, year, month);
        } else {
          await addUsage(knex, member.id, rule.id, capPeriod, { pending_tenths: rule.pointsTenths });
        }
      }
      const result: BulkResult = { created: rows.length, approved: approve ? rows.length : 0, entries: rows.map((r) => r.row.documentId) };
      await writeAudit(strapi, p, {
        action: 'create', operation: 'bulk_award', uid: ENTRY, recordId: null, recordName: `${rule.name} × ${rows.length}`, before: null,
        after: { rule: { id: rule.documentId, name: rule.name }, members: rows.length, status: approve ? 'approved' : 'pending', idempotencyKey: req.idempotencyKey, reason },
        township: p.kind === 'user' && p.role === 'township' ? p.townshipIds[0] ?? null : null,
      });
      await knex(T.bulkRequests).where({ idempotency_key: req.idempotencyKey }).update({ response: JSON.stringify(result) });
      return result;
    }),
  );
}

/** Link rows for entries written below the document service (bulk and seed). */
export async function insertLinks(strapi: Core.Strapi, knex: Knex, entryIds: number[], links: Array<{ member: number | null; rule: number; township: number | null }>) {
  for (const attr of ['member', 'rule', 'township'] as const) {
    const l = linkTable(strapi, ENTRY, attr);
    const rows = entryIds.map((id, i) => ({ [l.owner]: id, [l.target]: links[i][attr] })).filter((r) => r[l.target] != null);
    for (let i = 0; i < rows.length; i += 500) await knex(l.table).insert(rows.slice(i, i + 500));
  }
}
