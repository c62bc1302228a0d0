// Attendance of a draft: read the list of who is due, and save any part of it in one request
// (up to 1,000 members), checked against the organisation first, all or nothing.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../db/knex';
import { tableOf } from '../db/link-tables';
import type { Principal } from '../scoping/principal';
import { scopeFilter } from '../scoping/scope-filters';
import { writeAudit } from '../audit/write-audit';
import { checkAttendance, chinaDay, dueAttendees, type MeetingRule } from '../domain/meetings';
import { forbid, notFound, refuse, visibleRow, writableMeeting } from './access';
import { asDomainMembers, ATTENDANCE, attendanceRows, candidates, dayOf, insertAttendance, MEETING, memberNames, organisationFacts, type AttendanceRow, type OrgFacts } from './due';
import { ruleOf } from './rules';

type Row = Record<string, any>;
export const MAX_ATTENDANCE = 1000;
const STATUSES = new Set(['present', 'excused', 'absent']);

export interface AttendanceInput {
  member: string;
  status: string;
  reason?: string | null;
}

export interface Context {
  meeting: Row;
  org: OrgFacts;
  rule: MeetingRule;
  ruleName: string;
}

/** The meeting's organisation and rule, or a 400 naming what is missing. */
export async function contextOf(strapi: Core.Strapi, knex: Knex, meeting: Row): Promise<Context> {
  const orgId = meeting.organisation?.id;
  const org = orgId ? await organisationFacts(strapi, knex, orgId) : null;
  if (!org) refuse('会议未指定党组织', { field: 'organisation' });
  const found = await ruleOf(strapi, meeting.kind);
  if (!found) refuse(`会议类型“${meeting.kind}”不存在`, { field: 'kind', code: 'unknown_kind' });
  if (!found!.row.active) refuse(`会议类型“${found!.row.name}”已停用`, { field: 'kind', code: 'kind_inactive' });
  return { meeting, org: org!, rule: found!.rule, ruleName: found!.row.name };
}

const readOnly = (m: Row) => forbid(m.status === 'draft' ? '无权修改' : '会议已定稿，出勤不可修改；如需更正，请提交更正（生成新版本）');

/** Checks the shape of a request's records; the domain checks their content. */
function parseRecords(body: unknown): AttendanceInput[] {
  const records = (body as any)?.records;
  if (!Array.isArray(records) || !records.length) refuse('请提交出勤记录 records（至少一条）', { field: 'records' });
  if (records.length > MAX_ATTENDANCE) refuse(`一次最多提交 ${MAX_ATTENDANCE} 条出勤记录`, { field: 'records' });
  records.forEach((r: any, i: number) => {
    if (!r || typeof r !== 'object' || typeof r.member !== 'string' || !r.member) refuse(`第 ${i + 1} 条出勤记录缺少党员 member`, { field: 'records', index: i });
    if (typeof r.status !== 'string') refuse(`第 ${i + 1} 条出勤记录缺少出勤情况 status`, { field: 'records', index: i });
    if (r.reason != null && (typeof r.reason !== 'string' || r.reason.length > 200)) refuse(`第 ${i + 1} 条出勤记录的请假事由应为 200 字以内的文字`, { field: 'records', index: i });
  });
  return records;
}

/** The list as the secretary sees it: everyone due (those due now but not yet listed too, for a draft). */
export async function attendanceView(strapi: Core.Strapi, p: Principal, documentId: string) {
  const meeting = await visibleRow(strapi, p, MEETING, documentId, { organisation: true, township: true });
  if (!meeting) notFound('会议不存在或不在您的管理范围内');
  return withKnex(strapi, async (knex) => {
    const { org, rule, ruleName } = await contextOf(strapi, knex, meeting!);
    const rows = await attendanceRows(strapi, knex, meeting.id);
    const listed = new Set(rows.map((r) => r.memberId));
    const extra = meeting.status === 'draft'
      ? dueAttendees(rule.attendees, org, await candidates(strapi, knex, org, rule.attendees), dayOf(meeting.heldOn)).filter((m) => !listed.has(Number(m.id)))
      : [];
    const all: Array<AttendanceRow & { added?: boolean }> = [
      ...rows,
      ...extra.map((m) => ({ id: 0, memberId: Number(m.id), status: null, reason: null, memberStatus: m.statusOn, committee: !!m.isCommittee, added: true })),
    ];
    const names = await memberNames(strapi, knex, all.map((r) => r.memberId));
    const counts = { due: all.length, present: 0, excused: 0, absent: 0, unrecorded: 0 };
    for (const r of all) counts[r.status ?? 'unrecorded']++;
    return {
      meeting: { id: meeting.documentId, kind: meeting.kind, kindName: ruleName, status: meeting.status, heldOn: dayOf(meeting.heldOn), topic: meeting.topic, organisation: { id: org.documentId, name: org.name } },
      attendees: rule.attendees,
      counts,
      records: all.map((r) => {
        const m = names.get(r.memberId);
        return { member: m?.documentId ?? null, name: m?.name ?? '', code: m?.code ?? null, memberStatus: r.memberStatus, committee: r.committee, status: r.status, reason: r.reason, added: !!(r as any).added };
      }),
    };
  });
}

