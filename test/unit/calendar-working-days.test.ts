// Working days across China's holidays and 调休, and the day/instant helpers they rest on.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, buildWorkingCalendar, calendarCovers, isWorkingDay, workingDaysBetween } from '../../cms/src/domain/calendar/working-days';
import { addDays, chinaDay, chinaMonth, chinaTime, dayNumber, endOfChinaDay } from '../../cms/src/domain/calendar/days';
import { deadlineFrom, isPast } from '../../cms/src/domain/calendar/deadlines';
import { loadWorkingCalendar } from '../../seeds/three-ones/rules';

const cal = loadWorkingCalendar();

describe('the 2026 calendar as shipped', () => {
  it('takes the holidays off and works the 调休 weekends', () => {
    for (const d of ['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-20', '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-05',
      '2026-06-19', '2026-09-25', '2026-10-01', '2026-10-07']) expect(isWorkingDay(d, cal), d).toBe(false);
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10', '2026-10-08', '2026-02-24'])
      expect(isWorkingDay(d, cal), d).toBe(true);
    expect(isWorkingDay('2026-03-07', cal)).toBe(false); // an ordinary Saturday
  });

  it('has 248 working days: 261 weekdays, 19 of them off, 6 weekend days worked', () => {
    expect(workingDaysBetween('2025-12-31', '2026-12-31', cal)).toBe(248);
  });

  it('covers 2026 and 2027 only; other years count weekends alone', () => {
    expect(calendarCovers('2026-06-01', cal)).toBe(true);
    expect(calendarCovers('2027-06-01', cal)).toBe(true);
    expect(calendarCovers('2028-01-03', cal)).toBe(false);
    expect(isWorkingDay('2028-01-03', cal)).toBe(true);
    expect(isWorkingDay('2028-01-01', cal)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('does not count the starting day and skips 春节 after the 调休 Saturday', () => {
    expect(addWorkingDays('2026-02-13', 1, cal)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2, cal)).toBe('2026-02-24');
  });

  it('crosses 国庆 and lands on the 调休 Saturday', () => {
    expect(addWorkingDays('2026-09-30', 1, cal)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, cal)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4, cal)).toBe('2026-10-12');
    expect(addWorkingDays('2026-09-18', 1, cal)).toBe('2026-09-20');
  });

  it('runs from one year into the next through 元旦', () => {
    expect(addWorkingDays('2026-12-31', 1, cal)).toBe('2027-01-04');
  });

  it('gives the day itself for 0, even on a holiday', () => {
    expect(addWorkingDays('2026-10-03', 0, cal)).toBe('2026-10-03');
  });

  it('refuses negative or fractional counts and bad days', () => {
    expect(() => addWorkingDays('2026-03-02', -1, cal)).toThrow();
    expect(() => addWorkingDays('2026-03-02', 1.5, cal)).toThrow();
    expect(() => addWorkingDays('2026-02-30', 1, cal)).toThrow();
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays for every start day of 2026', () => {
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      for (const n of [0, 1, 3, 5, 20]) expect(workingDaysBetween(d, addWorkingDays(d, n, cal), cal), `${d}+${n}`).toBe(n);
    }
  });

  it('is 0 on the same day, negative backwards, and 0 across a whole holiday', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-02', cal)).toBe(0);
    expect(workingDaysBetween('2026-03-06', '2026-03-02', cal)).toBe(-4);
    expect(workingDaysBetween('2026-10-01', '2026-10-07', cal)).toBe(0);
  });
});

describe('buildWorkingCalendar refuses a broken schedule', () => {
  const year = (holidays: unknown[]) => ({ years: [{ year: 2030, holidays }] }) as never;
  it('a 调休 day that is not a weekend', () => {
    expect(() => buildWorkingCalendar(year([{ name: 'x', from: '2030-01-01', to: '2030-01-01', workdays: ['2030-01-07'] }]))).toThrow(/不是周末/);
  });
  it('a reversed range, a day both off and worked, a repeated year', () => {
    expect(() => buildWorkingCalendar(year([{ name: 'x', from: '2030-01-03', to: '2030-01-01' }]))).toThrow(/颠倒/);
    expect(() => buildWorkingCalendar(year([{ name: 'x', from: '2030-01-05', to: '2030-01-06', workdays: ['2030-01-05'] }]))).toThrow(/既是假日/);
    expect(() => buildWorkingCalendar({ years: [{ year: 2030, holidays: [] }, { year: 2030, holidays: [] }] })).toThrow(/重复/);
  });
});

describe('days and instants in China time', () => {
  it('splits the day at 16:00 UTC', () => {
    expect(chinaDay('2026-01-01T15:59:59.999Z')).toBe('2026-01-01');
    expect(chinaDay('2026-01-01T16:00:00.000Z')).toBe('2026-01-02');
    expect(chinaMonth('2026-01-31T16:00:00.000Z')).toBe('2026-02');
    expect(endOfChinaDay('2026-01-01')).toBe('2026-01-01T15:59:59.999Z');
    expect(chinaTime('2026-01-01', '08:30')).toBe('2026-01-01T00:30:00.000Z');
  });

  it('refuses days that do not exist', () => {
    expect(() => dayNumber('2026-02-29')).toThrow();
    expect(() => dayNumber('2026-1-1')).toThrow();
  });
});

describe('deadlineFrom', () => {
  it('runs hours on the clock and working days to the end of the last day', () => {
    expect(deadlineFrom('2026-09-30T02:00:00.000Z', { hours: 24 }, cal)).toBe('2026-10-01T02:00:00.000Z');
    expect(deadlineFrom('2026-09-30T02:00:00.000Z', { workingDays: 3 }, cal)).toBe(endOfChinaDay('2026-10-10'));
  });

  it('is still in time at the deadline itself and late one millisecond after', () => {
    expect(isPast('2026-10-10T15:59:59.999Z', '2026-10-10T15:59:59.999Z')).toBe(false);
    expect(isPast('2026-10-10T15:59:59.999Z', '2026-10-10T16:00:00.000Z')).toBe(true);
  });
});
