// Scores and ranking of a 最佳主题党日 round. Judges never score their own township's
// nominations. Averages are exact: integer arithmetic (BigInt) with one rounding, to hundredths.
import { result, type CheckResult, type Finding } from '../check-result';
import type { Id } from './attendance';
import { compareIds } from './points-diff';
import { roundAllows, type Judge, type Nomination, type Round } from './theme-day-round';

export interface Score {
  judgeId: Id;
  nominationId: Id;
  criterion: string;
  /** an integer 0..criterion.max */
  score: number;
}

const key = (...ids: Id[]) => ids.map(String).join('\u0000');

function judgeLabel(j: Judge): string {
  return j.townshipName ? `${j.name}（${j.townshipName}）` : j.name;
}

/** May this judge score this nomination? Not when both belong to the same township. */
export function mayScore(judge: Pick<Judge, 'townshipId'>, nomination: Pick<Nomination, 'townshipId'>): boolean {
  return judge.townshipId == null || String(judge.townshipId) !== String(nomination.townshipId);
}

/**
 * Checks score sheets (new ones, or all of a round): the round is in judging, each score is by a
 * judge of the round, for a nomination of the round, never of the judge's own township, on a known
 * criterion, an integer 0..max, and given once per judge, nomination and criterion.
 */
export function checkScores(round: Round, nominations: readonly Nomination[], scores: readonly Score[]): CheckResult {
  const findings: Finding[] = [];
  const allowed = roundAllows(round.state, 'score');
  if (!allowed.allowed) findings.push({ code: 'round_state', severity: 'error', message: allowed.message!, params: { state: round.state } });
  const judges = new Map(round.judges.map((j) => [String(j.id), j]));
  const noms = new Map(nominations.map((n) => [String(n.id), n]));
  const criteria = new Map(round.criteria.map((c) => [c.code, c]));
  const seen = new Set<string>();
  for (const s of scores) {
    const params = { judgeId: s.judgeId, nominationId: s.nominationId, criterion: s.criterion };
    const judge = judges.get(String(s.judgeId));
    const nom = noms.get(String(s.nominationId));
    const crit = criteria.get(s.criterion);
    if (!judge) { findings.push({ code: 'not_a_judge', severity: 'error', message: `编号 ${s.judgeId} 不是本次评选的评委`, params }); continue; }
    if (!nom) { findings.push({ code: 'unknown_nomination', severity: 'error', message: `推荐 ${s.nominationId} 不在本次评选中`, params }); continue; }
    if (!mayScore(judge, nom)) {
      findings.push({ code: 'own_township', severity: 'error', message: `评委 ${judgeLabel(judge)} 不能为本乡镇推荐的“${nom.meeting.title}”评分`, params });
      continue;
    }
    if (!crit) { findings.push({ code: 'unknown_criterion', severity: 'error', message: `评分标准“${s.criterion}”不在本次评选中`, params }); continue; }
    if (!Number.isInteger(s.score) || s.score < 0 || s.score > crit.max) {
      findings.push({ code: 'score_out_of_range', severity: 'error', message: `评委 ${judge.name} 对“${nom.meeting.title}”的“${crit.name}”打分 ${s.score} 无效，应为 0–${crit.max} 的整数`, params: { ...params, score: s.score, max: crit.max } });
    }
    const k = key(s.judgeId, s.nominationId, s.criterion);
    if (seen.has(k)) findings.push({ code: 'duplicate_score', severity: 'error', message: `评委 ${judge.name} 对“${nom.meeting.title}”的“${crit.name}”重复评分`, params });
    seen.add(k);
  }
  return result(findings);
}

/**
 * Ready to publish: every judge has scored every criterion of every nomination they may score, and
 * every nomination has at least one judge who may score it.
 */
export function checkReadyToPublish(round: Round, nominations: readonly Nomination[], scores: readonly Score[]): CheckResult {
  const findings: Finding[] = [...checkScores(round, nominations, scores).findings];
  const allowed = roundAllows(round.state, 'publish');
  if (!allowed.allowed && !findings.some((f) => f.code === 'round_state')) findings.push({ code: 'round_state', severity: 'error', message: allowed.message!, params: { state: round.state } });
  if (!nominations.length) findings.push({ code: 'no_nominations', severity: 'error', message: '本次评选没有推荐，不能发布', params: {} });
  const given = new Set(scores.map((s) => key(s.judgeId, s.nominationId, s.criterion)));
  for (const n of nominations) {
    const eligible = round.judges.filter((j) => mayScore(j, n));
    if (!eligible.length) {
      findings.push({ code: 'no_eligible_judge', severity: 'error', message: `“${n.meeting.title}”没有可评分的评委（评委均来自同一乡镇）`, params: { nominationId: n.id } });
    }
    for (const j of eligible) {
      const missing = round.criteria.filter((c) => !given.has(key(j.id, n.id, c.code)));
      if (missing.length) {
        findings.push({
          code: 'scores_missing', severity: 'error',
          message: `评委 ${j.name} 尚未完成对“${n.meeting.title}”的评分（缺：${missing.map((c) => c.name).join('、')}）`,
          params: { judgeId: j.id, nominationId: n.id, criteria: missing.map((c) => c.code) },
        });
      }
    }
  }
  return result(findings);
}

