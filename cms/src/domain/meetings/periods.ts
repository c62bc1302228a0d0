// Meeting periods: calendar month, quarter, half year and year, each named by a key —
// '2026-03', '2026-Q1', '2026-H1', '2026'. Month, quarter and year keys are the points ledger's own
// (domain/points/periods), so meeting and points reports join on the same keys.
import { periodKey as pointsPeriodKey } from '../points/periods';
import { addDays, daysBetween, isDay, lastDayOfMonth } from './days';

export type MeetingPeriod = 'month' | 'quarter' | 'half_year' | 'year';

export const MEETING_PERIODS: readonly MeetingPeriod[] = ['month', 'quarter', 'half_year', 'year'];

/** Months per period; every period starts on the first day of a month. */
const MONTHS: Record<MeetingPeriod, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };

export const PERIOD_NAMES: Record<MeetingPeriod, string> = { month: '每月', quarter: '每季度', half_year: '每半年', year: '每年' };

export interface PeriodSpan {
  key: string;
  period: MeetingPeriod;
  year: number;
  /** 1-based position in the year: month 1–12, quarter 1–4, half 1–2, year 1 */
  index: number;
  /** first and last day, both inside the period */
  start: string;
  end: string;
}

function dayParts(day: string): { year: number; month: number } {
  if (!isDay(day)) throw new Error(`not a day: ${day}`);
  return { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
}

/** The key of the period of kind `period` holding `day`. */
export function periodKeyOf(period: MeetingPeriod, day: string): string {
  const { year, month } = dayParts(day);
  if (period === 'half_year') return `${year}-H${month <= 6 ? 1 : 2}`;
  return pointsPeriodKey(period, day);
}

function span(period: MeetingPeriod, year: number, index: number): PeriodSpan {
  const months = MONTHS[period];
  const first = (index - 1) * months + 1;
  const last = first + months - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const key =
    period === 'year' ? String(year)
      : period === 'half_year' ? `${year}-H${index}`
        : period === 'quarter' ? `${year}-Q${index}`
          : `${year}-${pad(index)}`;
  return {
    key, period, year, index,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  };
}

/** Reads a key back; throws on anything that is not one of the four forms. */
export function parsePeriodKey(key: string): PeriodSpan {
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(key);
  if (!m) throw new Error(`not a period key: ${key}`);
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new Error(`not a period key: ${key}`);
    return span('month', year, month);
  }
  if (m[3] !== undefined) return span('quarter', year, Number(m[3]));
  if (m[4] !== undefined) return span('half_year', year, Number(m[4]));
  return span('year', year, 1);
}

/** The period of kind `period` holding `day`, with its first and last day. */
export function periodOf(period: MeetingPeriod, day: string): PeriodSpan {
  return parsePeriodKey(periodKeyOf(period, day));
}

/** Every period of kind `period` in `year`, in order (12 months, 4 quarters, 2 halves, 1 year). */
export function periodsOfYear(period: MeetingPeriod, year: number): PeriodSpan[] {
  const count = 12 / MONTHS[period];
  return Array.from({ length: count }, (_, i) => span(period, year, i + 1));
}

export function periodKeysOfYear(period: MeetingPeriod, year: number): string[] {
  return periodsOfYear(period, year).map((p) => p.key);
}

/** The period right after `key`, of the same kind. */
export function nextPeriod(key: string): PeriodSpan {
  const p = parsePeriodKey(key);
  return periodOf(p.period, addDays(p.end, 1));
}

/**
 * Days from `today` to the period's last day: 0 on the last day, 1 the day before; negative once
 * the period is over. Before the period starts it is the whole remaining length plus the wait.
 */
export function daysLeft(periodEnd: string, today: string): number {
  return daysBetween(today, periodEnd);
}

export function containsDay(p: Pick<PeriodSpan, 'start' | 'end'>, day: string): boolean {
  return day >= p.start && day <= p.end;
}
