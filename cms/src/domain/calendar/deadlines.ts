// A deadline set in hours runs on the clock; one set in working days ends with the last working day.
import { chinaDay, endOfChinaDay, instantMs } from './days';
import { addWorkingDays, type WorkingCalendar } from './working-days';

export type DeadlineRule = { hours: number; workingDays?: undefined } | { workingDays: number; hours?: undefined };

export function deadlineFrom(start: string, rule: DeadlineRule, cal: WorkingCalendar): string {
  if (rule.hours != null) {
    if (!Number.isInteger(rule.hours) || rule.hours <= 0) throw new Error(`期限小时数应为正整数：${rule.hours}`);
    return new Date(instantMs(start) + rule.hours * 3_600_000).toISOString();
  }
  return endOfChinaDay(addWorkingDays(chinaDay(start), rule.workingDays, cal));
}

/** Past its deadline at `now` (an instant exactly at the deadline is still in time). */
export function isPast(deadline: string, now: string): boolean {
  return instantMs(now) > instantMs(deadline);
}
