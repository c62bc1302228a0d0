// The compliance matrix: an organisation's year as one cell per month, each the worst status of the
// obligations whose deadline (the period's last day) falls in that month — a quarterly assembly not
// held shows in March, a yearly one in December, where it is due soon and then overdue; and a
// township's counts per month from how many organisations met each period.
import { complianceStatus, type Compliance, type ComplianceStatus } from './compliance';
import { parsePeriodKey, periodsOfYear, type MeetingPeriod } from './periods';
import type { MeetingRule } from './rules';

/** Worst first: what a cell shows when its kinds disagree. */
export const STATUS_ORDER: readonly ComplianceStatus[] = ['overdue', 'due_soon', 'open', 'upcoming', 'held'];

export function worstStatus(statuses: readonly ComplianceStatus[]): ComplianceStatus | null {
  let best: number | null = null;
  for (const s of statuses) {
    const i = STATUS_ORDER.indexOf(s);
    if (best === null || i < best) best = i;
  }
  return best === null ? null : STATUS_ORDER[best];
}

export const monthKeys = (year: number): string[] => periodsOfYear('month', year).map((p) => p.key);

/** The months (keys) a period covers. */
export function monthsOf(periodKey: string): string[] {
  const p = parsePeriodKey(periodKey);
  const first = Number(p.start.slice(5, 7));
  const last = Number(p.end.slice(5, 7));
  return Array.from({ length: last - first + 1 }, (_, i) => `${p.year}-${String(first + i).padStart(2, '0')}`);
}

export interface KeptRow {
  kind: string;
  period: string;
  held: number;
  late: number;
}

export interface KindPeriod extends Compliance {
  kind: string;
  period: string;
}

export interface OrganisationYear {
  /** one entry per month, January first: the worst status of the obligations due that month (null: none) */
  months: Array<{ month: string; status: ComplianceStatus | null }>;
  /** every kind × period the organisation owes this year */
  periods: KindPeriod[];
}

/** Per rule and period of a year: its dates and the status it has while unmet (the same for every organisation). */
export interface YearCalendar {
  year: number;
  today: string;
  periods: Map<string, Array<{ key: string; months: string[]; unmet: Compliance }>>;
}

export function yearCalendar(rules: readonly MeetingRule[], year: number, today: string): YearCalendar {
  const periods = new Map<string, Array<{ key: string; months: string[]; unmet: Compliance }>>();
  for (const rule of rules) {
    periods.set(rule.kind, periodsOfYear(rule.frequency.period as MeetingPeriod, year).map((p) => ({
      key: p.key, months: monthsOf(p.key).slice(-1),
      unmet: complianceStatus({ required: rule.frequency.count, held: 0, periodStart: p.start, periodEnd: p.end, today, dueSoonDays: rule.dueSoonDays }),
    })));
  }
  return { year, today, periods };
}

/**
 * One organisation's year from its kept rows and the rules that apply to it. Pass a calendar made
 * once for many organisations: only the comparison of held and required is per organisation.
 */
export function organisationYear(rules: readonly MeetingRule[], rows: readonly KeptRow[], year: number, today: string, calendar?: YearCalendar): OrganisationYear {
  const cal = calendar ?? yearCalendar(rules, year, today);
  const kept = new Map(rows.map((r) => [`${r.kind}|${r.period}`, r]));
  const periods: KindPeriod[] = [];
  const byMonth = new Map<string, ComplianceStatus[]>(monthKeys(year).map((m) => [m, []]));
  for (const rule of rules) {
    for (const p of cal.periods.get(rule.kind) ?? []) {
      const row = kept.get(`${rule.kind}|${p.key}`);
      const held = row?.held ?? 0;
      const met = held >= rule.frequency.count;
      const c: KindPeriod = {
        kind: rule.kind, period: p.key, ...p.unmet,
        status: met ? 'held' : p.unmet.status, required: rule.frequency.count, held, missing: Math.max(0, rule.frequency.count - held), late: Math.min(row?.late ?? 0, held),
      };
      periods.push(c);
      for (const m of p.months) byMonth.get(m)?.push(c.status);
    }
  }
  return { months: [...byMonth].map(([month, s]) => ({ month, status: worstStatus(s) })), periods };
}

export type StatusCounts = Record<ComplianceStatus, number>;
const zero = (): StatusCounts => ({ held: 0, due_soon: 0, overdue: 0, open: 0, upcoming: 0 });

export interface TownshipKind {
  rule: MeetingRule;
  /** organisations that owe this kind */
  organisations: number;
  /** per period key: organisations that reached the count */
  met: Record<string, number>;
}

/**
 * A township's (or the county's) year by month: per month, how many organisation × kind
 * obligations due that month are held, open, due soon, overdue or upcoming. Unmet obligations of a
 * period share one status (it depends only on the period and today), so no organisation is read.
 */
export function countsByMonth(kinds: readonly TownshipKind[], year: number, today: string, calendar?: YearCalendar): Array<{ month: string; counts: StatusCounts }> {
  const cal = calendar ?? yearCalendar(kinds.map((k) => k.rule), year, today);
  const out = new Map(monthKeys(year).map((m) => [m, zero()]));
  for (const k of kinds) {
    if (!k.organisations) continue;
    for (const p of cal.periods.get(k.rule.kind) ?? []) {
      const met = Math.min(k.met[p.key] ?? 0, k.organisations);
      for (const m of p.months) {
        const c = out.get(m)!;
        c.held += met;
        c[p.unmet.status] += k.organisations - met;
      }
    }
  }
  return [...out].map(([month, counts]) => ({ month, counts }));
}
