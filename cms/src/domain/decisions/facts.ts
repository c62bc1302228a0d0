// What a decision record states about itself, and the counts the checks are made of.
import type { BodyCode, DecisionRule } from './rules';
import { meets, needed } from './threshold';

/** A member by id; 7 and '7' are the same member. */
export type MemberRef = string | number;

export type Position = 'agree' | 'disagree' | 'defer';
export const POSITION_NAMES: Record<Position, string> = { agree: '同意', disagree: '不同意', defer: '缓议' };

/** How the decision was taken: only a meeting counts where one is required. */
export type Method = 'meeting' | 'circulated_papers' | 'chat';
export const METHOD_NAMES: Record<Method, string> = { meeting: '会议', circulated_papers: '传阅会签', chat: '微信群或电话' };

export type Outcome = 'passed' | 'rejected' | 'postponed';
export const OUTCOME_NAMES: Record<Outcome, string> = { passed: '通过', rejected: '未通过', postponed: '暂缓表决' };

export interface Recusal {
  memberId: MemberRef;
  reason: string;
}

export interface Statement {
  memberId: MemberRef;
  position: Position;
  remarks?: string | null;
}

export interface DecisionFacts {
  body: BodyCode | null;
  method: Method;
  /** Integer fen (1 yuan = 100 fen) where money is involved. */
  amountFen?: number | null;
  due: MemberRef[];
  /** Members due to attend who were there; recused members who attended are listed here too. */
  present: MemberRef[];
  recused: Recusal[];
  secretaryId?: MemberRef | null;
  /** In the order spoken. */
  statements: Statement[];
  outcome?: Outcome | null;
  /** Display names by member id, so messages name people rather than ids. */
  names?: Record<string, string>;
}

export const key = (m: MemberRef) => String(m);
export const nameOf = (f: Pick<DecisionFacts, 'names'>, m: string) => f.names?.[m] ?? m;

export interface Tally {
  due: number;
  /** Present among those due, recused included: the quorum is measured on this. */
  present: number;
  /** Present and not recused: the only members whose statements count. */
  eligible: number;
  /** What passing is measured against: `eligible` or `due`, as the rule says. */
  base: number;
  agree: number;
  disagree: number;
  defer: number;
  quorumNeeded: number;
  quorumMet: boolean;
  passNeeded: number;
  passed: boolean;
  /** Views sharply split under the rule's margin (both sides non-empty). */
  split: boolean;
}

/**
 * Counts a decision under its rule. Recused members keep their place in the quorum (they attended)
 * but neither vote nor count as present for passing; the "due" base keeps them, so recusal never
 * lowers the bar. Only the first statement of each eligible member counts.
 */
export function tally(rule: DecisionRule, f: DecisionFacts): Tally {
  if (!rule.quorum || !rule.passing) throw new Error(`rule ${rule.code} has no quorum or passing: 四议两公开 is checked step by step`);
  const due = new Set(f.due.map(key));
  const recused = new Set(f.recused.map((r) => key(r.memberId)));
  const present = new Set(f.present.map(key).filter((m) => due.has(m)));
  const eligible = new Set([...present].filter((m) => !recused.has(m)));
  const counted = new Set<string>();
  const votes = { agree: 0, disagree: 0, defer: 0 };
  for (const s of f.statements) {
    const m = key(s.memberId);
    if (!eligible.has(m) || counted.has(m) || !(s.position in votes)) continue;
    counted.add(m);
    votes[s.position]++;
  }
  const { quorum, passing } = rule;
  const base = passing.base === 'due' ? due.size : eligible.size;
  const stated = votes.agree + votes.disagree + votes.defer;
  const margin = rule.splitMargin;
  const split =
    !!margin && votes.agree > 0 && votes.disagree > 0 && Math.abs(votes.agree - votes.disagree) * margin.den <= margin.num * stated;
  const quorumMet = due.size > 0 && meets(present.size, due.size, quorum);
  return {
    due: due.size,
    present: present.size,
    eligible: eligible.size,
    base,
    ...votes,
    quorumNeeded: needed(due.size, quorum),
    quorumMet,
    passNeeded: needed(base, passing),
    passed: quorumMet && base > 0 && meets(votes.agree, base, passing),
    split,
  };
}
