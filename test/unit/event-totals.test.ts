// The monthly totals the server keeps (added to in each transition's transaction) give the same
// assessment counts as the domain's plain tally over the events, open overdue items included.
import { describe, expect, it } from 'vitest';
import { eventStream } from '../../seeds/three-ones/events';
import { totalDeltas } from '../../cms/src/events/transitions';
import { countsOf } from '../../cms/src/events/reports';
import { tallyEvents } from '../../cms/src/domain/events/assessment';
import { newEvent, type GovEvent } from '../../cms/src/domain/events/event';
import { isPast } from '../../cms/src/domain/calendar/deadlines';
import { chinaMonth } from '../../cms/src/domain/calendar/days';
import { loadDispatchRules } from '../../seeds/three-ones/rules';

const rules = loadDispatchRules();

describe('kept event totals', () => {
  it('equal the domain tally per unit and month, with open items past their deadline counted late', () => {
    const asOf = '2026-09-15T04:00:00.000Z';
    const events: GovEvent[] = [];
    const kept = new Map<string, Record<string, number>>();
    for (const e of eventStream({ count: 3000, asOf, seed: 7 })) {
      events.push(e);
      for (const d of totalDeltas(newEvent(e.township, e.grid, e.reportedAt), e, 0, rules.assessment.satisfiedFrom)) {
        // The seed's departments are codes here (row ids on the server); townships compare directly.
        if (d.unitKind === 'department') continue;
        const key = `t:${e.township}|${d.month}`;
        const row = kept.get(key) ?? { volume: 0, finished: 0, on_time: 0, returned: 0, sat_count: 0, satisfied: 0, sat_sum: 0 };
        row.volume += d.volume ?? 0;
        row.finished += d.finished ?? 0;
        row.on_time += d.onTime ?? 0;
        row.returned += d.returned ?? 0;
        row.sat_count += d.satCount ?? 0;
        row.satisfied += d.satisfied ?? 0;
        kept.set(key, row);
      }
    }
    const unitOf = (a: GovEvent['assignments'][number], e: GovEvent) => (a.level === 'county' ? `d:${a.assignee}` : `t:${e.township}`);
    let compared = 0;
    for (const month of ['2026-02', '2026-08', '2026-09']) {
      const plain = tallyEvents(events, month, asOf, rules.assessment, unitOf);
      const overdue = new Map<string, number>();
      for (const e of events) for (const a of e.assignments) {
        if (a.status === 'open' && chinaMonth(a.assignedAt) === month && isPast(a.deadline, asOf)) overdue.set(unitOf(a, e), (overdue.get(unitOf(a, e)) ?? 0) + 1);
      }
      for (const [unit, counts] of plain) {
        if (unit.startsWith('d:')) continue;
        const got = countsOf(kept.get(`${unit}|${month}`), overdue.get(unit) ?? 0);
        const want = { finished_on_time: 0, finished_late: 0, returned: 0, open_in_time: 0, open_overdue: 0, satisfied: 0, unsatisfied: 0, ...counts };
        expect(got, `${unit} ${month}`).toEqual(want);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect([...kept.values()].some((r) => r.returned > 0)).toBe(true);
  });
});
