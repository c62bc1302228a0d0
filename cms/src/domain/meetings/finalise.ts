// Everything finalising a meeting checks, in one call: the kind suits the organisation, the
// attendance list is complete and clean, the date is not ahead; then the quorum verdict to store.
import { result, type CheckResult, type Finding } from '../check-result';
import { checkAttendance, dueAttendees, type AttendanceRecord, type OrgMember } from './attendance';
import { isDay } from './days';
import { quorumVerdict, type QuorumVerdict } from './quorum';
import { whyNotFor, type MeetingOrganisation, type MeetingRule } from './rules';

export interface FinaliseInput {
  rule: MeetingRule;
  org: MeetingOrganisation;
  members: readonly OrgMember[];
  records: readonly AttendanceRecord[];
  heldOn: string;
  today: string;
  /** the organisation's own fixed day, when the rule leaves the day to each organisation */
  orgFixedDayOfMonth?: number | null;
}

export interface FinaliseCheck extends CheckResult {
  /** null when the list could not be judged (errors): nothing to store yet */
  verdict: QuorumVerdict | null;
  /** the meeting counts toward compliance and posts points: no errors and quorum met */
  counts: boolean;
}

/** A warning when a fixed-day meeting (主题党日) was held on another day; rescheduling happens, so it does not block. */
export function fixedDayFinding(ruleName: string, fixedDay: number | null | undefined, heldOn: string): Finding | null {
  if (!fixedDay || !isDay(heldOn)) return null;
  const day = Number(heldOn.slice(8, 10));
  if (day === fixedDay) return null;
  return {
    code: 'not_on_fixed_day',
    severity: 'warning',
    message: `“${ruleName}”固定在每月 ${fixedDay} 日，本次在 ${Number(heldOn.slice(5, 7))} 月 ${day} 日举行`,
    params: { fixedDay, heldOn },
  };
}

export function checkFinalise(input: FinaliseInput): FinaliseCheck {
  const { rule, org, members, records, heldOn, today } = input;
  const findings: Finding[] = [];
  const wrongKind = whyNotFor(org, rule);
  if (wrongKind) findings.push(wrongKind);
  findings.push(...checkAttendance({ rule, org, members, records, heldOn, today, stage: 'final' }).findings);
  const fixed = fixedDayFinding(rule.name, rule.fixedDayOfMonth ?? input.orgFixedDayOfMonth, heldOn);
  if (fixed) findings.push(fixed);
  const judged = result(findings);
  if (!judged.ok) return { ...judged, verdict: null, counts: false };
  const verdict = quorumVerdict(rule, dueAttendees(rule.attendees, org, members, heldOn), records);
  return { ...result([...findings, ...verdict.findings]), verdict, counts: verdict.quorumMet };
}
