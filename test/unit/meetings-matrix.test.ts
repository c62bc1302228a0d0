import { describe, expect, it } from 'vitest';
import { countsByMonth, monthsOf, organisationYear, worstStatus } from '../../cms/src/domain/meetings/matrix';
import { rule } from './meetings-fixtures';

describe('worstStatus', () => {
  it('orders overdue, due soon, open, upcoming, held', () => {
    expect(worstStatus(['held', 'open', 'upcoming'])).toBe('open');
    expect(worstStatus(['held', 'due_soon', 'overdue'])).toBe('overdue');
    expect(worstStatus(['held', 'upcoming'])).toBe('upcoming');
    expect(worstStatus(['held'])).toBe('held');
    expect(worstStatus([])).toBeNull();
  });
});

describe('monthsOf', () => {
  it('lists the months a period covers', () => {
    expect(monthsOf('2026-03')).toEqual(['2026-03']);
    expect(monthsOf('2026-Q2')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf('2026-H2')).toHaveLength(6);
    expect(monthsOf('2026')).toHaveLength(12);
  });
});

describe('organisationYear', () => {
  const themeDay = rule('theme_day');
  const assembly = rule('branch_assembly');

  it('colours each month by the worst obligation due that month, from kept rows only', () => {
    const y = organisationYear([themeDay, assembly], [
      { kind: 'theme_day', period: '2026-01', held: 1, late: 0 },
      { kind: 'theme_day', period: '2026-02', held: 1, late: 1 },
      { kind: 'branch_assembly', period: '2026-Q1', held: 1, late: 0 },
    ], 2026, '2026-05-28');
    // January–March held (March also closes Q1's assembly); April's theme day was missed; May's is due soon.
    expect(y.months.slice(0, 5).map((m) => m.status)).toEqual(['held', 'held', 'overdue', 'overdue', 'due_soon']);
    // Q2's assembly is open through May and counts in June, its last month (worse than June's upcoming theme day).
    expect(y.periods.find((p) => p.kind === 'branch_assembly' && p.period === '2026-Q2')?.status).toBe('open');
    expect(y.months[5].status).toBe('open');
    expect(y.months[6].status).toBe('upcoming');
    expect(y.months[11].status).toBe('upcoming');
    expect(y.periods.find((p) => p.period === '2026-02')).toMatchObject({ held: 1, late: 1, required: 1 });
    expect(y.periods).toHaveLength(12 + 4);
  });

  it('puts a yearly obligation in December, and leaves months without a deadline empty', () => {
    const life = rule('organisational_life');
    const y = organisationYear([life], [], 2026, '2026-11-27');
    expect(y.months.slice(0, 11).every((m) => m.status === null)).toBe(true);
    expect(y.months[11].status).toBe('due_soon'); // 45 days before the year ends
  });

  it('shows due soon before the period ends, and held as soon as the count is reached', () => {
    expect(organisationYear([themeDay], [], 2026, '2026-03-24').months[2].status).toBe('open');
    expect(organisationYear([themeDay], [], 2026, '2026-03-25').months[2].status).toBe('due_soon');
    expect(organisationYear([themeDay], [{ kind: 'theme_day', period: '2026-03', held: 1, late: 0 }], 2026, '2026-03-25').months[2].status).toBe('held');
  });
});

describe('countsByMonth', () => {
  it("counts organisations that met each period as held and the rest by the period's status", () => {
    const rows = countsByMonth([
      { rule: rule('theme_day'), organisations: 10, met: { '2026-01': 10, '2026-02': 7 } },
      { rule: rule('branch_assembly'), organisations: 4, met: { '2026-Q1': 3 } },
    ], 2026, '2026-02-25');
    expect(rows[0].counts).toEqual({ held: 10, due_soon: 0, overdue: 0, open: 0, upcoming: 0 });
    expect(rows[1].counts).toEqual({ held: 7, due_soon: 3, overdue: 0, open: 0, upcoming: 0 });
    // March: Q1's assembly (3 met, 1 still open) and March's theme days (not started)
    expect(rows[2].counts).toEqual({ held: 3, due_soon: 0, overdue: 0, open: 1, upcoming: 10 });
    expect(rows[3].counts).toEqual({ held: 0, due_soon: 0, overdue: 0, open: 0, upcoming: 10 });
    // more organisations "met" than owe the kind (an organisation removed since) never goes negative
    expect(countsByMonth([{ rule: rule('theme_day'), organisations: 2, met: { '2026-01': 5 } }], 2026, '2026-06-01')[0].counts.held).toBe(2);
  });
});
