// Who is due at a meeting, and whether an attendance list is complete and clean. Membership is
// taken at the meeting date, so a correction months later still judges the meeting as it was.
import { result, type CheckResult, type Finding } from '../check-result';
import { isDay } from './days';
import { ATTENDANCE_NAMES, levelName } from './labels';
import type { Attendees, MeetingOrganisation, MeetingRule } from './rules';

export type Id = number | string;
export type MemberStatus = 'full' | 'probationary';
export type AttendanceStatus = 'present' | 'excused' | 'absent';
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'excused', 'absent'];

/** A member of the organisation (or of a party group under it), with the dates that bound the membership. */
export interface OrgMember {
  id: Id;
  name: string;
  /** status now; `fullOn` (when known) decides the status at an earlier meeting date */
  status: MemberStatus;
  /** the day the member became a full member (转正); before it they were probationary */
  fullOn?: string | null;
  /** first day in this organisation (joining or transfer in) */
  joinedOn: string;
  /** first day no longer in it (transfer out, death, expulsion); null while still a member */
  leftOn?: string | null;
  isCommittee?: boolean;
  groupId?: Id | null;
}

export interface AttendanceRecord {
  memberId: Id;
  /** the name as entered, for messages about people the member list does not know */
  name?: string;
  status: AttendanceStatus | string;
  /** required when excused */
  reason?: string | null;
}

/** A due member with the status they had on the meeting date. */
export type DueMember = OrgMember & { statusOn: MemberStatus };

export function isMemberOn(m: OrgMember, day: string): boolean {
  return m.joinedOn <= day && (m.leftOn == null || day < m.leftOn);
}

export function statusOn(m: OrgMember, day: string): MemberStatus {
  if (m.fullOn) return m.fullOn <= day ? 'full' : 'probationary';
  return m.status;
}

function inAttendees(m: OrgMember, attendees: Attendees, org: Pick<MeetingOrganisation, 'id'>): boolean {
  if (attendees === 'committee') return !!m.isCommittee;
  if (attendees === 'group_members') return m.groupId != null && String(m.groupId) === String(org.id);
  return true;
}

/**
 * Everyone due at a meeting on `on`: members of the organisation that day (probationary members
 * too — they attend, they just do not vote), narrowed to the committee or the party group when the
 * rule says so. `members` is the organisation's member list, past members included.
 */
export function dueAttendees(attendees: Attendees, org: Pick<MeetingOrganisation, 'id'>, members: readonly OrgMember[], on: string): DueMember[] {
  return members
    .filter((m) => isMemberOn(m, on) && inAttendees(m, attendees, org))
    .map((m) => ({ ...m, statusOn: statusOn(m, on) }));
}

const ATTENDEE_NAMES: Record<Attendees, string> = { members: '本组织党员', committee: '委员会委员', group_members: '本党小组党员' };

function notDueMessage(m: OrgMember, attendees: Attendees, org: MeetingOrganisation, on: string): string {
  if (m.joinedOn > on) return `${m.name} 于 ${m.joinedOn} 才转入本${levelName(org.level)}，不是本次会议应到人员`;
  if (m.leftOn != null && m.leftOn <= on) return `${m.name} 已于 ${m.leftOn} 离开本${levelName(org.level)}，不是本次会议应到人员`;
  if (attendees === 'committee') return `${m.name} 不是委员会委员，不是本次会议应到人员`;
  return `${m.name} 不属于本党小组，不是本次会议应到人员`;
}

export interface AttendanceInput {
  rule: Pick<MeetingRule, 'name' | 'attendees'>;
  org: MeetingOrganisation;
  members: readonly OrgMember[];
  records: readonly AttendanceRecord[];
  heldOn: string;
  /** today in China, for the future-date check */
  today: string;
  /** 'draft': records may be incomplete and the date may lie ahead; 'final' (default): neither */
  stage?: 'draft' | 'final';
}

/**
 * Checks an attendance list: every record is of someone due (else the member is named), nobody
 * twice, statuses present/excused/absent, a reason for every excused member; when finalising also
 * a record for every due member and a meeting date that is not after today.
 */
export function checkAttendance(input: AttendanceInput): CheckResult {
  const { rule, org, members, records, heldOn, today } = input;
  const final = (input.stage ?? 'final') === 'final';
  const findings: Finding[] = [];
  if (!isDay(heldOn)) {
    return result([{ code: 'bad_date', severity: 'error', message: `会议日期“${heldOn}”无效，应为 YYYY-MM-DD`, params: { heldOn } }]);
  }
  if (final && heldOn > today) {
    findings.push({ code: 'date_in_future', severity: 'error', message: `会议日期 ${heldOn} 晚于今天（${today}），尚未召开的会议不能定稿`, params: { heldOn, today } });
  }
  const due = dueAttendees(rule.attendees, org, members, heldOn);
  const dueIds = new Set(due.map((m) => String(m.id)));
  const byId = new Map(members.map((m) => [String(m.id), m]));
  const seen = new Set<string>();
  if (!due.length) {
    findings.push({
      code: 'nobody_due', severity: 'error',
      message: `“${rule.name}”在 ${heldOn} 没有应到人员（应到：${ATTENDEE_NAMES[rule.attendees]}），请先维护组织成员`,
      params: { attendees: rule.attendees },
    });
  }

  for (const r of records) {
    const key = String(r.memberId);
    const known = byId.get(key);
    const name = known?.name ?? r.name ?? `党员（编号 ${key}）`;
    if (seen.has(key)) {
      findings.push({ code: 'duplicate_attendee', severity: 'error', message: `${name} 重复登记`, params: { memberId: r.memberId } });
      continue;
    }
    seen.add(key);
    if (!known) {
      findings.push({ code: 'not_a_member', severity: 'error', message: `${name} 不是本组织应到人员`, params: { memberId: r.memberId } });
    } else if (!dueIds.has(key)) {
      findings.push({ code: 'not_due', severity: 'error', message: notDueMessage(known, rule.attendees, org, heldOn), params: { memberId: r.memberId } });
    }
    if (!ATTENDANCE_STATUSES.includes(r.status as AttendanceStatus)) {
      findings.push({
        code: 'bad_status', severity: 'error',
        message: `${name} 的出勤情况“${r.status}”无效，应为${ATTENDANCE_STATUSES.map((s) => ATTENDANCE_NAMES[s]).join('、')}之一`,
        params: { memberId: r.memberId, status: r.status },
      });
    } else if (r.status === 'excused' && !(typeof r.reason === 'string' && r.reason.trim())) {
      findings.push({ code: 'excused_without_reason', severity: 'error', message: `${name} 请假未填写事由`, params: { memberId: r.memberId } });
    }
  }

  if (final) {
    for (const m of due) {
      if (!seen.has(String(m.id))) {
        findings.push({ code: 'attendance_missing', severity: 'error', message: `${m.name} 未登记出勤情况`, params: { memberId: m.id } });
      }
    }
  }
  return result(findings);
}

export interface AttendanceTally {
  due: number;
  present: number;
  excused: number;
  absent: number;
}

/** Counts of a checked list (one record per due member), as kept totals add them up. */
export function tallyAttendance(records: readonly Pick<AttendanceRecord, 'status'>[]): AttendanceTally {
  const t: AttendanceTally = { due: records.length, present: 0, excused: 0, absent: 0 };
  for (const r of records) if (ATTENDANCE_STATUSES.includes(r.status as AttendanceStatus)) t[r.status as AttendanceStatus]++;
  return t;
}
