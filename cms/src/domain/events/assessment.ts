// Monthly counts per unit from event assignments, for the assessment formulas. An open assignment
// already past its deadline is counted as overdue at the moment of assessment, so a unit that
// leaves work open is judged late rather than not at all.
import { chinaMonth } from '../calendar/days';
import { isPast } from '../calendar/deadlines';
import { satisfactionCounter, type AssessmentRules, type Counts, type StatusBucket } from '../assessment/formulas';
import type { Assignment, GovEvent } from './event';

export function classifyAssignment(a: Assignment, now: string): StatusBucket {
  if (a.status === 'returned') return 'returned';
  if (a.status === 'done') return isPast(a.deadline, a.endedAt!) ? 'finished_late' : 'finished_on_time';
  return isPast(a.deadline, now) ? 'open_overdue' : 'open_in_time';
}

/** County departments answer for their own assignments; grids and township offices for their township. */
export function defaultUnitOf(a: Assignment, e: GovEvent): string {
  return a.level === 'county' ? a.assignee : e.township;
}

/**
 * Counts per unit for the assignments made in `month` ('YYYY-MM', China time), as of `now`.
 * A rated event adds one satisfaction count to each unit that finished part of it, once per unit.
 */
export function tallyEvents(
  events: Iterable<GovEvent>,
  month: string,
  now: string,
  rules: Pick<AssessmentRules, 'satisfiedFrom'>,
  unitOf: (a: Assignment, e: GovEvent) => string = defaultUnitOf,
): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const bump = (unit: string, key: keyof Counts) => {
    const counts = out.get(unit) ?? {};
    counts[key] = (counts[key] ?? 0) + 1;
    out.set(unit, counts);
  };
  for (const e of events) {
    const rated = new Set<string>();
    for (const a of e.assignments) {
      if (chinaMonth(a.assignedAt) !== month) continue;
      const unit = unitOf(a, e);
      bump(unit, classifyAssignment(a, now));
      if (e.satisfaction != null && a.status === 'done' && !rated.has(unit)) {
        rated.add(unit);
        bump(unit, satisfactionCounter(e.satisfaction, rules));
      }
    }
  }
  return out;
}
