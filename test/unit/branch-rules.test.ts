import { describe, expect, it } from 'vitest';
import { checkBranch, termYears } from '../../cms/src/domain/branch-rules';

const codes = (r: ReturnType<typeof checkBranch>) => r.findings.map((f) => f.code);
const branch = (fullMembers: number, committeeSize = 0, probationaryMembers = 0) =>
  checkBranch({ level: 'branch', fullMembers, probationaryMembers, committeeSize });

describe('checkBranch', () => {
  it('needs at least 3 full members; probationary members do not count', () => {
    expect(codes(branch(2, 0, 5))).toEqual(['too_few_full_members']);
    expect(branch(2).ok).toBe(false);
    expect(branch(3)).toEqual({ ok: true, findings: [] });
  });

  it('warns above 50 members, counting probationary ones', () => {
    expect(codes(branch(46, 5, 5))).toEqual(['too_many_members']);
    expect(branch(46, 5, 5).ok).toBe(true);
    expect(codes(branch(45, 5, 5))).toEqual([]);
  });

  it('allows a committee only from 7 full members, of 3–5 and never more than 7', () => {
    expect(codes(branch(6, 3))).toEqual(['committee_not_allowed']);
    expect(codes(branch(7, 0))).toEqual(['committee_expected']);
    expect(codes(branch(7, 3))).toEqual([]);
    expect(codes(branch(30, 5))).toEqual([]);
    expect(codes(branch(30, 6))).toEqual(['committee_size_unusual']);
    expect(branch(30, 6).ok).toBe(true);
    expect(codes(branch(30, 8))).toEqual(['committee_too_large']);
    expect(branch(30, 8).ok).toBe(false);
  });

  it('does not apply branch rules to committees, general branches or party groups', () => {
    for (const level of ['committee', 'general_branch', 'party_group'] as const) {
      expect(checkBranch({ level, fullMembers: 0, probationaryMembers: 0 })).toEqual({ ok: true, findings: [] });
    }
  });
});

describe('termYears', () => {
  it('is 5 years for village and community branches, 3 for others', () => {
    expect(termYears('village')).toBe(5);
    expect(termYears('community')).toBe(5);
    expect(termYears('organ')).toBe(3);
    expect(termYears(null)).toBe(3);
  });
});
