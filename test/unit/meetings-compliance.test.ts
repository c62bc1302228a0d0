import { describe, expect, it } from 'vitest';
import { complianceStatus, finaliseDeadline, isLate, summariseCompliance, type ComplianceInput } from '../../cms/src/domain/meetings/compliance';
import { parsePeriodKey } from '../../cms/src/domain/meetings/periods';

const march = parsePeriodKey('2026-03');
const q1 = parsePeriodKey('2026-Q1');
const at = (today: string, over: Partial<ComplianceInput> = {}) =>
  complianceStatus({ required: 1, held: 0, periodStart: march.start, periodEnd: march.end, today, dueSoonDays: 7, ...over });

describe('complianceStatus', () => {
  it('is upcoming before the period, open while it runs, due soon in its last N days, overdue after', () => {
    expect(at('2026-02-28').status).toBe('upcoming');
    expect(at('2026-03-01').status).toBe('open');
    expect(at('2026-03-24').status).toBe('open');
    expect(at('2026-03-25').status).toBe('due_soon');
    expect(at('2026-03-31').status).toBe('due_soon');
    expect(at('2026-04-01').status).toBe('overdue');
  });

  it('starts due soon exactly N days before the end, the last day included', () => {
    expect(at('2026-03-24')).toMatchObject({ daysLeft: 7, dueSoonFrom: '2026-03-25' });
    expect(at('2026-03-25')).toMatchObject({ daysLeft: 6, status: 'due_soon' });
    expect(at('2026-03-31', { dueSoonDays: 1 }).status).toBe('due_soon');
    expect(at('2026-03-30', { dueSoonDays: 1 }).status).toBe('open');
    expect(at('2026-03-31', { dueSoonDays: 0 })).toMatchObject({ status: 'open', dueSoonFrom: null });
  });

  it('works on quarters with a 15-day window', () => {
    const q = (today: string, held = 0) =>
      complianceStatus({ required: 1, held, periodStart: q1.start, periodEnd: q1.end, today, dueSoonDays: 15 }).status;
    expect(q('2026-03-16')).toBe('open');
    expect(q('2026-03-17')).toBe('due_soon');
    expect(q('2026-04-01')).toBe('overdue');
    expect(q('2026-04-01', 1)).toBe('held');
  });

  it('is held once the count is reached, below it not, above it still held', () => {
    expect(at('2026-03-10', { required: 2, held: 1 })).toMatchObject({ status: 'open', missing: 1 });
    expect(at('2026-03-10', { required: 2, held: 2 })).toMatchObject({ status: 'held', missing: 0 });
    expect(at('2026-03-10', { required: 2, held: 3 })).toMatchObject({ status: 'held', missing: 0 });
    expect(at('2026-03-28', { required: 2, held: 1 }).status).toBe('due_soon');
    expect(at('2026-04-15', { required: 2, held: 1 }).status).toBe('overdue');
    expect(at('2026-04-15', { required: 2, held: 2 }).status).toBe('held');
  });

  it('carries the late count beside the status without changing it', () => {
    expect(at('2026-04-15', { held: 1, late: 1 })).toMatchObject({ status: 'held', late: 1 });
    expect(at('2026-04-15').late).toBe(0);
  });

  it('refuses impossible totals and days', () => {
    expect(() => at('2026-03-10', { required: 0 })).toThrow();
    expect(() => at('2026-03-10', { held: -1 })).toThrow();
    expect(() => at('2026-03-10', { held: 1, late: 2 })).toThrow();
    expect(() => at('2026-03-10', { dueSoonDays: -1 })).toThrow();
    expect(() => at('2026-03-32')).toThrow();
    expect(() => at('2026-03-10', { periodStart: '2026-04-01' })).toThrow();
  });
});

describe('late finalisation', () => {
  it('is on time through the Nth day after the meeting and late from the day after', () => {
    expect(isLate('2026-03-01', '2026-03-01', 7)).toBe(false);
    expect(isLate('2026-03-01', '2026-03-08', 7)).toBe(false);
    expect(isLate('2026-03-01', '2026-03-09', 7)).toBe(true);
    expect(isLate('2026-03-01', '2026-03-01', 0)).toBe(false);
    expect(isLate('2026-03-01', '2026-03-02', 0)).toBe(true);
    expect(finaliseDeadline('2026-03-28', 7)).toBe('2026-04-04');
  });
});

describe('summariseCompliance', () => {
  it('counts statuses and the share of finished periods that were met', () => {
    const rows = [
      at('2026-04-02', { held: 1, late: 1 }), // held, period over
      at('2026-04-02'), // overdue
      at('2026-03-10', { held: 1 }), // held, period running: not yet decided
      at('2026-03-26'), // due soon
    ];
    const s = summariseCompliance(rows);
    expect(s.byStatus).toEqual({ held: 2, due_soon: 1, overdue: 1, open: 0, upcoming: 0 });
    expect(s.late).toBe(1);
    expect(s.metPerMille).toBe(500);
    expect(summariseCompliance([at('2026-03-10')]).metPerMille).toBeNull();
  });
});
