import { describe, expect, it } from 'vitest';
import { addDays, chinaDay, daysBetween, isDay } from '../../cms/src/domain/meetings/days';
import {
  daysLeft, nextPeriod, parsePeriodKey, periodKeyOf, periodKeysOfYear, periodOf, periodsOfYear,
} from '../../cms/src/domain/meetings/periods';
import { periodKey as pointsPeriodKey } from '../../cms/src/domain/points/periods';

describe('days', () => {
  it('knows real calendar days, leap years included', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('2026-3-1')).toBe(false);
    expect(isDay(20260301)).toBe(false);
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2026-03-31', '2026-03-31')).toBe(0);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('takes the China calendar day of a UTC instant (UTC+8)', () => {
    expect(chinaDay('2026-03-31T15:59:59Z')).toBe('2026-03-31');
    expect(chinaDay('2026-03-31T16:00:00Z')).toBe('2026-04-01');
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(() => chinaDay('yesterday')).toThrow();
  });
});

describe('period keys', () => {
  it('names the month, quarter, half year and year of a day', () => {
    expect(periodKeyOf('month', '2026-03-15')).toBe('2026-03');
    expect(periodKeyOf('quarter', '2026-03-31')).toBe('2026-Q1');
    expect(periodKeyOf('quarter', '2026-04-01')).toBe('2026-Q2');
    expect(periodKeyOf('half_year', '2026-06-30')).toBe('2026-H1');
    expect(periodKeyOf('half_year', '2026-07-01')).toBe('2026-H2');
    expect(periodKeyOf('year', '2026-12-31')).toBe('2026');
    expect(() => periodKeyOf('month', '2026-02-30')).toThrow();
  });

  it('uses the points ledger keys for month, quarter and year', () => {
    for (const kind of ['month', 'quarter', 'year'] as const) {
      for (const day of ['2026-01-01', '2026-05-17', '2026-12-31']) {
        expect(periodKeyOf(kind, day)).toBe(pointsPeriodKey(kind, day));
      }
    }
  });

  it('gives first and last days, February and leap years included', () => {
    expect(parsePeriodKey('2026-02')).toMatchObject({ period: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(parsePeriodKey('2028-02')).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(parsePeriodKey('2026-Q1')).toMatchObject({ period: 'quarter', index: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(parsePeriodKey('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriodKey('2026-H1')).toMatchObject({ period: 'half_year', start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriodKey('2026-H2')).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
    expect(parsePeriodKey('2026')).toMatchObject({ period: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(periodOf('quarter', '2026-08-15')).toMatchObject({ key: '2026-Q3', start: '2026-07-01', end: '2026-09-30' });
  });

  it('refuses what is not a key', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-H3', '26-03', '2026-3', '']) {
      expect(() => parsePeriodKey(bad), bad).toThrow();
    }
  });

  it('lists the periods of a year in order, covering every day once', () => {
    expect(periodKeysOfYear('month', 2026)).toHaveLength(12);
    expect(periodKeysOfYear('month', 2026)[11]).toBe('2026-12');
    expect(periodKeysOfYear('quarter', 2026)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodKeysOfYear('half_year', 2026)).toEqual(['2026-H1', '2026-H2']);
    expect(periodKeysOfYear('year', 2026)).toEqual(['2026']);
    for (const kind of ['month', 'quarter', 'half_year', 'year'] as const) {
      const spans = periodsOfYear(kind, 2028);
      expect(spans[0].start).toBe('2028-01-01');
      expect(spans[spans.length - 1].end).toBe('2028-12-31');
      for (let i = 1; i < spans.length; i++) expect(addDays(spans[i - 1].end, 1)).toBe(spans[i].start);
      const days = spans.reduce((s, p) => s + daysBetween(p.start, p.end) + 1, 0);
      expect(days).toBe(366);
    }
  });

  it('steps to the next period across the year end', () => {
    expect(nextPeriod('2026-12').key).toBe('2027-01');
    expect(nextPeriod('2026-Q4').key).toBe('2027-Q1');
    expect(nextPeriod('2026-H1').key).toBe('2026-H2');
    expect(nextPeriod('2026').key).toBe('2027');
  });

  it('counts days left to the period end: 0 on the last day, negative after', () => {
    expect(daysLeft('2026-03-31', '2026-03-24')).toBe(7);
    expect(daysLeft('2026-03-31', '2026-03-31')).toBe(0);
    expect(daysLeft('2026-03-31', '2026-04-01')).toBe(-1);
  });
});
