// Where an approval case stands for the monthly assessment. A refusal (不予受理) ends the case at
// its first step, before any time limit runs, so it is outside the status buckets.
import { endOfChinaDay } from '../calendar/days';
import { isPast } from '../calendar/deadlines';
import { satisfactionCounter, type AssessmentRules, type Counts, type StatusBucket } from '../assessment/formulas';
import type { ApprovalCase } from './approval-case';

export function classifyApprovalCase(c: ApprovalCase, now: string): StatusBucket | null {
  switch (c.status) {
    case 'finished':
      return c.onTime ? 'finished_on_time' : 'finished_late';
    case 'returned':
      return 'returned';
    case 'received':
      return c.deadline && isPast(endOfChinaDay(c.deadline), now) ? 'open_overdue' : 'open_in_time';
    default:
      return null;
  }
}

/** Adds one case to a unit's counts for the month it was received in. */
export function countApprovalCase(counts: Counts, c: ApprovalCase, now: string, rules: Pick<AssessmentRules, 'satisfiedFrom'>): Counts {
  const bucket = classifyApprovalCase(c, now);
  if (!bucket) return counts;
  const out = { ...counts, [bucket]: (counts[bucket] ?? 0) + 1 };
  if (c.satisfaction != null) {
    const k = satisfactionCounter(c.satisfaction, rules);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}
