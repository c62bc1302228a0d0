import { describe, expect, it } from 'vitest';
import { attendanceDeltas, attendanceRate, formatPerMille } from '../../cms/src/domain/meetings/rates';
import { records } from './meetings-fixtures';

describe('attendanceRate', () => {
  it('is present / due in per mille, rounded half up, none when nobody was due', () => {
    expect(attendanceRate(2, 3)).toEqual({ present: 2, due: 3, perMille: 667 });
    expect(attendanceRate(0, 4).perMille).toBe(0);
    expect(attendanceRate(4, 4).perMille).toBe(1000);
    expect(attendanceRate(0, 0).perMille).toBeNull();
    expect(() => attendanceRate(5, 4)).toThrow();
    expect(() => attendanceRate(-1, 4)).toThrow();
  });

  it('reads as a percentage with one decimal', () => {
    expect(formatPerMille(667)).toBe('66.7%');
    expect(formatPerMille(1000)).toBe('100%');
    expect(formatPerMille(5)).toBe('0.5%');
    expect(formatPerMille(null)).toBe('—');
  });
});

describe('attendanceDeltas', () => {
  it('adds a finalised meeting to the organisation and to every member', () => {
    const after = [...records([1, 2], [1]), { memberId: 3, status: 'excused', reason: '病假' }];
    const d = attendanceDeltas([], after);
    expect(d.organisation).toEqual({ due: 3, present: 1, excused: 1, absent: 1 });
    expect(d.members).toEqual([
      { memberId: 1, due: 1, present: 1, excused: 0, absent: 0 },
      { memberId: 2, due: 1, present: 0, excused: 0, absent: 1 },
      { memberId: 3, due: 1, present: 0, excused: 1, absent: 0 },
    ]);
  });

  it('on a correction, moves only what changed', () => {
    const d = attendanceDeltas(records([1, 2, 3], [1]), records([1, 2, 3], [1, 2]));
    expect(d.organisation).toEqual({ due: 0, present: 1, excused: 0, absent: -1 });
    expect(d.members).toEqual([{ memberId: 2, due: 0, present: 1, excused: 0, absent: -1 }]);
  });

  it('takes a meeting out of the totals when it stops counting', () => {
    expect(attendanceDeltas(records([1, 2], [1]), []).organisation).toEqual({ due: -2, present: -1, excused: 0, absent: -1 });
  });
});
