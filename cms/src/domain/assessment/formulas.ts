// Assessment rates (办结率, 满意率, 退件率, 按时率) from kept counts. Which counters make up each side
// of a rate is data (assessment-rules records, seeded from config/dispatch-rules.json), so the county
// can redefine a rate.

/** The status bucket of one item in the assessed month; every item is in exactly one. */
export type StatusBucket = 'finished_on_time' | 'finished_late' | 'returned' | 'open_in_time' | 'open_overdue';
export type Counter = StatusBucket | 'satisfied' | 'unsatisfied';
export type Counts = Partial<Record<Counter, number>>;

export const STATUS_BUCKETS: readonly StatusBucket[] = ['finished_on_time', 'finished_late', 'returned', 'open_in_time', 'open_overdue'];
export const COUNTERS: readonly Counter[] = [...STATUS_BUCKETS, 'satisfied', 'unsatisfied'];

export interface Formula {
  code: string;
  label: string;
  numerator: Counter[];
  denominator: Counter[];
}

export interface AssessmentRules {
  satisfiedFrom: number;
  volume: Counter[];
  open: Counter[];
  formulas: Formula[];
}

export interface Rate {
  num: number;
  den: number;
  /** Rounded down, so 1000 means every item; null when there is nothing to measure. */
  permille: number | null;
}

export interface Assessment {
  volume: number;
  open: number;
  rates: Record<string, Rate>;
}

/** floor(num × 1000 / den) in integers; floats could round 999.9999… up to a full 1000. */
export function perMille(num: number, den: number): number | null {
  if (![num, den].every((x) => Number.isSafeInteger(x) && x >= 0)) throw new Error(`计数应为非负整数：${num}/${den}`);
  if (den === 0) return null;
  const scaled = num * 1000;
  if (!Number.isSafeInteger(scaled)) throw new Error(`计数过大：${num}`);
  return (scaled - (scaled % den)) / den;
}

/** '97.5%' for 975; '—' when there is no rate. */
export function formatPerMille(permille: number | null): string {
  if (permille == null) return '—';
  return permille % 10 === 0 ? `${permille / 10}%` : `${Math.floor(permille / 10)}.${permille % 10}%`;
}

function sum(counts: Counts, counters: Counter[]): number {
  return counters.reduce((total, c) => total + (counts[c] ?? 0), 0);
}

/** Checks the rule record: known counters, non-empty sides, a numerator inside its denominator. */
export function checkAssessmentRules(rules: AssessmentRules): string[] {
  const known = new Set<string>(COUNTERS);
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const f of rules.formulas) {
    if (codes.has(f.code)) problems.push(`考核指标重复：${f.code}`);
    codes.add(f.code);
    const unknown = [...f.numerator, ...f.denominator].filter((c) => !known.has(c));
    if (unknown.length) problems.push(`${f.label}含未知计数：${unknown.join('、')}`);
    if (!f.numerator.length || !f.denominator.length) problems.push(`${f.label}的分子和分母都不能为空`);
    const outside = f.numerator.filter((c) => !f.denominator.includes(c));
    if (outside.length) problems.push(`${f.label}的分子计数不在分母中：${outside.join('、')}`);
  }
  for (const c of [...rules.volume, ...rules.open]) if (!known.has(c)) problems.push(`未知计数：${c}`);
  if (!Number.isInteger(rules.satisfiedFrom) || rules.satisfiedFrom < 1 || rules.satisfiedFrom > 5) {
    problems.push(`满意分界应为 1 至 5 的整数：${rules.satisfiedFrom}`);
  }
  return problems;
}

export function assess(counts: Counts, rules: AssessmentRules): Assessment {
  for (const [k, v] of Object.entries(counts)) {
    if (!Number.isSafeInteger(v) || (v as number) < 0) throw new Error(`计数应为非负整数：${k}=${v}`);
  }
  const rates: Record<string, Rate> = {};
  for (const f of rules.formulas) {
    const num = sum(counts, f.numerator);
    const den = sum(counts, f.denominator);
    rates[f.code] = { num, den, permille: perMille(num, den) };
  }
  return { volume: sum(counts, rules.volume), open: sum(counts, rules.open), rates };
}

/** Adds counts, e.g. the months of a quarter or the townships of the county. */
export function addCounts(...all: Counts[]): Counts {
  const out: Counts = {};
  for (const counts of all) for (const c of COUNTERS) if (counts[c]) out[c] = (out[c] ?? 0) + counts[c]!;
  return out;
}

/** Whether a rating (1–5) counts as satisfied under the rules. */
export function satisfactionCounter(score: number, rules: Pick<AssessmentRules, 'satisfiedFrom'>): 'satisfied' | 'unsatisfied' {
  return score >= rules.satisfiedFrom ? 'satisfied' : 'unsatisfied';
}
