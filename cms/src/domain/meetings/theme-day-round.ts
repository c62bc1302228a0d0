// 最佳主题党日 selection rounds: the county drafts a round (period, criteria, judges), opens it for
// township nominations, has judges score, and publishes a ranking that is read-only from then on.
import { result, type CheckResult, type Finding } from '../check-result';
import type { Id } from './attendance';
import { isDay } from './days';

export type RoundState = 'draft' | 'open' | 'judging' | 'published';
export type RoundAction = 'edit' | 'delete' | 'open' | 'nominate' | 'withdraw_nomination' | 'start_judging' | 'score' | 'publish';

export const ROUND_STATE_NAMES: Record<RoundState, string> = { draft: '草稿', open: '推荐中', judging: '评审中', published: '已发布' };
const ACTION_NAMES: Record<RoundAction, string> = {
  edit: '修改评选设置', delete: '删除评选', open: '开放推荐', nominate: '推荐主题党日', withdraw_nomination: '撤回推荐',
  start_judging: '开始评审', score: '评分', publish: '发布结果',
};

/** The states each action is allowed in. Criteria and judges stay editable until scoring starts. */
const ALLOWED_IN: Record<RoundAction, readonly RoundState[]> = {
  edit: ['draft', 'open'],
  delete: ['draft'],
  open: ['draft'],
  nominate: ['open'],
  withdraw_nomination: ['open'],
  start_judging: ['open'],
  score: ['judging'],
  publish: ['judging'],
};

const MOVES: Partial<Record<RoundAction, RoundState>> = { open: 'open', start_judging: 'judging', publish: 'published' };

export interface Allowed {
  allowed: boolean;
  message?: string;
}

/** May `action` happen in a round in `state`? A published round refuses every change. */
export function roundAllows(state: RoundState, action: RoundAction): Allowed {
  if (ALLOWED_IN[action]?.includes(state)) return { allowed: true };
  if (state === 'published') return { allowed: false, message: `评选结果已发布，只读，不能${ACTION_NAMES[action] ?? action}` };
  const when = (ALLOWED_IN[action] ?? []).map((s) => `“${ROUND_STATE_NAMES[s]}”`).join('或');
  return { allowed: false, message: `评选处于“${ROUND_STATE_NAMES[state] ?? state}”阶段，不能${ACTION_NAMES[action] ?? action}${when ? `（仅限${when}阶段）` : ''}` };
}

/** The state after a state-changing action (open, start_judging, publish); null for actions that keep the state or are not allowed. */
export function nextRoundState(state: RoundState, action: RoundAction): RoundState | null {
  return roundAllows(state, action).allowed ? MOVES[action] ?? null : null;
}

export interface Criterion {
  code: string;
  name: string;
  /** integer weight; the weights of a round sum to 100 */
  weight: number;
  /** the highest score a judge may give on this criterion (scores are integers 0..max) */
  max: number;
}

export interface Judge {
  id: Id;
  name: string;
  /** the judge's township; null for county staff, who may score every nomination */
  townshipId: Id | null;
  townshipName?: string;
}

export interface Round {
  state: RoundState;
  /** the theme days that may be nominated: held from periodStart to periodEnd, both included */
  periodStart: string;
  periodEnd: string;
  criteria: Criterion[];
  judges: Judge[];
  /** at most this many nominations per township; null = no limit */
  perTownship?: number | null;
}

export const WEIGHT_TOTAL = 100;

export function checkCriteria(criteria: readonly Criterion[]): CheckResult {
  const findings: Finding[] = [];
  const bad = (message: string, params: Record<string, unknown> = {}) => findings.push({ code: 'criteria_invalid', severity: 'error', message, params });
  if (!criteria.length) bad('评选至少要有一项评分标准');
  const codes = new Set<string>();
  for (const c of criteria) {
    const label = c.name ? `“${c.name}”` : c.code;
    if (!c.code) bad(`评分标准${label}缺少编码`);
    else if (codes.has(c.code)) bad(`评分标准编码 ${c.code} 重复`, { code: c.code });
    codes.add(c.code);
    if (!Number.isInteger(c.weight) || c.weight < 1) bad(`评分标准${label}的权重应为正整数`, { code: c.code, weight: c.weight });
    if (!Number.isInteger(c.max) || c.max < 1) bad(`评分标准${label}的满分应为正整数`, { code: c.code, max: c.max });
  }
  const total = criteria.reduce((s, c) => s + (Number.isInteger(c.weight) ? c.weight : 0), 0);
  if (criteria.length && total !== WEIGHT_TOTAL) bad(`评分标准权重合计应为 ${WEIGHT_TOTAL}，现为 ${total}`, { total });
  return result(findings);
}

