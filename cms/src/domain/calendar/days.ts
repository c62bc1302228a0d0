// Calendar days in China as 'YYYY-MM-DD' and instants as UTC ISO strings. China keeps +08:00 all
// year (no daylight saving), so the shift is a constant and no time-zone database is needed.
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; throws on anything that is not a real calendar day. */
export function dayNumber(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`不是有效日期：${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new Error(`不是有效日期：${day}`);
  return ms / DAY_MS;
}

export function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(day: string, n: number): string {
  return dayFromNumber(dayNumber(day) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(dayNumber(day) * DAY_MS).getUTCDay();
}

export function instantMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(instant)) throw new Error(`不是有效时间：${instant}`);
  return ms;
}

/** The day in China on which an instant falls. */
export function chinaDay(instant: string): string {
  return new Date(instantMs(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of the instant in China, the key of monthly assessments. */
export function chinaMonth(instant: string): string {
  return chinaDay(instant).slice(0, 7);
}

/** The last millisecond of a China day, as a UTC instant: a deadline "by the end of the day". */
export function endOfChinaDay(day: string): string {
  return new Date((dayNumber(day) + 1) * DAY_MS - CHINA_OFFSET_MS - 1).toISOString();
}

/** A China wall-clock time on a day ('HH:mm') as a UTC instant. */
export function chinaTime(day: string, hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`不是有效时刻：${hhmm}`);
  return new Date(dayNumber(day) * DAY_MS - CHINA_OFFSET_MS + (Number(m[1]) * 60 + Number(m[2])) * 60_000).toISOString();
}