export interface RankedNomination {
  nominationId: Id;
  title: string;
  /** 1, 2, 3 … in order; null when no judge has a complete sheet for it */
  rank: number | null;
  /** equal to the one above on the average and every criterion: only the nomination order split them */
  tiedWithPrevious: boolean;
  /** complete sheets counted */
  judges: number;
  /** weighted average 0..100 in hundredths (8733 = 87.33), rounded half up once */
  averageHundredths: number | null;
  /** the average raw score per criterion, in hundredths, in the round's criteria order */
  criteria: Array<{ code: string; averageHundredths: number | null }>;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;
/** round half up of n / d for n ≥ 0, d > 0 */
const roundDiv = (n: bigint, d: bigint): bigint => (2n * n + d) / (2n * d);

interface Sums {
  nomination: Nomination;
  judges: number;
  /** Σ over judges and criteria of score × weight × (L / max): the weighted total over L */
  weighted: bigint;
  /** Σ over judges of the raw score, per criterion */
  perCriterion: bigint[];
  averageHundredths: number | null;
}

/**
 * The ranking. Only complete sheets (every criterion) of judges allowed to score a nomination
 * count, and scores that fail checkScores are left out. A judge's result for a nomination is
 * Σ score/max × weight (0..100); the nomination's average is the mean over its judges, rounded
 * half up to hundredths once, from exact integer sums. Order, best first:
 *   1. the published average (hundredths), higher first — the figure shown explains the place;
 *   2. on equal averages, the exact average raw score of each criterion in turn, heaviest weight
 *      first (equal weights: the round's criteria order), higher first;
 *   3. then the earlier nomination (lower id) first, marked tiedWithPrevious.
 * Nominations without a complete sheet come last, unranked, in nomination order.
 */
export function rankNominations(round: Round, nominations: readonly Nomination[], scores: readonly Score[]): RankedNomination[] {
  const criteria = round.criteria;
  const L = criteria.reduce((acc, c) => lcm(acc, BigInt(c.max)), 1n);
  const judges = new Map(round.judges.map((j) => [String(j.id), j]));
  const byKey = new Map<string, number>();
  const invalid = new Set(checkScores({ ...round, state: 'judging' }, nominations, scores).findings.map((f) => key(f.params!.judgeId as Id, f.params!.nominationId as Id, f.params!.criterion as string)));
  for (const s of scores) {
    const k = key(s.judgeId, s.nominationId, s.criterion);
    if (!invalid.has(k)) byKey.set(k, s.score);
  }

  const sums: Sums[] = nominations.map((n) => {
    let count = 0;
    let weighted = 0n;
    const perCriterion = criteria.map(() => 0n);
    for (const j of judges.values()) {
      if (!mayScore(j, n)) continue;
      const sheet = criteria.map((c) => byKey.get(key(j.id, n.id, c.code)));
      if (sheet.some((s) => s === undefined)) continue;
      count++;
      sheet.forEach((s, i) => {
        const c = criteria[i];
        weighted += BigInt(s!) * BigInt(c.weight) * (L / BigInt(c.max));
        perCriterion[i] += BigInt(s!);
      });
    }
    const averageHundredths = count ? Number(roundDiv(100n * weighted, BigInt(count) * L)) : null;
    return { nomination: n, judges: count, weighted, perCriterion, averageHundredths };
  });

  const tieOrder = criteria.map((c, i) => ({ c, i })).sort((a, b) => b.c.weight - a.c.weight || a.i - b.i).map((x) => x.i);
  /** exact comparison of a's and b's average raw score on criterion i: Σa/na vs Σb/nb */
  const criterionCmp = (a: Sums, b: Sums, i: number) => {
    const l = b.perCriterion[i] * BigInt(a.judges);
    const r = a.perCriterion[i] * BigInt(b.judges);
    return l > r ? 1 : l < r ? -1 : 0;
  };
  const scoreCmp = (a: Sums, b: Sums) => {
    const d = b.averageHundredths! - a.averageHundredths!;
    if (d) return d;
    for (const i of tieOrder) {
      const c = criterionCmp(a, b, i);
      if (c) return c;
    }
    return 0;
  };

  const scored = sums.filter((s) => s.judges > 0).sort((a, b) => scoreCmp(a, b) || compareIds(a.nomination.id, b.nomination.id));
  const unscored = sums.filter((s) => s.judges === 0).sort((a, b) => compareIds(a.nomination.id, b.nomination.id));
  const row = (s: Sums, rank: number | null, tiedWithPrevious: boolean): RankedNomination => ({
    nominationId: s.nomination.id,
    title: s.nomination.meeting.title,
    rank,
    tiedWithPrevious,
    judges: s.judges,
    averageHundredths: s.averageHundredths,
    criteria: criteria.map((c, i) => ({ code: c.code, averageHundredths: s.judges ? Number(roundDiv(100n * s.perCriterion[i], BigInt(s.judges))) : null })),
  });
  return [
    ...scored.map((s, i) => row(s, i + 1, i > 0 && scoreCmp(scored[i - 1], s) === 0)),
    ...unscored.map((s) => row(s, null, false)),
  ];
}

/** '87.33' for 8733 hundredths. */
export function formatHundredths(h: number | null): string {
  if (h == null) return '—';
  return `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`;
}
