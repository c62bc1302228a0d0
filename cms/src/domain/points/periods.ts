// Points periods. Dates are calendar days in China (YYYY-MM-DD); a period is named by its key.
export type PeriodKind = 'month' | 'quarter' | 'year';

export interface DayParts {
  year: number;
  month: number;
}

export function parseDay(day: string): DayParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** e.g. 2026-11 (month), 2026-Q4 (quarter), 2026 (year). */
export function periodKey(kind: PeriodKind, day: string): string {
  const { year, month } = parseDay(day);
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${quarterOf(month)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The months [first, last] of the period holding `day`, for range queries over monthly totals. */
export function monthsOf(kind: PeriodKind, day: string): { year: number; from: number; to: number } {
  const { year, month } = parseDay(day);
  if (kind === 'year') return { year, from: 1, to: 12 };
  if (kind === 'quarter') {
    const q = quarterOf(month);
    return { year, from: q * 3 - 2, to: q * 3 };
  }
  return { year, from: month, to: month };
}
