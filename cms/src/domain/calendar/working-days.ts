// Working days in China: Monday–Friday, minus public holidays, plus the weekend days that are worked
// in exchange (调休). The holiday schedule is published yearly, so it is data (config/working-calendar.json).
import { addDays, dayFromNumber, dayNumber, weekday } from './days';

export interface HolidaySpec {
  name: string;
  from: string;
  to: string;
  /** Weekend days worked in exchange for this holiday. */
  workdays?: string[];
}

export interface CalendarYearSpec {
  year: number;
  illustrative?: boolean;
  source?: string;
  holidays: HolidaySpec[];
}

export interface WorkingCalendarConfig {
  years: CalendarYearSpec[];
}

export interface WorkingCalendar {
  /** Days off, by day → holiday name. */
  holidays: Map<string, string>;
  /** Weekend days that are working days, by day → holiday name. */
  workdays: Map<string, string>;
  years: Set<number>;
}

/** Expands the config; throws on a malformed range, a 调休 day that is not a weekend, or a day both off and on. */
export function buildWorkingCalendar(config: WorkingCalendarConfig): WorkingCalendar {
  const cal: WorkingCalendar = { holidays: new Map(), workdays: new Map(), years: new Set() };
  for (const y of config.years) {
    if (cal.years.has(y.year)) throw new Error(`工作日历重复年份：${y.year}`);
    cal.years.add(y.year);
    for (const h of y.holidays) {
      const from = dayNumber(h.from);
      const to = dayNumber(h.to);
      if (to < from) throw new Error(`${h.name}放假起止日期颠倒：${h.from} 至 ${h.to}`);
      for (let n = from; n <= to; n++) cal.holidays.set(dayFromNumber(n), h.name);
      for (const w of h.workdays ?? []) {
        const wd = weekday(w);
        if (wd !== 0 && wd !== 6) throw new Error(`${h.name}调休上班日 ${w} 不是周末`);
        cal.workdays.set(w, h.name);
      }
    }
  }
  for (const day of cal.workdays.keys()) {
    if (cal.holidays.has(day)) throw new Error(`${day} 既是假日又是调休上班日`);
  }
  return cal;
}

export function isWorkingDay(day: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const wd = weekday(day);
  return wd !== 0 && wd !== 6;
}

/** Whether the calendar knows the holidays of the day's year; outside it only weekends count. */
export function calendarCovers(day: string, cal: WorkingCalendar): boolean {
  return cal.years.has(Number(day.slice(0, 4)));
}

/**
 * The n-th working day after `day` — the day itself is not counted, as time limits run "from the
 * day after" (期间开始之日不计入). n = 0 gives `day` itself (a same-day item).
 */
export function addWorkingDays(day: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`工作日数应为非负整数：${n}`);
  let current = day;
  dayNumber(current);
  for (let counted = 0; counted < n; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, cal)) counted++;
  }
  return current;
}

/** Working days in (a, b]: how many working days b lies after a; negative when b is before a. */
export function workingDaysBetween(a: string, b: string, cal: WorkingCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, cal);
  let count = 0;
  for (let n = from + 1; n <= to; n++) if (isWorkingDay(dayFromNumber(n), cal)) count++;
  return count;
}
