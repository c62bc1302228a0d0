// Annual appraisal suggestion and branch star ratings. The bands and shares are rule records.
export type Grade = 'excellent' | 'qualified' | 'basically_qualified' | 'unqualified';

export interface GradeBands {
  /** highest band first: a score at or above `min` (tenths) gets the grade */
  bands: Array<{ grade: Grade; min: number }>;
  /** at most this share of a branch's members may be 优秀 (e.g. 1/3) */
  excellentMaxShare: { numerator: number; denominator: number };
}

export interface MemberScore {
  memberId: number;
  score: number;
  probationary: boolean;
}

export function gradeFor(score: number, bands: GradeBands['bands']): Grade {
  return [...bands].sort((a, b) => b.min - a.min).find((b) => score >= b.min)?.grade ?? 'unqualified';
}

/**
 * Suggested grades for one branch. 优秀 goes to the highest scores in the 优秀 band, at most
 * floor(n × share) of the branch's members, never to probationary members; the rest drop to 合格.
 * Ties at the cut-off all drop, so the share is never exceeded.
 */
export function suggestGrades(members: MemberScore[], rules: GradeBands): Map<number, Grade> {
  const out = new Map<number, Grade>();
  const limit = Math.floor((members.length * rules.excellentMaxShare.numerator) / rules.excellentMaxShare.denominator);
  const candidates: MemberScore[] = [];
  for (const m of members) {
    const g = gradeFor(m.score, rules.bands);
    if (g === 'excellent' && !m.probationary) candidates.push(m);
    else out.set(m.memberId, g === 'excellent' ? 'qualified' : g);
  }
  candidates.sort((a, b) => b.score - a.score);
  let cut = Math.min(limit, candidates.length);
  while (cut > 0 && cut < candidates.length && candidates[cut - 1].score === candidates[cut].score) cut--;
  candidates.forEach((m, i) => out.set(m.memberId, i < cut ? 'excellent' : 'qualified'));
  return out;
}

export interface StarShares {
  /** from the most stars down: e.g. 5 stars for the top 10 %, 4 for the next 40 %, 3 for the next 30 % */
  shares: Array<{ stars: number; percent: number }>;
}

/** Stars for a branch at `rank` (1 = best) among `count` branches, by cumulative share. */
export function starsFor(rank: number, count: number, rules: StarShares): number {
  let cumulative = 0;
  for (const s of [...rules.shares].sort((a, b) => b.stars - a.stars)) {
    cumulative += s.percent;
    if (rank <= Math.round((count * cumulative) / 100)) return s.stars;
  }
  return 0;
}
