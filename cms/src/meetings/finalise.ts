// Finalising a meeting (or a correction of one) in one transaction: the checks and the verdict,
// the kept compliance and attendance totals, and the points entries attendance posts. A correction
// is a new version: finalising it takes the old version's counts and points back (reversals and
// withdrawals, never edits) and puts the new ones in; the old version is kept, marked superseded.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import createError from 'http-errors';
import { withKnex } from '../db/knex';
import { tableOf } from '../db/link-tables';
import type { Principal } from '../scoping/principal';
import { writeAudit } from '../audit/write-audit';
import {
  attendanceDeltas, checkFinalise, checkMeetingRecord, chinaDay, isLate, periodKeyOf, planMeetingPoints, pointsRuleFor, tallyAttendance,
  type AttendanceRecord, type MeetingRule,
} from '../domain/meetings';
import { applyMeetingPoints, postedForSeries, type MemberPlace, type PointsOutcome } from '../points/meeting-entries';
import { actorName } from '../points/ledger';
import { forbid, refuse, writableMeeting } from './access';
import { contextOf, saveRecords, type AttendanceInput, type Context } from './attendance';
import { asDomainMembers, attendanceRows, dayOf, MEETING, memberNames, type AttendanceRow, type OrgFacts } from './due';
import { addToMany, MT } from './tables';

type Row = Record<string, any>;

export interface Counted {
  orgId: number;
  townshipId: number | null;
  kind: string;
  period: string;
  year: number;
  late: boolean;
  required: number;
  records: AttendanceRecord[];
}

/**
 * Adds (sign 1) or takes away (sign -1) one counted meeting in the kept totals: the organisation's
 * row for the period, the township's count of organisations that met the period, members' years.
 */
export async function applyCounted(knex: Knex, c: Counted, sign: 1 | -1): Promise<void> {
  const t = tallyAttendance(c.records);
  const key = { organisation_id: c.orgId, kind: c.kind, period: c.period };
  const before = Number((await knex(MT.orgPeriods).where(key).first('held'))?.held ?? 0);
  await addToMany(knex, MT.orgPeriods, ['organisation_id', 'kind', 'period'], [{
    ...key, year: c.year, township_id: c.townshipId, held: sign, late: c.late ? sign : 0, due: sign * t.due, present: sign * t.present, excused: sign * t.excused, absent: sign * t.absent,
  }], ['held', 'late', 'due', 'present', 'excused', 'absent']);
  const after = before + sign;
  const met = (after >= c.required ? 1 : 0) - (before >= c.required ? 1 : 0);
  if (c.townshipId != null) {
    await addToMany(knex, MT.townshipPeriods, ['township_id', 'kind', 'period'], [{
      township_id: c.townshipId, kind: c.kind, period: c.period, year: c.year, met, due: sign * t.due, present: sign * t.present,
    }], ['met', 'due', 'present']);
  }
  const deltas = sign === 1 ? attendanceDeltas([], c.records) : attendanceDeltas(c.records, []);
  await addToMany(knex, MT.memberYears, ['member_id', 'year'], deltas.members.map((d) => ({
    member_id: Number(d.memberId), year: c.year, due: d.due, present: d.present, excused: d.excused, absent: d.absent,
  })), ['due', 'present', 'excused', 'absent']);
}

export function countedOf(m: Row, org: Pick<OrgFacts, 'id' | 'townshipId'>, rule: MeetingRule, rows: AttendanceRow[], townshipId?: number | null): Counted {
  const heldOn = dayOf(m.heldOn);
  return {
    orgId: org.id, townshipId: townshipId !== undefined ? townshipId : org.townshipId, kind: m.kind, period: m.periodKey ?? periodKeyOf(rule.frequency.period, heldOn),
    year: Number(heldOn.slice(0, 4)), late: !!m.late, required: rule.frequency.count,
    records: rows.filter((r) => r.status).map((r) => ({ memberId: r.memberId, status: r.status! })),
  };
}

/** Every version of a meeting's series (ids), for the points it posted. */
async function seriesIds(strapi: Core.Strapi, knex: Knex, series: string): Promise<number[]> {
  return (await knex(tableOf(strapi, MEETING)).where('series', series).select('id')).map((r: Row) => Number(r.id));
}

export interface FinaliseResult {
  id: string;
  status: string;
  version: number;
  counted: boolean;
  late: boolean;
  verdict: Row;
  points: PointsOutcome;
}

/**
 * POST /api/meetings/:id/finalise, optionally with the last attendance records. Refused with
 * nothing written when a check has errors; a meeting without quorum is finalised but does not
 * count (no compliance, no points) and the verdict says why.
 */
