// What a finalised (or corrected) meeting does to the ledger: one entry per present member through
// the meeting rule's points rule, reversals of approved entries and withdrawals of pending ones
// when a correction takes attendance back. Written in bulk inside the caller's transaction, with
// the same rules as any proposal: caps (a member at the cap gets no entry), the rule's approver
// decides pending or approved (approved ones are sealed on the chain), totals kept alongside.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { documentId as newDocumentId } from '../db/document-id';
import { linkTable } from '../db/link-tables';
import type { Principal } from '../scoping/principal';
import { writeAudit } from '../audit/write-audit';
import { periodKey, parseDay, type PeriodKind } from '../domain/points/periods';
import type { PointsPlan, PostedEntry } from '../domain/meetings';
import { chainHead, lockChain, seal } from './chain';
import { actorName, canApprove, ENTRY, insertLinks } from './ledger';
import { T } from './tables';
import { addToMany } from '../meetings/tables';

type Row = Record<string, any>;

export interface MeetingRef {
  id: number;
  documentId: string;
  /** documentId of the meeting's first version: entries of every version count together */
  series: string;
  /** kind name, as reasons show it */
  name: string;
  heldOn: string;
  correctionReason?: string | null;
}

export interface MemberPlace {
  id: number;
  name: string;
  townshipId: number | null;
  branchId: number | null;
}

export interface PointsOutcome {
  rule: string | null;
  posted: number;
  approved: number;
  reversed: number;
  withdrawn: number;
  /** present members who got no entry because the rule's cap for the period is reached */
  capped: Array<{ memberId: number; name: string; remainingTenths: number }>;
  /** present members whose entry for this meeting an approver rejected earlier */
  declined: number;
}

const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : new Date(v as any).toISOString().slice(0, 10));

/** Every entry posted for any version of the meeting, originals and reversals. */
export async function postedForSeries(strapi: Core.Strapi, knex: Knex, meetingIds: number[]): Promise<PostedEntry[]> {
  if (!meetingIds.length) return [];
  const l = linkTable(strapi, ENTRY, 'meeting');
  const rows = await knex('points_entries as e').join(`${l.table} as l`, `l.${l.owner}`, 'e.id').whereIn(`l.${l.target}`, meetingIds)
    .select('e.id', 'e.status', 'e.member_ref as memberId', 'e.reverses_ref as reversesId').orderBy('e.id');
  return rows.map((r: Row) => ({ id: Number(r.id), memberId: Number(r.memberId), status: r.status, reversesId: r.reversesId == null ? null : Number(r.reversesId) }));
}

/** Kept totals for approved amounts (members' year and month) and cap usage, in batches. */
async function addTotals(knex: Knex, rule: Row, items: Array<{ member: MemberPlace; tenths: number; on: string; approved: boolean }>) {
  const usage = new Map<string, Row>();
  const years = new Map<string, Row>();
  const months = new Map<string, Row>();
  const base = rule.category === 'base' || rule.category === 'deduction';
  for (const { member, tenths, on, approved } of items) {
    const cap = periodKey(rule.capPeriod as PeriodKind, on);
    const uk = `${member.id}/${cap}`;
    const u = usage.get(uk) ?? { member_id: member.id, rule_id: rule.id, period: cap, approved_tenths: 0, pending_tenths: 0 };
    u[approved ? 'approved_tenths' : 'pending_tenths'] += tenths;
    usage.set(uk, u);
    if (!approved) continue;
    const { year, month } = parseDay(on);
    const yk = `${member.id}/${year}`;
    const y = years.get(yk) ?? { member_id: member.id, year, township_id: member.townshipId, branch_id: member.branchId, total_tenths: 0, base_tenths: 0 };
    y.total_tenths += tenths;
    if (base) y.base_tenths += tenths;
    years.set(yk, y);
    const mk = `${yk}/${month}`;
    const m = months.get(mk) ?? { member_id: member.id, year, month, total_tenths: 0 };
    m.total_tenths += tenths;
    months.set(mk, m);
  }
  await addToMany(knex, T.rulePeriods, ['member_id', 'rule_id', 'period'], [...usage.values()], ['approved_tenths', 'pending_tenths']);
  await addToMany(knex, T.memberYears, ['member_id', 'year'], [...years.values()], ['total_tenths', 'base_tenths']);
  await addToMany(knex, T.memberMonths, ['member_id', 'year', 'month'], [...months.values()], ['total_tenths']);
}