/**
 * Saves records of a draft inside the running transaction: every record is checked first (member
 * due at this meeting, once, a known status, a reason when excused); any problem refuses them all.
 */
export async function saveRecords(strapi: Core.Strapi, knex: Knex, p: Principal, ctx: Context, input: AttendanceInput[]): Promise<number> {
  const { meeting, org, rule, ruleName } = ctx;
  const heldOn = dayOf(meeting.heldOn);
  const rows = await attendanceRows(strapi, knex, meeting.id);
  const others = await candidates(strapi, knex, org, rule.attendees);
  // Members the caller may not read are named by their id only, so a refusal reveals nothing.
  const docs = [...new Set(input.map((r) => r.member))];
  // Attendance is not part of the meeting record: saving it does not change the meeting's version.
  const memberModel = strapi.getModel('api::member.member' as any) as any;
  const scope = p.kind === 'user' ? scopeFilter(p, 'api::member.member', memberModel.attributes) : null;
  const found: Row[] = [];
  for (let i = 0; i < docs.length; i += 500) {
    const where = { documentId: { $in: docs.slice(i, i + 500) } };
    found.push(...await strapi.db.query('api::member.member' as any).findMany({ where: scope ? { $and: [where, scope] } : where, select: ['id', 'documentId', 'name'] }));
  }
  const byDoc = new Map(found.map((m) => [m.documentId, m]));
  const names = await memberNames(strapi, knex, [...new Set([...rows.map((r) => r.memberId), ...found.map((m) => Number(m.id))])]);
  const nameMap = new Map([...names].map(([id, m]) => [id, m.name as string]));
  const members = asDomainMembers(rows, nameMap, others, org);
  const records = input.map((r) => {
    const m = byDoc.get(r.member);
    return { memberId: m ? Number(m.id) : `?${r.member}`, name: m?.name ?? `党员（编号 ${r.member}）`, status: r.status, reason: r.reason ?? null };
  });
  const check = checkAttendance({ rule: { name: ruleName, attendees: rule.attendees }, org, members, records, heldOn, today: chinaDay(new Date()), stage: 'draft' });
  const errors = check.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    refuse(errors.length === 1 ? errors[0].message : `${errors.length} 条出勤记录有误，未保存：${errors.slice(0, 3).map((f) => f.message).join('；')}${errors.length > 3 ? '……' : ''}`,
      { code: 'attendance_rejected', problems: errors });
  }

  const byMember = new Map(rows.map((r) => [r.memberId, r]));
  const due = new Map(dueAttendees(rule.attendees, org, members, heldOn).map((m) => [Number(m.id), m]));
  const updates: Array<{ row: AttendanceRow; status: string; reason: string | null }> = [];
  const inserts: Array<{ memberId: number; memberStatus: string | null; committee: boolean; status: string; reason: string | null }> = [];
  for (const r of records) {
    const id = Number(r.memberId);
    const reason = r.status === 'excused' ? String(r.reason).trim() : null;
    const row = byMember.get(id);
    if (row) {
      if (row.status !== r.status || (row.reason ?? null) !== reason) updates.push({ row, status: r.status, reason });
    } else {
      const d = due.get(id)!;
      inserts.push({ memberId: id, memberStatus: d.statusOn, committee: !!d.isCommittee, status: r.status, reason });
    }
  }
  const table = tableOf(strapi, ATTENDANCE);
  const now = new Date();
  for (let i = 0; i < updates.length; i += 200) {
    const chunk = updates.slice(i, i + 200);
    const ids = chunk.map((u) => u.row.id);
    const when = (pick: (u: (typeof chunk)[number]) => unknown) => knex.raw(`CASE id ${chunk.map(() => 'WHEN ? THEN ?').join(' ')} END`, chunk.flatMap((u) => [u.row.id, pick(u)]));
    await knex(table).whereIn('id', ids).update({ status: when((u) => u.status), reason: when((u) => u.reason), updated_at: now });
  }
  await insertAttendance(strapi, knex, meeting.id, org, inserts);
  const changed = updates.length + inserts.length;
  if (changed) {
    const label = (id: number) => names.get(id)?.name ?? String(id);
    await writeAudit(strapi, p, {
      action: 'update', uid: ATTENDANCE, recordId: meeting.documentId,
      before: { attendance: updates.map((u) => ({ member: label(u.row.memberId), status: u.row.status, reason: u.row.reason })) },
      after: { attendance: [...updates.map((u) => ({ member: label(u.row.memberId), status: u.status, reason: u.reason })), ...inserts.map((n) => ({ member: label(n.memberId), status: n.status, reason: n.reason }))] },
      township: org.townshipId,
    });
  }
  return changed;
}

/** PUT /api/meetings/:id/attendance */
export async function saveAttendance(strapi: Core.Strapi, p: Principal, documentId: string, body: unknown) {
  const input = parseRecords(body);
  const saved = await strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    const meeting = await writableMeeting(strapi, p, documentId, { organisation: true });
    if (meeting.status !== 'draft') readOnly(meeting);
    return saveRecords(strapi, knex, p, await contextOf(strapi, knex, meeting), input);
  }));
  return { saved, ...(await attendanceView(strapi, p, documentId)) };
}
