// Exact shares for quorums and votes. "More than half" and "at least two thirds" differ exactly at
// the edge, so thresholds are integer fractions and counts are compared by multiplication.
export interface Share {
  num: number;
  den: number;
}

export interface Threshold {
  share: Share;
  /** true: more than the share (strictly); false: at least the share */
  strictlyMore: boolean;
}

/** The smallest count out of `base` that meets the threshold: 6 for more than 1/2 of 10, 5 of 9; 6 for at least 2/3 of 9. */
export function neededCount(base: number, t: Threshold): number {
  const { num, den } = t.share;
  return t.strictlyMore ? Math.floor((base * num) / den) + 1 : Math.ceil((base * num) / den);
}

/** Does `count` out of `base` meet the threshold? Cross-multiplied, so no rounding can creep in. */
export function meets(count: number, base: number, t: Threshold): boolean {
  const { num, den } = t.share;
  return t.strictlyMore ? count * den > base * num : count * den >= base * num;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number): string => DIGITS[n] ?? String(n);

/** "超过半数", "三分之二以上" — as a rule states it. */
export function describeThreshold(t: Threshold): string {
  const { num, den } = t.share;
  if (num === 0) return '不限人数';
  const part = num === 1 && den === 2 ? '半数' : `${cn(den)}分之${cn(num)}`;
  return t.strictlyMore ? `超过${part}` : `${part}以上（含）`;
}

export function isShare(s: unknown): s is Share {
  const v = s as Share;
  return !!v && Number.isInteger(v.num) && Number.isInteger(v.den) && v.den > 0 && v.num >= 0 && v.num <= v.den;
}

/** n / d in integer per mille, rounded half up (2 of 3 → 667); d must be positive. */
export function perMille(n: number, d: number): number {
  if (!(d > 0)) throw new Error(`perMille of nothing: ${n}/${d}`);
  return Math.floor((2000 * n + d) / (2 * d));
}