/** Checks a round's settings before it opens (and on every edit). */
export function checkRound(round: Round): CheckResult {
  const findings: Finding[] = [...checkCriteria(round.criteria).findings];
  if (!isDay(round.periodStart) || !isDay(round.periodEnd) || round.periodEnd < round.periodStart) {
    findings.push({ code: 'round_period_invalid', severity: 'error', message: `评选期间 ${round.periodStart} 至 ${round.periodEnd} 无效`, params: {} });
  }
  if (!round.judges.length) findings.push({ code: 'no_judges', severity: 'error', message: '评选至少要有一名评委', params: {} });
  const ids = new Set<string>();
  for (const j of round.judges) {
    if (ids.has(String(j.id))) findings.push({ code: 'duplicate_judge', severity: 'error', message: `评委 ${j.name} 重复`, params: { judgeId: j.id } });
    ids.add(String(j.id));
  }
  if (round.perTownship != null && (!Number.isInteger(round.perTownship) || round.perTownship < 1)) {
    findings.push({ code: 'round_quota_invalid', severity: 'error', message: '每个乡镇推荐名额应为正整数或不限', params: { perTownship: round.perTownship } });
  }
  return result(findings);
}

export interface NominatedMeeting {
  id: Id;
  kind: string;
  /** the meeting was finalised (not a draft) */
  finalised: boolean;
  heldOn: string;
  /** the township of the organisation that held it */
  townshipId: Id;
  /** what the ranking calls it, e.g. "王集镇某村党支部 2026-03-10 主题党日" */
  title: string;
}

export interface Nomination {
  id: Id;
  townshipId: Id;
  townshipName?: string;
  meeting: NominatedMeeting;
}

/** A township's nomination: a finalised theme day of its own, held in the round's period, once. */
export function checkNomination(round: Round, nomination: Nomination, existing: readonly Nomination[]): CheckResult {
  const findings: Finding[] = [];
  const allowed = roundAllows(round.state, 'nominate');
  if (!allowed.allowed) findings.push({ code: 'round_state', severity: 'error', message: allowed.message!, params: { state: round.state } });
  const m = nomination.meeting;
  const p = { meetingId: m.id };
  if (m.kind !== 'theme_day') findings.push({ code: 'not_theme_day', severity: 'error', message: `“${m.title}”不是主题党日，不能推荐`, params: p });
  if (!m.finalised) findings.push({ code: 'not_finalised', severity: 'error', message: `“${m.title}”尚未定稿，不能推荐`, params: p });
  if (!(m.heldOn >= round.periodStart && m.heldOn <= round.periodEnd)) {
    findings.push({ code: 'outside_round_period', severity: 'error', message: `“${m.title}”于 ${m.heldOn} 举行，不在本次评选期间（${round.periodStart} 至 ${round.periodEnd}）`, params: p });
  }
  if (String(m.townshipId) !== String(nomination.townshipId)) {
    findings.push({ code: 'other_township', severity: 'error', message: `“${m.title}”不是本乡镇的主题党日，不能推荐`, params: p });
  }
  const others = existing.filter((n) => String(n.id) !== String(nomination.id));
  if (others.some((n) => String(n.meeting.id) === String(m.id))) {
    findings.push({ code: 'already_nominated', severity: 'error', message: `“${m.title}”已被推荐`, params: p });
  }
  const mine = others.filter((n) => String(n.townshipId) === String(nomination.townshipId)).length;
  if (round.perTownship != null && mine >= round.perTownship) {
    findings.push({ code: 'quota_reached', severity: 'error', message: `每个乡镇最多推荐 ${round.perTownship} 个，本乡镇已推荐 ${mine} 个`, params: { perTownship: round.perTownship, nominated: mine } });
  }
  return result(findings);
}
