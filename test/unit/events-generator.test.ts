// The year of events per grid: deterministic, realistic in its mix, and lawful under the state machine.
import { describe, expect, it } from 'vitest';
import { eventStream, generateEvents } from '../../seeds/three-ones/events';
import { tallyEvents } from '../../cms/src/domain/events/assessment';
import { assess, addCounts } from '../../cms/src/domain/assessment/formulas';
import { chinaTime, instantMs } from '../../cms/src/domain/calendar/days';
import { buildPlan } from '../../seeds/plan';
import { loadDispatchRules } from '../../seeds/three-ones/rules';

const events = generateEvents({ count: 6000 });
const share = (pred: (e: (typeof events)[number]) => boolean) => events.filter(pred).length / events.length;

describe('generated events', () => {
  it('come in the number asked for, over every grid, with unique codes', () => {
    expect(events).toHaveLength(6000);
    expect(new Set(events.map((e) => e.code)).size).toBe(6000);
    expect(new Set(events.map((e) => e.grid)).size).toBe(buildPlan({ members: 0 }).grids.length);
  });

  it('are deterministic, and a different seed changes them', () => {
    expect(generateEvents({ count: 900 })).toEqual(generateEvents({ count: 900 }));
    expect(generateEvents({ count: 900, seed: 7 })).not.toEqual(generateEvents({ count: 900 }));
  });

  it('stream lazily', () => {
    const it = eventStream({ count: 200_000 });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value.code).toMatch(/^SJ-\d{9}-[URS]\d{3}-\d{4}$/);
  });

  it('are mostly 快办, with some 交办, 会办 and 报办, some returns and some late', () => {
    expect(share((e) => e.mode === 'quick')).toBeGreaterThan(0.6);
    for (const mode of ['assign', 'joint', 'escalate'] as const) {
      expect(share((e) => e.mode === mode), mode).toBeGreaterThan(0.02);
      expect(share((e) => e.mode === mode), mode).toBeLessThan(0.25);
    }
    const assignments = events.flatMap((e) => e.assignments);
    const returned = assignments.filter((a) => a.status === 'returned').length / assignments.length;
    expect(returned).toBeGreaterThan(0.002);
    expect(returned).toBeLessThan(0.05);
    const late = assignments.filter((a) => a.endedAt && a.status === 'done' && instantMs(a.endedAt) > instantMs(a.deadline)).length;
    expect(late / assignments.length).toBeGreaterThan(0.01);
    expect(late / assignments.length).toBeLessThan(0.1);
  });

  it('keep the rules: same-township offices, results and ratings on closed events, reasons on returns', () => {
    for (const e of events) {
      for (const a of e.assignments) {
        if (a.level === 'township') expect(a.assignee.startsWith(`${e.township}:`)).toBe(true);
        if (a.level === 'grid') expect(a.assignee).toBe(e.grid);
        if (a.status === 'returned') expect(a.reason).toBeTruthy();
        expect(instantMs(a.assignedAt)).toBeGreaterThanOrEqual(instantMs(e.reportedAt));
      }
      if (e.status === 'closed') {
        expect(e.result).toBeTruthy();
        expect([1, 2, 3, 4, 5]).toContain(e.satisfaction);
      } else expect(e.satisfaction).toBeNull();
      expect(e.source).toMatch(/^(snapshot|app|grid_phone|talk_day|hotline)$/);
    }
  });

  it('leave work open at the moment the data is taken, some of it overdue', () => {
    const asOf = chinaTime('2026-06-15', '12:00');
    const mid = generateEvents({ count: 3000, asOf });
    const asOfMs = instantMs(asOf);
    for (const e of mid) {
      expect(instantMs(e.reportedAt)).toBeLessThanOrEqual(asOfMs);
      for (const a of e.assignments) expect(!a.endedAt || instantMs(a.endedAt) <= asOfMs).toBe(true);
    }
    expect(mid.filter((e) => e.status !== 'closed').length).toBeGreaterThan(0);
    // recent reports wait for dispatch, older ones never do
    const waiting = mid.filter((e) => e.status === 'reported');
    expect(waiting.length).toBeGreaterThanOrEqual(5);
    expect(waiting.every((e) => asOfMs - instantMs(e.reportedAt) <= 36 * 3_600_000)).toBe(true);
    const rules = loadDispatchRules().assessment;
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const county = addCounts(...months.flatMap((m) => [...tallyEvents(mid, m, asOf, rules).values()]));
    expect(county.open_overdue ?? 0).toBeGreaterThan(0);
    const a = assess(county, rules);
    expect(a.rates.on_time_rate.permille).toBeLessThan(1000);
    expect(a.rates.completion_rate.permille).toBeLessThan(1000);
  });
});
