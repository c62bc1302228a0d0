// Assessment rates as rule records, in exact per-mille, at their edges.
import { describe, expect, it } from 'vitest';
import { addCounts, assess, checkAssessmentRules, formatPerMille, perMille, type Counts } from '../../cms/src/domain/assessment/formulas';
import { classifyAssignment, tallyEvents } from '../../cms/src/domain/events/assessment';
import type { Assignment, GovEvent } from '../../cms/src/domain/events/event';
import { newEvent } from '../../cms/src/domain/events/event';
import { chinaTime } from '../../cms/src/domain/calendar/days';
import { loadDispatchRules } from '../../seeds/three-ones/rules';

const rules = loadDispatchRules().assessment;
const rate = (counts: Counts, code: string) => assess(counts, rules).rates[code].permille;

describe('perMille', () => {
  it('rounds down so 100% means all, and has no rate for nothing', () => {
    expect(perMille(0, 0)).toBeNull();
    expect(perMille(0, 5)).toBe(0);
    expect(perMille(5, 5)).toBe(1000);
    expect(perMille(999, 1000)).toBe(999);
    expect(perMille(1999, 2000)).toBe(999);
    expect(perMille(9_999_999, 10_000_000)).toBe(999);
    expect(perMille(2, 3)).toBe(666);
    expect(perMille(1, 3)).toBe(333);
  });

  it('refuses fractions, negatives and numbers too big to scale exactly', () => {
    expect(() => perMille(1.5, 3)).toThrow();
    expect(() => perMille(-1, 3)).toThrow();
    expect(() => perMille(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toThrow();
  });

  it('formats per-mille as a percentage', () => {
    expect(formatPerMille(975)).toBe('97.5%');
    expect(formatPerMille(1000)).toBe('100%');
    expect(formatPerMille(0)).toBe('0%');
    expect(formatPerMille(null)).toBe('—');
  });
});

describe('the shipped formulas', () => {
  it('are a sound rule record', () => {
    expect(checkAssessmentRules(rules)).toEqual([]);
    expect(rules.formulas.map((f) => f.label)).toEqual(['办结率', '满意率', '退件率', '按时率']);
  });

  it('count open items already past their deadline as late', () => {
    const finished = { finished_on_time: 9, finished_late: 1 };
    expect(rate(finished, 'on_time_rate')).toBe(900);
    // leaving two cases open past their deadline must not look better
    expect(rate({ ...finished, open_overdue: 2 }, 'on_time_rate')).toBe(750);
    // open items still within their time are not judged yet
    expect(rate({ ...finished, open_in_time: 5 }, 'on_time_rate')).toBe(900);
    // a centre that finishes nothing and leaves all overdue is at 0, not "no rate"
    expect(rate({ open_overdue: 3 }, 'on_time_rate')).toBe(0);
    expect(rate({ open_in_time: 3 }, 'on_time_rate')).toBeNull();
  });

  it('keep returned items in the completion denominator and measure them in the return rate', () => {
    const counts = { finished_on_time: 6, finished_late: 1, returned: 2, open_in_time: 1 };
    expect(rate(counts, 'completion_rate')).toBe(700);
    expect(rate(counts, 'return_rate')).toBe(200);
    expect(assess(counts, rules)).toMatchObject({ volume: 10, open: 1 });
  });

  it('count a rating of 4 as satisfied and 3 as not', () => {
    expect(rules.satisfiedFrom).toBe(4);
    expect(rate({ satisfied: 2, unsatisfied: 1 }, 'satisfaction_rate')).toBe(666);
    expect(rate({}, 'satisfaction_rate')).toBeNull();
    expect(assess({}, rules)).toMatchObject({ volume: 0, open: 0 });
  });

  it('refuse counts that are not whole', () => {
    expect(() => assess({ finished_on_time: 1.5 }, rules)).toThrow();
    expect(() => assess({ returned: -1 }, rules)).toThrow();
  });

  it('add up across months and units', () => {
    expect(addCounts({ finished_on_time: 1, satisfied: 1 }, { finished_on_time: 2, returned: 1 })).toEqual({ finished_on_time: 3, satisfied: 1, returned: 1 });
  });
});

describe('checkAssessmentRules', () => {
  it('finds unknown counters, empty sides, a numerator outside its denominator and a bad threshold', () => {
    const bad = {
      satisfiedFrom: 6,
      volume: ['finished'],
      open: [],
      formulas: [
        { code: 'a', label: '甲', numerator: ['finished_on_time'], denominator: ['finished_late'] },
        { code: 'a', label: '乙', numerator: [], denominator: ['nothing'] },
      ],
    } as never;
    const problems = checkAssessmentRules(bad);
    expect(problems).toEqual([
      '甲的分子计数不在分母中：finished_on_time',
      '考核指标重复：a',
      '乙含未知计数：nothing',
      '乙的分子和分母都不能为空',
      '未知计数：finished',
      '满意分界应为 1 至 5 的整数：6',
    ]);
  });
});

describe('counting event assignments', () => {
  const deadline = chinaTime('2026-03-10', '18:00');
  const base: Assignment = { assignee: 'x', level: 'township', mode: 'assign', round: 1, assignedAt: chinaTime('2026-03-05', '09:00'), deadline,
    status: 'open', endedAt: null, note: null, reason: null };

  it('classifies at the deadline edge', () => {
    expect(classifyAssignment(base, deadline)).toBe('open_in_time');
    expect(classifyAssignment(base, chinaTime('2026-03-10', '18:01'))).toBe('open_overdue');
    expect(classifyAssignment({ ...base, status: 'done', endedAt: deadline }, deadline)).toBe('finished_on_time');
    expect(classifyAssignment({ ...base, status: 'done', endedAt: chinaTime('2026-03-10', '18:01') }, deadline)).toBe('finished_late');
    expect(classifyAssignment({ ...base, status: 'returned', endedAt: chinaTime('2026-03-11', '09:00') }, deadline)).toBe('returned');
  });

  it('tallies per township and per county department for the month assigned, rating each unit once per event', () => {
    const e = (assignments: Assignment[], satisfaction: number | null): GovEvent => ({
      ...newEvent('321323102', '321323102-R001', chinaTime('2026-03-05', '08:00')), assignments, satisfaction,
      status: satisfaction ? 'closed' : 'in_progress' });
    const done = { ...base, status: 'done' as const, endedAt: chinaTime('2026-03-06', '09:00') };
    const events = [
      e([{ ...done, assignee: '321323102:综合行政执法局' }, { ...done, assignee: '321323102:社会治理局' }], 5),
      e([{ ...done, assignee: 'cg', level: 'county' }], 2),
      e([{ ...base, assignee: 'cg', level: 'county' }], null),
      e([{ ...base, assignedAt: chinaTime('2026-04-01', '00:00') }], null),
    ];
    const tally = tallyEvents(events, '2026-03', chinaTime('2026-03-31', '12:00'), rules);
    expect(Object.fromEntries(tally)).toEqual({
      '321323102': { finished_on_time: 2, satisfied: 1 },
      cg: { finished_on_time: 1, unsatisfied: 1, open_overdue: 1 },
    });
    expect(assess(tally.get('cg')!, rules).rates.on_time_rate.permille).toBe(500);
  });
});
