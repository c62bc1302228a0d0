// 四个一 visit cadence per grid and person: a daily or every-few-days rule is a largest allowed gap
// between visits; a monthly rule wants visits in every finished month. Overdue shows as soon as the
// allowed gap has run out, not only at the end of a period.
import { result, type CheckResult, type Finding } from '../check-result';
import { dayFromNumber, dayNumber } from '../calendar/days';
import type { CadenceRule } from './dispatch-rules';

export interface VisitLog {
  grid: string;
  person: string;
  role: string;
  /** Days ('YYYY-MM-DD') with at least one visit; order and duplicates do not matter. */
  days: string[];
}

/**
 * Checks visits from `from` through `through` (the last finished day, normally yesterday).
 * A visit before `from` may be included: it anchors the first gap.
 */
export function checkVisits(log: VisitLog, rule: CadenceRule, from: string, through: string): CheckResult {
  const start = dayNumber(from);
  const end = dayNumber(through);
  if (end < start) throw new Error(`检查期间起止颠倒：${from} 至 ${through}`);
  const visits = [...new Set(log.days.map(dayNumber))].sort((a, b) => a - b);
  const who = `${rule.label}${log.person}`;
  const findings: Finding[] = [];
  if (rule.kind === 'max_gap_days') {
    const before = visits.filter((d) => d < start);
    const anchors = [before.length ? before[before.length - 1] : start - 1, ...visits.filter((d) => d >= start && d <= end), end + 1];
    for (let i = 1; i < anchors.length; i++) {
      const gap = anchors[i] - anchors[i - 1];
      if (gap <= rule.days) continue;
      const missedFrom = dayFromNumber(Math.max(anchors[i - 1] + 1, start));
      const missedTo = dayFromNumber(Math.min(anchors[i] - 1, end));
      findings.push({
        code: 'visit_overdue',
        severity: 'error',
        message: `${who}在${log.grid} ${missedFrom} 至 ${missedTo} 未进网格，连续 ${gap - 1} 天（要求：${rule.text ?? `至多间隔 ${rule.days} 天`}）`,
        params: { grid: log.grid, person: log.person, role: log.role, from: missedFrom, to: missedTo, daysWithout: gap - 1, maxGap: rule.days },
      });
    }
  } else {
    const perMonth = new Map<string, number>();
    for (const d of visits) {
      const month = dayFromNumber(d).slice(0, 7);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    for (const month of finishedMonths(from, through)) {
      const have = perMonth.get(month) ?? 0;
      if (have >= rule.times) continue;
      findings.push({
        code: 'visit_overdue',
        severity: 'error',
        message: have === 0
          ? `${who}在${log.grid} ${month} 未进网格（要求：${rule.text ?? `每月 ${rule.times} 次`}）`
          : `${who}在${log.grid} ${month} 进网格 ${have} 次，少于每月 ${rule.times} 次`,
        params: { grid: log.grid, person: log.person, role: log.role, month, have, times: rule.times },
      });
    }
  }
  return result(findings);
}

/** Months touching [from, through] whose last day is no later than `through`. */
function finishedMonths(from: string, through: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const lastDay = dayFromNumber(Date.UTC(y, m, 1) / 86_400_000 - 1);
    if (lastDay > through) break;
    months.push(key);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}
