// Shares as integer fractions, compared by cross-multiplying so "more than half" and "at least 2/3"
// are exact at the edge (2/3 of 9 is 6; more than half of 10 is 6) — never floats.

export interface Fraction {
  num: number;
  den: number;
}

/** `strictlyMore: true` is "more than" (超过), false is "at least" (以上, inclusive). */
export interface Threshold {
  share: Fraction;
  strictlyMore: boolean;
}

export function isFraction(f: unknown): f is Fraction {
  const x = f as Fraction;
  return !!x && Number.isSafeInteger(x.num) && Number.isSafeInteger(x.den) && x.den > 0 && x.num >= 0 && x.num <= x.den;
}

/** Whether `count` out of `total` meets the threshold. */
export function meets(count: number, total: number, t: Threshold): boolean {
  const lhs = count * t.share.den;
  const rhs = t.share.num * total;
  return t.strictlyMore ? lhs > rhs : lhs >= rhs;
}

/** The smallest count out of `total` that meets the threshold (may exceed `total` when it cannot be met). */
export function needed(total: number, t: Threshold): number {
  const { num, den } = t.share;
  const whole = Math.floor((num * total) / den);
  const exact = whole * den === num * total;
  if (t.strictlyMore) return whole + 1;
  return exact ? whole : whole + 1;
}

/** True when `a` never asks for fewer than `b`, whatever the total. */
export function atLeastAsStrict(a: Threshold, b: Threshold): boolean {
  const l = a.share.num * b.share.den;
  const r = b.share.num * a.share.den;
  if (l !== r) return l > r;
  return a.strictlyMore || !b.strictlyMore;
}

const NAMED: Record<string, string> = { '1/2': '半数', '2/3': '三分之二', '3/4': '四分之三', '1/3': '三分之一', '1/1': '全部' };

/** Chinese wording as the rules write it: 过半数, 三分之二以上, 超过 3/5, 3/5 以上. */
export function describeThreshold(t: Threshold): string {
  const g = gcd(t.share.num, t.share.den) || 1;
  const key = `${t.share.num / g}/${t.share.den / g}`;
  const named = NAMED[key];
  if (t.strictlyMore) return named === '半数' ? '过半数' : `超过${named ?? key}`;
  return `${named ?? key}以上`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
