import { describe, expect, it } from 'vitest';
import { dueAttendees, type OrgMember } from '../../cms/src/domain/meetings/attendance';
import { quorumVerdict, voteVerdict } from '../../cms/src/domain/meetings/quorum';
import { branch, members, range, records, rule } from './meetings-fixtures';

const due = (ms: OrgMember[] = members, attendees = rule('branch_assembly').attendees) => dueAttendees(attendees, branch, ms, '2026-03-10');
const full = (n: number): OrgMember[] => range(1, n).map((id) => ({ id, name: `党员${id}`, status: 'full', joinedOn: '2020-01-01', isCommittee: id <= 5 }));

describe('quorum of 支部党员大会: more than half of voting (full) members', () => {
  const assembly = rule('branch_assembly');
  const verdict = (ms: OrgMember[], present: number[]) => quorumVerdict(assembly, due(ms), records(ms.map((m) => m.id as number), present));

  it('5 of 10 fails, 6 of 10 passes', () => {
    expect(verdict(full(10), range(1, 5))).toMatchObject({ quorumMet: false, base: 10, counted: 5, needed: 6 });
    expect(verdict(full(10), range(1, 6))).toMatchObject({ quorumMet: true, base: 10, counted: 6, needed: 6, findings: [] });
    expect(verdict(full(10), range(1, 10)).quorumMet).toBe(true);
  });

  it('4 of 9 fails, 5 of 9 passes', () => {
    expect(verdict(full(9), range(1, 4)).quorumMet).toBe(false);
    expect(verdict(full(9), range(1, 5))).toMatchObject({ quorumMet: true, needed: 5 });
  });

  it('does not count probationary members, present or not', () => {
    // 10 full + 2 probationary: base is 10; 5 full + both probationary present is still 5.
    const v = quorumVerdict(assembly, due(), records(range(1, 12), [1, 2, 3, 4, 5, 11, 12]));
    expect(v).toMatchObject({ quorumMet: false, due: 12, present: 7, base: 10, counted: 5, needed: 6 });
    expect(v.findings[0]).toMatchObject({
      code: 'quorum_not_met', severity: 'warning',
      message: '“支部党员大会”未达到法定人数：应到有表决权的党员（正式党员） 10 名，实到 5 名，须超过半数（至少 6 名）',
    });
    expect(quorumVerdict(assembly, due(), records(range(1, 12), [1, 2, 3, 4, 5, 6])).quorumMet).toBe(true);
  });

  it('counts excused members in the base (they are due) and ignores records of people not due', () => {
    const list = [...records(range(1, 12), range(1, 5)), { memberId: 99, status: 'present' }];
    list[9] = { memberId: 10, status: 'excused', reason: '病假' };
    expect(quorumVerdict(assembly, due(), list)).toMatchObject({ quorumMet: false, base: 10, counted: 5, present: 5 });
  });

  it('has no quorum without voting members', () => {
    const onlyProbationary = members.filter((m) => m.status === 'probationary');
    expect(quorumVerdict(assembly, due(onlyProbationary), records([11, 12], [11, 12]))).toMatchObject({ quorumMet: false, base: 0, needed: 1 });
  });
});

describe('quorum of 支委会: more than half of committee members', () => {
  const committee = rule('branch_committee');
  const v = (present: number[]) => quorumVerdict(committee, due(members, 'committee'), records(range(1, 5), present));

  it('2 of 5 fails, 3 of 5 passes', () => {
    expect(v([1, 2])).toMatchObject({ quorumMet: false, base: 5, needed: 3 });
    expect(v([1, 2, 3])).toMatchObject({ quorumMet: true, base: 5, counted: 3 });
  });

  it('with 4 members, 2 fails and 3 passes', () => {
    const four = members.map((m) => ({ ...m, isCommittee: (m.id as number) <= 4 }));
    const d = dueAttendees('committee', branch, four, '2026-03-10');
    expect(quorumVerdict(committee, d, records(range(1, 4), [1, 2])).quorumMet).toBe(false);
    expect(quorumVerdict(committee, d, records(range(1, 4), [1, 2, 3])).quorumMet).toBe(true);
  });
});

describe('meetings without a quorum rule', () => {
  it('are always quorate, whoever comes', () => {
    expect(quorumVerdict(rule('theme_day'), due(), records(range(1, 12), []))).toEqual({ quorumMet: true, due: 12, present: 0, base: 0, counted: 0, needed: 0, findings: [] });
  });
});

describe('voteVerdict: passes with more than half of the voting members due', () => {
  const passing = rule('branch_assembly').passing!;

  it('5 agree of 10 due fails even with 6 present, 6 passes, 5 of 9 passes, 4 of 9 fails', () => {
    expect(voteVerdict(passing, { agree: 5, votingDue: 10, votingPresent: 6 })).toMatchObject({ passed: false, base: 10, needed: 6 });
    expect(voteVerdict(passing, { agree: 6, votingDue: 10, votingPresent: 6 })).toMatchObject({ passed: true, findings: [] });
    expect(voteVerdict(passing, { agree: 5, votingDue: 9, votingPresent: 7 }).passed).toBe(true);
    expect(voteVerdict(passing, { agree: 4, votingDue: 9, votingPresent: 7 }).findings[0].message)
      .toBe('表决未通过：同意 4 票，应到有表决权党员 9 名，须超过半数同意（至少 5 票）');
  });

  it('can count those present instead, and at least two thirds', () => {
    const present = { base: 'present' as const, share: { num: 2, den: 3 }, strictlyMore: false };
    expect(voteVerdict(present, { agree: 4, votingDue: 10, votingPresent: 6 }).passed).toBe(true);
    expect(voteVerdict(present, { agree: 3, votingDue: 10, votingPresent: 6 }).passed).toBe(false);
  });

  it('refuses counts that cannot be', () => {
    expect(voteVerdict(passing, { agree: 7, votingDue: 10, votingPresent: 6 }).findings[0].code).toBe('vote_counts_inconsistent');
    expect(voteVerdict(passing, { agree: 1, votingDue: 2, votingPresent: 3 }).passed).toBe(false);
    expect(() => voteVerdict(passing, { agree: -1, votingDue: 2, votingPresent: 2 })).toThrow();
  });
});
