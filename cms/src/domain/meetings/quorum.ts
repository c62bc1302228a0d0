// Quorum and vote verdicts. Probationary members attend but have no vote, so they never count
// toward a voting-member quorum or a vote; a committee quorum counts committee members only.
import type { Finding } from '../check-result';
import { describeThreshold, meets, neededCount } from './fractions';
import type { AttendanceRecord, DueMember } from './attendance';
import type { MeetingRule, PassingRule, QuorumBase } from './rules';

export interface QuorumVerdict {
  quorumMet: boolean;
  /** everyone due, and everyone due who was present (all statuses of member) */
  due: number;
  present: number;
  /** the quorum base: voting (full) members due, committee members due, or 0 when the rule has no quorum */
  base: number;
  /** present members who are in the base */
  counted: number;
  /** the fewest present base members that meet the quorum (0 without a quorum) */
  needed: number;
  findings: Finding[];
}

const BASE_NAMES: Record<Exclude<QuorumBase, 'none'>, string> = { voting_members: '有表决权的党员（正式党员）', committee: '委员' };

function inBase(m: DueMember, base: QuorumBase): boolean {
  return base === 'voting_members' ? m.statusOn === 'full' : base === 'committee' ? !!m.isCommittee : false;
}

/**
 * The quorum verdict of a meeting from its rule, the members due (dueAttendees) and the attendance
 * records. Records of people not due are ignored here (checkAttendance refuses them). A meeting
 * without quorum is still a record of what happened; the finding is a warning and the meeting does
 * not count as held.
 */
export function quorumVerdict(rule: Pick<MeetingRule, 'name' | 'quorum'>, due: readonly DueMember[], records: readonly AttendanceRecord[]): QuorumVerdict {
  const presentIds = new Set(records.filter((r) => r.status === 'present').map((r) => String(r.memberId)));
  const present = due.filter((m) => presentIds.has(String(m.id))).length;
  const q = rule.quorum;
  if (q.base === 'none') return { quorumMet: true, due: due.length, present, base: 0, counted: 0, needed: 0, findings: [] };

  const baseMembers = due.filter((m) => inBase(m, q.base));
  const base = baseMembers.length;
  const counted = baseMembers.filter((m) => presentIds.has(String(m.id))).length;
  // With nobody in the base there is nobody to make the meeting valid.
  const needed = Math.max(1, neededCount(base, q));
  const quorumMet = base > 0 && meets(counted, base, q) && counted >= needed;
  const findings: Finding[] = quorumMet ? [] : [{
    code: 'quorum_not_met',
    severity: 'warning',
    message: `“${rule.name}”未达到法定人数：应到${BASE_NAMES[q.base]} ${base} 名，实到 ${counted} 名，须${describeThreshold(q)}（至少 ${needed} 名）`,
    params: { base, counted, needed, quorumBase: q.base },
  }];
  return { quorumMet, due: due.length, present, base, counted, needed, findings };
}

export interface VoteCount {
  agree: number;
  /** voting (full) members due to attend, and of them present */
  votingDue: number;
  votingPresent: number;
}

export interface VoteVerdict {
  passed: boolean;
  base: number;
  needed: number;
  findings: Finding[];
}

/** Does a vote pass? 支部党员大会: more than half of the voting members due agree (not of those present). */
export function voteVerdict(passing: PassingRule, v: VoteCount): VoteVerdict {
  for (const [k, n] of Object.entries(v)) if (!Number.isInteger(n) || n < 0) throw new Error(`${k} must be a non-negative integer: ${n}`);
  const findings: Finding[] = [];
  if (v.votingPresent > v.votingDue) {
    findings.push({ code: 'vote_counts_inconsistent', severity: 'error', message: `实到有表决权党员 ${v.votingPresent} 名多于应到 ${v.votingDue} 名`, params: { ...v } });
  }
  if (v.agree > v.votingPresent) {
    findings.push({ code: 'vote_counts_inconsistent', severity: 'error', message: `同意票 ${v.agree} 票多于实到有表决权党员 ${v.votingPresent} 名`, params: { ...v } });
  }
  const base = passing.base === 'due' ? v.votingDue : v.votingPresent;
  const needed = Math.max(1, neededCount(base, passing));
  const passed = !findings.length && base > 0 && meets(v.agree, base, passing) && v.agree >= needed;
  if (!passed && !findings.length) {
    findings.push({
      code: 'vote_not_passed', severity: 'warning',
      message: `表决未通过：同意 ${v.agree} 票，${passing.base === 'due' ? '应到' : '实到'}有表决权党员 ${base} 名，须${describeThreshold(passing)}同意（至少 ${needed} 票）`,
      params: { ...v, base, needed },
    });
  }
  return { passed, base, needed, findings };
}
