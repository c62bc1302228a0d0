// 四个一 visit cadence per grid and person.
import { describe, expect, it } from 'vitest';
import { checkVisits } from '../../cms/src/domain/events/visits';
import { cadenceFor } from '../../cms/src/domain/events/dispatch-rules';
import { addDays } from '../../cms/src/domain/calendar/days';
import { loadDispatchRules } from '../../seeds/three-ones/rules';
import { readConfig } from '../../seeds/plan';
import type { GridStandard } from '../../cms/src/domain/grid-staffing';

const rules = loadDispatchRules();
const log = (role: string, days: string[]) => ({ grid: '321323102-R001', person: '王强', role, days });
const daysFrom = (from: string, n: number, step = 1) => Array.from({ length: n }, (_, i) => addDays(from, i * step));

describe('the shipped cadence', () => {
  it('has a rule for every role the grid standards use, as the seed says', () => {
    const standards = readConfig<{ standards: GridStandard[] }>('grid-standards.json').standards;
    for (const role of new Set(standards.flatMap((s) => s.roles.map((r) => r.role)))) {
      expect(rules.visitCadence.roles.some((r) => r.role === role), role).toBe(true);
    }
    expect(cadenceFor(rules, 'grid_chief')).toMatchObject({ kind: 'max_gap_days', days: 1 });
    expect(cadenceFor(rules, 'grid_worker')).toMatchObject({ kind: 'max_gap_days', days: 1 });
    expect(cadenceFor(rules, 'police')).toMatchObject({ kind: 'max_gap_days', days: 3 });
    expect(cadenceFor(rules, 'instructor')).toMatchObject({ kind: 'per_month', times: 1 });
    expect(cadenceFor(rules, 'someone_else')).toMatchObject({ kind: 'per_month', times: 1 });
  });
});

describe('daily (网格长)', () => {
  const rule = cadenceFor(rules, 'grid_chief');
  it('passes a visit every day, holidays included', () => {
    expect(checkVisits(log('grid_chief', daysFrom('2026-10-01', 7)), rule, '2026-10-01', '2026-10-07').findings).toEqual([]);
  });

  it('reports each run of missed days', () => {
    const days = daysFrom('2026-10-01', 7).filter((d) => d !== '2026-10-03' && d !== '2026-10-04' && d !== '2026-10-07');
    const r = checkVisits(log('grid_chief', days), rule, '2026-10-01', '2026-10-07');
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.params!.from, f.params!.to, f.params!.daysWithout])).toEqual([
      ['2026-10-03', '2026-10-04', 2],
      ['2026-10-07', '2026-10-07', 1],
    ]);
    expect(r.findings[0].message).toBe('网格长王强在321323102-R001 2026-10-03 至 2026-10-04 未进网格，连续 2 天（要求：每天一次进网格）');
  });

  it('reports the whole period for someone who never came', () => {
    const r = checkVisits(log('grid_chief', []), rule, '2026-10-01', '2026-10-07');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].params).toMatchObject({ from: '2026-10-01', to: '2026-10-07', daysWithout: 7 });
  });
});

describe('every 2–3 days (警员)', () => {
  const rule = cadenceFor(rules, 'police');
  it('passes visits 3 days apart and fails 4 days apart', () => {
    expect(checkVisits(log('police', ['2026-03-01', '2026-03-04', '2026-03-07']), rule, '2026-03-01', '2026-03-07').findings).toEqual([]);
    const r = checkVisits(log('police', ['2026-03-01', '2026-03-05']), rule, '2026-03-01', '2026-03-06');
    expect(r.findings.map((f) => f.params)).toEqual([
      expect.objectContaining({ from: '2026-03-02', to: '2026-03-04', daysWithout: 3 }),
    ]);
  });

  it('is overdue once three finished days pass without a visit, not before', () => {
    const visits = ['2026-03-01'];
    expect(checkVisits(log('police', visits), rule, '2026-03-01', '2026-03-03').ok).toBe(true);
    expect(checkVisits(log('police', visits), rule, '2026-03-01', '2026-03-04').ok).toBe(false);
  });

  it('uses a visit before the period as the first anchor', () => {
    expect(checkVisits(log('police', ['2026-02-27', '2026-03-02']), rule, '2026-03-01', '2026-03-04').ok).toBe(true);
    expect(checkVisits(log('police', ['2026-02-25', '2026-03-02']), rule, '2026-03-01', '2026-03-04').ok).toBe(false);
    // with no earlier visit, the period starts as if the day before had one
    expect(checkVisits(log('police', ['2026-03-03']), rule, '2026-03-01', '2026-03-05').ok).toBe(true);
    expect(checkVisits(log('police', ['2026-03-04']), rule, '2026-03-01', '2026-03-05').ok).toBe(false);
  });
});

describe('monthly (others)', () => {
  const rule = cadenceFor(rules, 'instructor');
  it('wants a visit in every finished month and leaves the running month alone', () => {
    const r = checkVisits(log('instructor', ['2026-01-15', '2026-03-02']), rule, '2026-01-01', '2026-04-20');
    expect(r.findings.map((f) => f.params!.month)).toEqual(['2026-02']);
    expect(r.findings[0].message).toBe('网格指导员王强在321323102-R001 2026-02 未进网格（要求：每月一次进网格）');
  });

  it('counts a month that ends on the last checked day', () => {
    expect(checkVisits(log('instructor', []), rule, '2026-02-01', '2026-02-28').findings).toHaveLength(1);
    expect(checkVisits(log('instructor', []), rule, '2026-02-01', '2026-02-27').findings).toHaveLength(0);
  });

  it('counts visits against a rule of several a month', () => {
    const twice = { ...rule, times: 2 } as typeof rule;
    const r = checkVisits(log('instructor', ['2026-05-03', '2026-05-03', '2026-06-01', '2026-06-20']), twice, '2026-05-01', '2026-06-30');
    expect(r.findings.map((f) => [f.params!.month, f.params!.have])).toEqual([['2026-05', 1]]);
  });

  it('refuses a reversed period', () => {
    expect(() => checkVisits(log('instructor', []), rule, '2026-02-01', '2026-01-31')).toThrow();
  });
});
