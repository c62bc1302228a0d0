import { describe, expect, it } from 'vitest';
import { checkFinalise, fixedDayFinding, type FinaliseInput } from '../../cms/src/domain/meetings/finalise';
import { branch, group101, members, range, records, rule } from './meetings-fixtures';

const finalise = (over: Partial<FinaliseInput>) =>
  checkFinalise({ rule: rule('branch_assembly'), org: branch, members, records: records(range(1, 12), range(1, 12)), heldOn: '2026-03-10', today: '2026-03-20', ...over });

describe('checkFinalise', () => {
  it('passes a quorate meeting and stores its verdict', () => {
    const r = finalise({ records: records(range(1, 12), range(1, 6)) });
    expect(r).toMatchObject({ ok: true, counts: true, findings: [] });
    expect(r.verdict).toMatchObject({ quorumMet: true, base: 10, counted: 6, due: 12, present: 6 });
  });

  it('finalises a meeting without quorum with a warning; it does not count', () => {
    const r = finalise({ records: records(range(1, 12), range(1, 5)) });
    expect(r).toMatchObject({ ok: true, counts: false });
    expect(r.findings.map((f) => f.code)).toEqual(['quorum_not_met']);
  });

  it('refuses bad attendance, a future date and a kind the level does not hold, without a verdict', () => {
    const r = finalise({ org: group101, heldOn: '2026-03-21', records: [{ memberId: 99, name: '路人甲', status: 'present' }] });
    expect(r.ok).toBe(false);
    expect(r.verdict).toBeNull();
    expect(r.counts).toBe(false);
    const codes = r.findings.map((f) => f.code);
    expect(codes.slice(0, 3)).toEqual(['kind_not_for_level', 'date_in_future', 'not_a_member']);
    expect(codes.slice(3)).toEqual(Array(12).fill('attendance_missing'));
  });

  it('warns when a fixed-day meeting is held on another day', () => {
    const themeDay = { ...rule('theme_day'), fixedDayOfMonth: 10 };
    expect(checkFinalise({ rule: themeDay, org: branch, members, records: records(range(1, 12), []), heldOn: '2026-03-10', today: '2026-03-20' }).findings).toEqual([]);
    const r = checkFinalise({ rule: themeDay, org: branch, members, records: records(range(1, 12), []), heldOn: '2026-03-12', today: '2026-03-20' });
    expect(r).toMatchObject({ ok: true, counts: true });
    expect(r.findings[0].message).toBe('“主题党日”固定在每月 10 日，本次在 3 月 12 日举行');
  });

  it("uses the organisation's own fixed day when the rule leaves it open", () => {
    expect(fixedDayFinding('主题党日', null, '2026-03-12')).toBeNull();
    const r = checkFinalise({ rule: rule('theme_day'), org: branch, members, records: records(range(1, 12), []), heldOn: '2026-03-12', today: '2026-03-20', orgFixedDayOfMonth: 15 });
    expect(r.findings.map((f) => f.code)).toEqual(['not_on_fixed_day']);
  });
});