/**
 * Applies a meeting's points plan (domain planMeetingPoints) inside the running transaction.
 * `members` must hold every member the plan names. Returns what was done, for the meeting's verdict.
 */
export async function applyMeetingPoints(
  strapi: Core.Strapi, knex: Knex, p: Principal, meeting: MeetingRef, plan: PointsPlan, members: Map<number, MemberPlace>,
  posted: readonly PostedEntry[], options: { now?: Date; audit?: boolean } = {},
): Promise<PointsOutcome> {
  const out: PointsOutcome = { rule: plan.ruleCode, posted: 0, approved: 0, reversed: 0, withdrawn: 0, capped: [], declined: plan.declined.length };
  if (!plan.post.length && !plan.reverse.length && !plan.withdraw.length) return out;
  const now = options.now ?? new Date();
  const actor = actorName(p);
  const audit = options.audit !== false;
  const township = (id: number) => members.get(id)?.townshipId ?? null;

  // Take back first, so caps see what the correction frees.
  const backIds = [...plan.reverse, ...plan.withdraw].map((x) => Number(x.entryId));
  const originals: Row[] = backIds.length
    ? await strapi.db.query(ENTRY as any).findMany({ where: { id: { $in: backIds } }, populate: { rule: true } })
    : [];
  const byId = new Map(originals.map((e) => [Number(e.id), e]));

  if (plan.withdraw.length) {
    const ids = plan.withdraw.map((w) => Number(w.entryId));
    await knex('points_entries').whereIn('id', ids).andWhere('status', 'pending')
      .update({ status: 'rejected', approver_id: actor.id, approver_name: actor.name, decided_at: now, decision_note: '考勤更正：撤回待审批的参会积分', updated_at: now });
    for (const w of plan.withdraw) {
      const e = byId.get(Number(w.entryId))!;
      await addTotals(knex, e.rule, [{ member: members.get(Number(w.memberId))!, tenths: -e.pointsTenths, on: day(e.occurredOn), approved: false }]);
    }
    out.withdrawn = ids.length;
    if (audit) {
      await writeAudit(strapi, p, { action: 'update', uid: ENTRY, recordId: null, before: { status: 'pending', entries: ids.length },
        after: { status: 'rejected', meeting: meeting.documentId, reason: '考勤更正：撤回' }, township: township(Number(plan.withdraw[0].memberId)) });
    }
  }

  let rule: Row | null = null;
  if (plan.ruleCode) rule = await strapi.db.query('api::points-rule.points-rule' as any).findOne({ where: { code: plan.ruleCode } });
  if (rule && ((rule.effectiveFrom && meeting.heldOn < day(rule.effectiveFrom)) || (rule.effectiveTo && meeting.heldOn > day(rule.effectiveTo)))) rule = null;

  // Reversals are entries of the original's rule; new entries of the meeting rule's points rule.
  const reversalRule = originals.find((e) => plan.reverse.some((r) => Number(r.entryId) === Number(e.id)))?.rule ?? null;
  const approveReversals = reversalRule ? canApprove(p, reversalRule.approver) : false;
  const approveNew = rule ? canApprove(p, rule.approver) : false;
  if (approveReversals || approveNew) await lockChain(knex);
  let head = approveReversals || approveNew ? await chainHead(knex) : null;

  type Draft = { row: Row; member: MemberPlace; rule: Row; reverses: number | null; approved: boolean };
  const drafts: Draft[] = [];
  const entry = (member: MemberPlace, r: Row, tenths: number, on: string, reason: string, approved: boolean, reverses: number | null, key: string | null): Draft => {
    const doc = newDocumentId();
    const row: Row = {
      documentId: doc, pointsTenths: tenths, reason, occurredOn: on, period: on.slice(0, 7), status: approved ? 'approved' : 'pending',
      proposerId: actor.id, proposerName: actor.name, idempotencyKey: key, memberRef: member.id, ruleRef: r.id, reversesRef: reverses,
      createdAt: now, updatedAt: now, publishedAt: now,
    };
    if (approved) {
      const sealed = seal({ documentId: doc, memberId: member.id, organisationId: null, ruleId: r.id, pointsTenths: tenths, occurredOn: on, reason,
        reversesId: reverses, approvedAt: now.toISOString(), approverId: actor.id }, head!);
      head = sealed.head;
      Object.assign(row, sealed.fields, { approverId: actor.id, approverName: actor.name, decidedAt: now });
    }
    return { row, member, rule: r, reverses, approved };
  };

  for (const r of plan.reverse) {
    const e = byId.get(Number(r.entryId));
    if (!e) continue;
    const member = members.get(Number(r.memberId))!;
    const why = meeting.correctionReason ? `${meeting.name}（${meeting.heldOn}）考勤更正：${meeting.correctionReason}` : `${meeting.name}（${meeting.heldOn}）考勤更正`;
    drafts.push(entry(member, e.rule, -e.pointsTenths, day(e.occurredOn), `冲正：${why}（原记录：${e.reason}）`.slice(0, 500), approveReversals, Number(e.id), null));
  }
  const reversals = drafts.length;

  if (rule && plan.post.length) {
    const cap = periodKey(rule.capPeriod as PeriodKind, meeting.heldOn);
    const used = new Map<number, number>();
    if (rule.capTenths != null && !rule.outsideCap) {
      const ids = plan.post.map(Number);
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await knex(T.rulePeriods).whereIn('member_id', ids.slice(i, i + 500)).andWhere({ rule_id: rule.id, period: cap });
        for (const u of rows) used.set(Number(u.member_id), Number(u.approved_tenths) + Number(u.pending_tenths));
      }
    }
    // The key counts the member's originals for this meeting (every version), so a re-post after a
    // take-back gets a new one and a retry of the same post collides with the unique index.
    const counts = new Map<number, number>();
    for (const e of posted) if (e.reversesId == null) counts.set(Number(e.memberId), (counts.get(Number(e.memberId)) ?? 0) + 1);
    for (const id of plan.post.map(Number)) {
      const member = members.get(id)!;
      if (rule.capTenths != null && !rule.outsideCap && (used.get(id) ?? 0) + rule.pointsTenths > rule.capTenths) {
        out.capped.push({ memberId: id, name: member.name, remainingTenths: Math.max(0, rule.capTenths - (used.get(id) ?? 0)) });
        continue;
      }
      const n = (counts.get(id) ?? 0) + 1;
      drafts.push(entry(member, rule, rule.pointsTenths, meeting.heldOn, `参加${meeting.name}（${meeting.heldOn}）`, approveNew, null, `meeting:${meeting.series}:${id}:${n}`));
    }
  }
  if (!drafts.length) return out;

  const ids: number[] = [];
  for (let i = 0; i < drafts.length; i += 500) {
    const res = await strapi.db.query(ENTRY as any).createMany({ data: drafts.slice(i, i + 500).map((d) => d.row) });
    ids.push(...res.ids.map(Number));
  }
  await insertLinks(strapi, knex, ids, drafts.map((d) => ({ member: d.member.id, rule: d.rule.id, township: d.member.townshipId })));
  const ml = linkTable(strapi, ENTRY, 'meeting');
  const rl = linkTable(strapi, ENTRY, 'reverses');
  const meetingLinks = ids.map((id) => ({ [ml.owner]: id, [ml.target]: meeting.id }));
  for (let i = 0; i < meetingLinks.length; i += 500) await knex(ml.table).insert(meetingLinks.slice(i, i + 500));
  const reverseLinks = drafts.map((d, i) => (d.reverses == null ? null : { [rl.owner]: ids[i], [rl.target]: d.reverses })).filter(Boolean) as Row[];
  for (let i = 0; i < reverseLinks.length; i += 500) await knex(rl.table).insert(reverseLinks.slice(i, i + 500));

  for (const group of groupByRule(drafts)) {
    await addTotals(knex, group.rule, group.items.map((d) => ({ member: d.member, tenths: d.row.pointsTenths, on: d.row.occurredOn, approved: d.approved })));
  }
  out.reversed = reversals;
  out.posted = drafts.length - reversals;
  out.approved = drafts.slice(reversals).filter((d) => d.approved).length;
  if (audit) {
    await writeAudit(strapi, p, {
      action: 'create', uid: ENTRY, recordId: null, before: null,
      after: { meeting: meeting.documentId, rule: plan.ruleCode, posted: out.posted, approved: out.approved, reversed: out.reversed, capped: out.capped.length },
      township: drafts[0].member.townshipId,
    });
  }
  return out;
}

function groupByRule<T extends { rule: Row }>(items: T[]): Array<{ rule: Row; items: T[] }> {
  const map = new Map<number, { rule: Row; items: T[] }>();
  for (const d of items) {
    if (!map.has(d.rule.id)) map.set(d.rule.id, { rule: d.rule, items: [] });
    map.get(d.rule.id)!.items.push(d);
  }
  return [...map.values()];
}
