export interface AssessmentRule {
  id: string;
  code: string;
  name: string;
  numerator: string[];
  denominator: string[];
  position: number;
  active: boolean;
}

/** The counters an item's outcome in its month falls into (cms/src/domain/assessment/formulas.ts). */
export const COUNTERS = ['finished_on_time', 'finished_late', 'returned', 'open_in_time', 'open_overdue', 'satisfied', 'unsatisfied'] as const;
