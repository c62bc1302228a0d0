// A year of organisational life for the demo county, deterministic per organisation: most
// organisations hold every meeting they owe and finalise it within the week; some finalise late;
// a few skip meetings (so the matrix shows every state). Attendance for everyone due; theme days
// with themes (some open to residents), 小村说事日 with residents' issues. Pure: no database.
import { rng, intBetween, pick, type Rng } from '../random';
import {
  addDays, dueAttendees, periodsOfYear, quorumVerdict, rulesFor,
  type AttendanceStatus, type DueMember, type MeetingOrganisation, type MeetingPeriod, type MeetingRule, type OrgMember,
} from '../../cms/src/domain/meetings';

export interface PlanOrganisation extends MeetingOrganisation {
  id: number;
  code: string;
  name: string;
  townshipId: number | null;
}

export interface PlannedAttendance {
  memberId: number;
  status: AttendanceStatus | null;
  reason: string | null;
  memberStatus: 'full' | 'probationary';
  committee: boolean;
}

export interface PlannedMeeting {
  org: PlanOrganisation;
  rule: MeetingRule;
  startsAt: string;
  heldOn: string;
  topic: string;
  place: string;
  theme: string | null;
  openToResidents: boolean;
  residentCount: number | null;
  outcome: string | null;
  issues: Array<{ issue: string; raisedBy: string; agreed: string; toGridEvent: boolean }>;
  /** null: still a draft (planned, or held and not yet finalised) */
  finalisedOn: string | null;
  attendance: PlannedAttendance[];
}

const THEMES = ['学习贯彻党的二十大精神', '重温入党誓词', '网格走访听民意', '人居环境整治志愿服务', '防汛安全知识宣讲', '红色教育基地参观', '关爱留守老人儿童',
  '文明乡风建设', '乡村振兴产业调研', '党史学习教育', '廉洁文化进村居', '垃圾分类宣传'];
const TOPICS: Record<string, string[]> = {
  branch_assembly: ['讨论发展党员工作', '通报季度党建工作', '审议村级重大事项', '民主评议工作部署'],
  branch_committee: ['研究月度重点工作', '研究党员教育管理', '研究困难群众帮扶', '研究网格治理事项'],
  party_group_meeting: ['学习上级精神并讨论落实', '网格内党员联系户情况交流', '组织生活会准备', '交流学习心得'],
  party_lecture: ['书记讲党课：坚定理想信念', '党课：基层治理中的党员作用', '党课：党章党规学习', '党课：作风建设'],
  organisational_life: ['年度组织生活会暨民主评议党员'],
  village_talk_day: ['小村说事：村民议事'],
};
const ISSUES = [['村内道路破损需修缮', '列入下月村级项目，由村委会牵头实施'], ['路灯不亮影响夜间出行', '联系供电所检修，网格员跟进'],
  ['河塘垃圾清理', '组织党员志愿者周末清理'], ['邻里宅基地纠纷', '村调解委员会上门调解'], ['老年人就医不便', '协调镇卫生院每月巡诊'],
  ['农产品销路', '对接电商服务站代销']];
const EXCUSES = ['外出务工', '身体不适', '家中有事', '在外学习', '值班'];
const PLACES = ['党群服务中心会议室', '村部会议室', '新时代文明实践站', '网格党员活动室'];

/** What kind of record-keeper an organisation has: diligent, sometimes late, or patchy. */
type Profile = 'diligent' | 'late' | 'patchy';

