// The two steps of an approval case as server writes. Receipt (受理) or refusal (不予受理) is the
// case's creation (see document-middlewares/services-writes.ts, so /api and /ra obey alike);
// finishing (办结), returning (退件) and rating (满意度) are the actions here. Each runs the domain's
// state machine, writes the case, the township's monthly totals and the audit entry in one
// transaction, or refuses with a Chinese message and writes nothing.
import type { Core } from '@strapi/strapi';
import createError from 'http-errors';
import { withKnex } from '../db/knex';
import { writeAudit } from '../audit/write-audit';
import type { Principal } from '../scoping/principal';
import { forbid, mayDo, notFound, refuse, visibleRow } from '../meetings/access';
import { actorName } from '../points/ledger';
import { caseTransition, type ApprovalCase, type CaseStatus } from '../domain/services/approval-case';
import { addTotals, deltasOf, type TotalDeltas } from './tables';
import { CASE, workingCalendar } from './rules';

type Row = Record<string, any>;
export type CaseActionName = 'finish' | 'return' | 'rate';

export const iso = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString() : new Date(v as string).toISOString());
export const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** A stored case as the domain sees it (a refusal ended the case at its first step). */
export function toDomain(row: Row): ApprovalCase {
  return {
    status: row.status as CaseStatus,
    timeLimitDays: Number(row.timeLimitDays ?? 0),
    receivedAt: row.status === 'refused' ? null : iso(row.receivedAt),
    deadline: day(row.dueOn),
    closedAt: iso(row.finishedAt),
    handler: row.handler ?? null,
    reason: row.reason ?? null,
    onTime: row.onTime == null ? null : !!row.onTime,
    satisfaction: row.satisfaction ?? null,
  };
}

/** Which domain refusals are a state conflict (409) rather than bad input (400). */
const CONFLICTS = new Set(['case_ended', 'already_received', 'not_received', 'not_finished', 'already_rated']);

export function refuseOutcome(out: { code: string; message: string }): never {
  if (CONFLICTS.has(out.code)) throw createError(409, out.message, { details: { code: out.code } });
  refuse(out.message, { code: out.code });
}

/** `at` as a client sends it: an ISO instant, not in the future; absent means now. */
export function instantOf(v: unknown, now: Date, field: string): string {
  if (v == null || v === '') return now.toISOString();
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v)) || !/^\d{4}-\d{2}-\d{2}T/.test(v)) refuse('时间格式无效，应为 ISO 时间', { field });
  const ms = Date.parse(v as string);
  if (ms > now.getTime() + 60_000) refuse('办理时间不能晚于当前时间', { field });
  if (ms < Date.parse('2000-01-01T00:00:00Z')) refuse('办理时间无效', { field });
  return new Date(ms).toISOString();
}

function inputOf(action: CaseActionName, body: Row, now: Date) {
  if (body == null || typeof body !== 'object' || Array.isArray(body)) refuse('请求内容应为对象');
  if (action === 'rate') {
    const s = typeof body.satisfaction === 'string' && /^\d+$/.test(body.satisfaction) ? Number(body.satisfaction) : body.satisfaction;
    return { satisfaction: s };
  }
  if (body.reason != null && (typeof body.reason !== 'string' || body.reason.length > 500)) refuse('理由应为 500 字以内的文字', { field: 'reason' });
  if (body.handler != null && (typeof body.handler !== 'string' || body.handler.length > 50)) refuse('经办人应为 50 字以内的文字', { field: 'handler' });
  return { at: instantOf(body.at, now, 'at'), reason: body.reason ?? null, handler: body.handler?.trim() || null };
}

/** POST /api/services/cases/:id/finish | return | rate. */
export async function caseAction(strapi: Core.Strapi, p: Principal, documentId: string, action: CaseActionName, body: Row, now = new Date()) {
  const input = inputOf(action, body ?? {}, now);
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const row = await visibleRow(strapi, p, CASE, documentId, { township: true, item: true });
    if (!row) notFound('办件不存在或不在您的管理范围内');
    if (!mayDo(p, 'approval-cases', 'update')) forbid('无权办理办件');
    const before = toDomain(row!);
    const handler = 'handler' in input ? (input.handler ?? actorName(p).name) : undefined;
    const out = caseTransition(before, action, { ...input, handler }, workingCalendar());
    if (!out.ok) refuseOutcome(out);
    const c = (out as { value: ApprovalCase }).value;
    const data: Row = action === 'rate'
      ? { satisfaction: c.satisfaction }
      : { status: c.status, finishedAt: c.closedAt, onTime: c.onTime, reason: c.reason, handler: c.handler };
    // Claim the case in the state it was read in: a concurrent step finds it changed and writes nothing.
    const where: Row = { id: row!.id, status: row!.status };
    if (action === 'rate') where.satisfaction = { $null: true };
    const { count } = await strapi.db.query(CASE as any).updateMany({ where, data: { ...data, updatedAt: now } });
    if (!count) throw createError(409, '办件已被他人办理，请刷新后查看', { details: { code: 'case_conflict' } });
    const deltas: TotalDeltas = action === 'rate' ? deltasOf({ status: 'rated', satisfaction: c.satisfaction }) : deltasOf(c);
    delete deltas.cases; // the case was counted when received
    if (row!.township?.id && row!.month) await addTotals(knex, row!.township.id, row!.month, deltas);
    await writeAudit(strapi, p, {
      action: 'update', uid: CASE, recordId: row!.documentId, township: row!.township?.id ?? null, recordName: row!.code,
      before: action === 'rate' ? { satisfaction: null } : { status: row!.status },
      after: data,
    });
    return { id: row!.documentId, code: row!.code, ...data, dueOn: c.deadline };
  }));
}