export async function finaliseMeeting(strapi: Core.Strapi, p: Principal, documentId: string, body: { records?: AttendanceInput[] } = {}, now = new Date()): Promise<FinaliseResult> {
  if (body.records != null && (!Array.isArray(body.records) || body.records.length > 1000)) refuse('出勤记录 records 应为列表（最多 1000 条）', { field: 'records' });
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const meeting = await writableMeeting(strapi, p, documentId, { organisation: true, supersedes: true });
    if (meeting.status !== 'draft') forbid('会议已定稿，不可再次定稿或修改；如需更正，请提交更正（生成新版本）');
    // Claim the draft: a concurrent finalisation waits here and then finds it taken.
    const claimed = await knex(tableOf(strapi, MEETING)).where({ id: meeting.id, status: 'draft' }).update({ updated_at: now });
    if (!claimed) throw createError(409, '会议正在被他人定稿，请刷新后查看', { details: { code: 'finalise_conflict' } });

    const ctx: Context = await contextOf(strapi, knex, meeting);
    const { org, rule, ruleName } = ctx;
    const heldOn = dayOf(meeting.heldOn);
    const today = chinaDay(now);
    if (body.records?.length) await saveRecords(strapi, knex, p, ctx, body.records);
    // The list is the one taken when the meeting was logged (plus anyone the recorder added): with no
    // membership history, someone who joined since is not forced onto a meeting held before.
    const rows = await attendanceRows(strapi, knex, meeting.id);
    const names = await memberNames(strapi, knex, rows.map((r) => r.memberId));
    const members = asDomainMembers(rows, new Map([...names].map(([id, m]) => [id, m.name])), [], org);
    const records = rows.filter((r) => r.status).map((r) => ({ memberId: r.memberId, status: r.status!, reason: r.reason }));

    const full = meeting;
    const check = checkFinalise({ rule: { ...rule, name: ruleName }, org, members, records, heldOn, today });
    const record = checkMeetingRecord({ kind: meeting.kind, kindName: ruleName, theme: full.theme, openToResidents: full.openToResidents, residentCount: full.residentCount, outcome: full.outcome, residentIssues: full.residentIssues }, 'final');
    const previous: Row | null = meeting.supersedes ?? null;
    const problems = [...check.findings, ...record.findings].filter((f) => f.severity === 'error');
    if (previous && previous.status !== 'finalised') problems.push({ code: 'correction_stale', severity: 'error', message: '被更正的会议已有更新的版本，本更正不能定稿', params: {} });
    if (previous && !(meeting.correctionReason ?? '').trim()) problems.push({ code: 'correction_reason_missing', severity: 'error', message: '更正须填写原因', params: { field: 'correctionReason' } });
    if (problems.length) {
      refuse(problems.length === 1 ? problems[0].message : `会议不能定稿（${problems.length} 处问题）：${problems.slice(0, 3).map((f) => f.message).join('；')}${problems.length > 3 ? '……' : ''}`,
        { code: 'finalise_rejected', findings: problems });
    }

    const periodKey = periodKeyOf(rule.frequency.period, heldOn);
    // A correction keeps the original's timeliness: the record was kept on time or it was not.
    const late = previous ? !!previous.late : isLate(heldOn, today, rule.finaliseWithinDays);
    const counts = check.counts;
    if (previous?.counted) {
      // A correction keeps the organisation and kind; the totals it takes back are where they were put.
      const prevRows = await attendanceRows(strapi, knex, previous.id);
      const kept = await knex(MT.orgPeriods).where({ organisation_id: org.id, kind: previous.kind, period: previous.periodKey }).first('township_id');
      await applyCounted(knex, countedOf(previous, org, rule, prevRows, kept ? kept.township_id : org.townshipId), -1);
    }
    const current: Counted = { ...countedOf({ ...meeting, periodKey, late }, org, rule, rows), records };
    if (counts) await applyCounted(knex, current, 1);

    // Points: the plan over every entry any version of this meeting posted.
    const series = meeting.series ?? meeting.documentId;
    const posted = await postedForSeries(strapi, knex, await seriesIds(strapi, knex, series));
    const pointsRules = await strapi.db.query('api::points-rule.points-rule' as any).findMany({ select: ['code', 'active', 'trigger', 'meetingKind'] });
    const plan = planMeetingPoints(counts ? records : [], posted, pointsRuleFor(rule, pointsRules));
    const placeIds = [...new Set([...plan.post, ...plan.reverse.map((r) => r.memberId), ...plan.withdraw.map((r) => r.memberId)].map(Number))];
    const places = await memberNames(strapi, knex, placeIds);
    const placeMap = new Map<number, MemberPlace>([...places].map(([id, m]) => [id, { id, name: m.name, townshipId: m.townshipId, branchId: m.branchId }]));
    const points = await applyMeetingPoints(strapi, knex, p, { id: meeting.id, documentId: meeting.documentId, series, name: ruleName, heldOn, correctionReason: meeting.correctionReason }, plan, placeMap, posted, { now });

    const actor = actorName(p);
    const verdict = {
      ...check.verdict,
      findings: [...check.findings, ...record.findings],
      points: { rule: points.rule, posted: points.posted, approved: points.approved, reversed: points.reversed, withdrawn: points.withdrawn, capped: points.capped, declined: points.declined },
    };
    await strapi.db.query(MEETING as any).update({
      where: { id: meeting.id },
      data: { status: 'finalised', verdict, counted: counts, late, periodKey, finalisedAt: now, finalisedBy: actor.name, series, updatedAt: now },
    });
    await writeAudit(strapi, p, {
      action: 'update', uid: MEETING, recordId: meeting.documentId,
      before: { status: 'draft' }, after: { status: 'finalised', counted: counts, late, due: verdict.due, present: verdict.present, quorumMet: verdict.quorumMet },
      township: org.townshipId,
    });
    if (previous) {
      await knex(tableOf(strapi, MEETING)).where('id', previous.id).update({ status: 'superseded', updated_at: now });
      await writeAudit(strapi, p, {
        action: 'update', uid: MEETING, recordId: previous.documentId,
        before: { status: 'finalised' }, after: { status: 'superseded', correctedBy: meeting.documentId, reason: meeting.correctionReason }, township: org.townshipId,
      });
    }
    return { id: meeting.documentId, status: 'finalised', version: meeting.version ?? 1, counted: counts, late, verdict, points };
  }));
}