function profileOf(r: Rng): Profile {
  const x = r();
  return x < 0.8 ? 'diligent' : x < 0.92 ? 'late' : 'patchy';
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** A China-time clock time on a day, as a UTC ISO instant. */
function instant(day: string, hour: number, minute: number): string {
  const d = new Date(`${day}T${pad(hour)}:${pad(minute)}:00+08:00`);
  return d.toISOString();
}

export interface PlanInput {
  orgs: PlanOrganisation[];
  /** candidates per organisation (members, committee members, group members), see cms/src/meetings/due.ts */
  candidates: (org: PlanOrganisation, rule: MeetingRule) => OrgMember[];
  rules: MeetingRule[];
  year: number;
  /** the last day with held meetings; later meetings of the running period are planned drafts */
  today: string;
  /** only periods whose first day is on or before this day (tests seed a sample) */
  until?: string;
}

export function planMeetings(input: PlanInput): PlannedMeeting[] {
  const out: PlannedMeeting[] = [];
  for (const org of input.orgs) {
    const r = rng(hash(org.code) ^ input.year);
    const profile = profileOf(r);
    const themeDay = intBetween(r, 5, 20);
    for (const rule of rulesFor(org, input.rules)) {
      for (const p of periodsOfYear(rule.frequency.period as MeetingPeriod, input.year)) {
        if (input.until && p.start > input.until) continue;
        for (let n = 0; n < rule.frequency.count; n++) {
          if (profile === 'patchy' && r() < 0.25) continue;
          const lastDay = Number(p.end.slice(8, 10));
          const span = Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7));
          const month = Number(p.start.slice(5, 7)) + intBetween(r, 0, span);
          const dayOfMonth = rule.kind === 'theme_day' ? themeDay : intBetween(r, 1, Math.min(28, lastDay));
          const heldOn = `${input.year}-${pad(month)}-${pad(dayOfMonth)}`;
          const upcoming = heldOn > input.today;
          // The running period: some meetings are only planned yet.
          if (upcoming && r() < 0.5) continue;
          const delay = profile === 'late' && r() < 0.35 ? intBetween(r, 9, 25) : intBetween(r, 0, 6);
          const finalisedOn = upcoming ? null : addDays(heldOn, delay) <= input.today ? addDays(heldOn, delay) : null;
          const candidates = input.candidates(org, rule);
          const due = dueAttendees(rule.attendees, org, candidates, heldOn);
          if (!due.length) continue;
          out.push(meeting(r, org, rule, heldOn, finalisedOn, due, upcoming));
        }
      }
    }
  }
  return out.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.org.id - b.org.id));
}

function meeting(r: Rng, org: PlanOrganisation, rule: MeetingRule, heldOn: string, finalisedOn: string | null, due: DueMember[], upcoming: boolean): PlannedMeeting {
  const isTheme = rule.kind === 'theme_day';
  const isTalk = rule.kind === 'village_talk_day';
  const open = isTheme && r() < 0.3;
  const turnout = r() < 0.015 ? 0.35 : 0.9;
  const attendance: PlannedAttendance[] = due.map((m) => {
    let status: AttendanceStatus | null = null;
    let reason: string | null = null;
    if (finalisedOn || (!upcoming && r() < 0.5)) {
      const x = r();
      status = x < turnout ? 'present' : x < turnout + (1 - turnout) * 0.6 ? 'excused' : 'absent';
      if (status === 'excused') reason = pick(r, EXCUSES);
    }
    return { memberId: Number(m.id), status, reason, memberStatus: m.statusOn, committee: !!m.isCommittee };
  });
  // A draft left half-recorded is realistic; a finalised one is complete.
  const theme = isTheme ? pick(r, THEMES) : null;
  const topics = TOPICS[rule.kind] ?? [rule.name];
  const issues = isTalk ? Array.from({ length: intBetween(r, 1, 3) }, () => {
    const [issue, agreed] = pick(r, ISSUES);
    return { issue, raisedBy: '村民代表', agreed, toGridEvent: r() < 0.3 };
  }) : [];
  return {
    org, rule, heldOn, startsAt: instant(heldOn, r() < 0.5 ? 9 : 14, r() < 0.5 ? 0 : 30),
    topic: isTheme ? `主题党日：${theme}` : pick(r, topics), place: pick(r, PLACES), theme,
    openToResidents: open, residentCount: open ? intBetween(r, 8, 60) : null,
    outcome: isTheme && finalisedOn ? '活动按计划开展，党员参与积极，群众反响良好' : null,
    issues, finalisedOn, attendance,
  };
}

/** Whether a planned, finalised meeting counts (quorum met), as finalising would decide. */
export function plannedCounts(m: PlannedMeeting): { counts: boolean; due: number; present: number; base: number; counted: number; needed: number } {
  const due: DueMember[] = m.attendance.map((a) => ({ id: a.memberId, name: '', status: a.memberStatus, statusOn: a.memberStatus, joinedOn: '1900-01-01', isCommittee: a.committee }));
  const v = quorumVerdict(m.rule, due, m.attendance.filter((a) => a.status).map((a) => ({ memberId: a.memberId, status: a.status! })));
  return { counts: v.quorumMet, due: v.due, present: v.present, base: v.base, counted: v.counted, needed: v.needed };
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

