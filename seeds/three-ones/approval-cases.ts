// About a year of approval cases (办件) over the 13 township halls: 5,077 by default, the number the
// seed document reports. Each case is driven through the domain's state machine, so deadlines,
// on-time flags and statuses are exactly what the rules give. Deterministic for the same options.
import { TOWNSHIPS } from '../townships';
import { apportion } from '../plan';
import { intBetween, pick, rng, type Rng } from '../random';
import { personName, phone } from '../names';
import { addDays, chinaDay, chinaTime, instantMs } from '../../cms/src/domain/calendar/days';
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from '../../cms/src/domain/calendar/working-days';
import { caseTransition, newApprovalCase, type ApprovalCase, type CaseAction, type CaseInput } from '../../cms/src/domain/services/approval-case';
import type { WindowKind } from '../../cms/src/domain/services/service-hall';
import { APPROVAL_ITEMS, type ApprovalItemSeed } from './approval-items';
import { fictitiousIdNumber } from './ids';
import { loadWorkingCalendar } from './rules';

export interface ApprovalCaseSeed extends ApprovalCase {
  code: string;
  item: string;
  township: string;
  window: WindowKind;
  windowUnit: string | null;
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string;
}

export interface ApprovalCaseOptions {
  count?: number;
  year?: number;
  /** Cases still running at this instant stay open; default the end of the year. */
  asOf?: string;
  seed?: number;
  calendar?: WorkingCalendar;
}

/** Departments with a stationed window take their cases there (公安, 市监, 水电气). */
const STATIONED: Record<string, string> = { ga: 'police', scjg: 'market', sdq: 'utilities' };
/** The busiest counters: people come for ID cards, social insurance and business licences far more often. */
const BUSY_DEPARTMENTS = new Set(['ga', 'rs', 'yb', 'scjg', 'mz']);

function weightedItems(): ApprovalItemSeed[] {
  return APPROVAL_ITEMS.flatMap((item) => (BUSY_DEPARTMENTS.has(item.departmentCode) ? [item, item, item] : [item]));
}

function score(r: Rng): number {
  const x = r();
  return x < 0.72 ? 5 : x < 0.92 ? 4 : x < 0.97 ? 3 : x < 0.99 ? 2 : 1;
}

function step(c: ApprovalCase, action: CaseAction, input: CaseInput, cal: WorkingCalendar): ApprovalCase {
  const out = caseTransition(c, action, input, cal);
  if (!out.ok) throw new Error(`seed case refused (${action}): ${out.message}`);
  return out.value;
}

function officeTime(r: Rng, day: string, after?: string): string {
  for (let i = 0; i < 8; i++) {
    const t = chinaTime(day, `${String(intBetween(r, 8, 16)).padStart(2, '0')}:${String(intBetween(r, 0, 59)).padStart(2, '0')}`);
    if (!after || instantMs(t) >= instantMs(after)) return t;
  }
  return new Date(instantMs(after!) + intBetween(r, 5, 60) * 60_000).toISOString();
}

export function generateApprovalCases(options: ApprovalCaseOptions = {}): ApprovalCaseSeed[] {
  const count = options.count ?? 5077;
  const year = options.year ?? 2026;
  const cal = options.calendar ?? loadWorkingCalendar();
  const asOf = options.asOf ?? chinaTime(`${year}-12-31`, '23:59');
  const asOfDay = chinaDay(asOf);
  const seed = options.seed ?? 5077;

  const days: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31` && d <= asOfDay; d = addDays(d, 1)) if (isWorkingDay(d, cal)) days.push(d);
  if (!days.length) return [];
  const items = weightedItems();
  const shares = apportion(count, TOWNSHIPS.map((t) => t.population));
  const out: ApprovalCaseSeed[] = [];

  TOWNSHIPS.forEach((t, ti) => {
    const r = rng((seed * 7919 + Number(t.code)) >>> 0);
    const handlers = Array.from({ length: 4 }, () => personName(r));
    const mine: ApprovalCaseSeed[] = [];
    for (let i = 0; i < shares[ti]; i++) {
      const item = pick(r, items);
      const stationedUnit = STATIONED[item.departmentCode];
      const window: WindowKind = stationedUnit ? 'stationed' : r() < 0.2 ? 'proxy' : 'general';
      const handler = pick(r, handlers);
      const day = pick(r, days);
      let at = officeTime(r, day);
      // On the day the data is taken, nothing can have been received after that moment.
      if (instantMs(at) > instantMs(asOf)) at = new Date(instantMs(asOf) - intBetween(r, 1, 120) * 60_000).toISOString();
      let c = newApprovalCase(item.timeLimitDays);
      if (r() < 0.02) {
        c = step(c, 'refuse', { at, handler, reason: pick(r, ['申请材料不齐全，已一次性告知需补正材料', '申请事项不属于本窗口受理范围', '申请人不符合申请条件']) }, cal);
      } else {
        c = step(c, 'receive', { at, handler }, cal);
        const limit = item.timeLimitDays;
        const late = r() < 0.04;
        const taken = late ? limit + intBetween(r, 1, 3) : limit === 0 ? 0 : Math.min(limit, Math.floor(r() * r() * (limit + 1)));
        const endDay = addWorkingDays(day, taken, cal);
        const endAt = officeTime(r, endDay, at);
        if (instantMs(endAt) <= instantMs(asOf)) {
          if (r() < 0.03) {
            c = step(c, 'return', { at: endAt, reason: pick(r, ['经审查不符合办理条件', '现场核查与申报情况不符', '申请人主动撤回申请']) }, cal);
          } else {
            c = step(c, 'finish', { at: endAt }, cal);
            if (r() < 0.75) c = step(c, 'rate', { satisfaction: score(r) }, cal);
          }
        }
      }
      mine.push({
        ...c, code: '', item: item.code, township: t.code, window, windowUnit: stationedUnit ?? null,
        applicantName: personName(r), applicantIdNumber: fictitiousIdNumber(r), applicantPhone: phone(r),
      });
    }
    mine.sort((a, b) => firstTime(a) - firstTime(b));
    mine.forEach((c, i) => (c.code = `BJ-${t.code}-${year}-${String(i + 1).padStart(5, '0')}`));
    out.push(...mine);
  });
  return out;
}

function firstTime(c: ApprovalCase): number {
  return instantMs((c.receivedAt ?? c.closedAt)!);
}
