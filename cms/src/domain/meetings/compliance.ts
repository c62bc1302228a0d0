// Compliance of one organisation × period × meeting kind, from kept totals (required, held, late)
// rather than a scan of meetings, so reports can feed it straight from SQL aggregates.
import { addDays, daysBetween, isDay } from './days';
import { perMille } from './fractions';

export type ComplianceStatus = 'held' | 'due_soon' | 'overdue' | 'open' | 'upcoming';

export interface ComplianceInput {
  /** meetings the rule requires in the period (the rule's frequency.count), at least 1 */
  required: number;
  /** finalised meetings dated in the period that count (quorum met), late ones included */
  held: number;
  /** of those, how many were finalised late (see isLate); 0 when not kept */
  late?: number;
  periodStart: string;
  periodEnd: string;
  today: string;
  /** the last N days of the period, its last day included, are due soon; 0 = never */
  dueSoonDays: number;
}

export interface Compliance {
  status: ComplianceStatus;
  required: number;
  held: number;
  /** still to hold: max(0, required − held) */
  missing: number;
  late: number;
  /** days from today to the period's last day (0 on the last day, negative once it is over) */
  daysLeft: number;
  /** the first day the requirement shows as due soon (periodEnd − dueSoonDays + 1), null when dueSoonDays is 0 */
  dueSoonFrom: string | null;
}

/**
 * One status per organisation, period and kind, checked in this order:
 *   held      — held ≥ required, whatever the date (a period already met stays met);
 *   upcoming  — today is before the period's first day;
 *   overdue   — today is after the period's last day and the count is not reached;
 *   due_soon  — today is in the period's last `dueSoonDays` days (last day included);
 *   open      — otherwise: the period is running and not yet due soon.
 * Meetings count toward the period holding their date; a meeting finalised after the period
 * ended still counts there (and may be late), so an overdue period can turn held.
 */
export function complianceStatus(input: ComplianceInput): Compliance {
  const { required, held, periodStart, periodEnd, today, dueSoonDays } = input;
  const late = input.late ?? 0;
  if (!Number.isInteger(required) || required < 1) throw new Error(`required must be a positive integer: ${required}`);
  if (!Number.isInteger(held) || held < 0) throw new Error(`held must be a non-negative integer: ${held}`);
  if (!Number.isInteger(late) || late < 0 || late > held) throw new Error(`late must be an integer in 0..held: ${late}`);
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) throw new Error(`dueSoonDays must be a non-negative integer: ${dueSoonDays}`);
  for (const d of [periodStart, periodEnd, today]) if (!isDay(d)) throw new Error(`not a day: ${d}`);
  if (periodEnd < periodStart) throw new Error(`period ends before it starts: ${periodStart}..${periodEnd}`);

  const left = daysBetween(today, periodEnd);
  const dueSoonFrom = dueSoonDays > 0 ? addDays(periodEnd, 1 - dueSoonDays) : null;
  const status: ComplianceStatus =
    held >= required ? 'held'
      : today < periodStart ? 'upcoming'
        : today > periodEnd ? 'overdue'
          : dueSoonFrom !== null && today >= dueSoonFrom ? 'due_soon'
            : 'open';
  return { status, required, held, missing: Math.max(0, required - held), late, daysLeft: left, dueSoonFrom };
}

/**
 * Was a meeting finalised late? The recorder has `finaliseWithinDays` calendar days after the day
 * it was held: held 03-01 with 7 days is on time through 03-08 and late from 03-09. Both are China
 * calendar days (use chinaDay for a stored UTC timestamp).
 */
export function isLate(heldOn: string, finalisedOn: string, finaliseWithinDays: number): boolean {
  return daysBetween(heldOn, finalisedOn) > finaliseWithinDays;
}

/** The last day a meeting held on `heldOn` can be finalised on time. */
export function finaliseDeadline(heldOn: string, finaliseWithinDays: number): string {
  return addDays(heldOn, finaliseWithinDays);
}

export const COMPLIANCE_NAMES: Record<ComplianceStatus, string> = {
  held: '已完成',
  due_soon: '临期',
  overdue: '逾期',
  open: '进行中',
  upcoming: '未开始',
};

export interface ComplianceSummary {
  total: number;
  byStatus: Record<ComplianceStatus, number>;
  late: number;
  /** periods already over (held or overdue) that were held, per mille; null when none is over */
  metPerMille: number | null;
}

/** Totals over many rows (an organisation's year, a township's branches) for dashboards. */
export function summariseCompliance(rows: readonly Compliance[]): ComplianceSummary {
  const byStatus: Record<ComplianceStatus, number> = { held: 0, due_soon: 0, overdue: 0, open: 0, upcoming: 0 };
  let late = 0;
  for (const r of rows) {
    byStatus[r.status]++;
    late += r.late;
  }
  const decided = byStatus.overdue + rows.filter((r) => r.status === 'held' && r.daysLeft < 0).length;
  const met = decided - byStatus.overdue;
  return { total: rows.length, byStatus, late, metPerMille: decided ? perMille(met, decided) : null };
}
