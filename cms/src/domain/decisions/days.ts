// Calendar days in China as 'YYYY-MM-DD'. Counting is done on the day numbers alone (no clock, no
// time zone), so a notice put up on the 1st and taken down on the 7th has been up 7 days.

/** Day number since 1970-01-01, or null when `day` is not a real calendar day. */
export function dayNumber(day: unknown): number | null {
  if (typeof day !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / 86_400_000;
}

export function isDay(day: unknown): day is string {
  return dayNumber(day) != null;
}

/** Days from `from` to `to`, first and last included: the same day is 1. */
export function daysInclusive(from: string, to: string): number {
  return dayNumber(to)! - dayNumber(from)! + 1;
}
