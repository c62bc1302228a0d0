import { describe, expect, it } from 'vitest';
import { checkAttendance, dueAttendees, statusOn, tallyAttendance, type AttendanceInput } from '../../cms/src/domain/meetings/attendance';
import { branch, group101, members, range, records, rule } from './meetings-fixtures';

const ids = (ms: Array<{ id: number | string }>) => ms.map((m) => m.id);
const check = (over: Partial<AttendanceInput>) =>
  checkAttendance({ rule: rule('branch_assembly'), org: branch, members, records: records(range(1, 12), range(1, 12)), heldOn: '2026-03-10', today: '2026-03-20', ...over });
const codes = (r: ReturnType<typeof checkAttendance>) => r.findings.map((f) => f.code);

describe('dueAttendees', () => {
  it('takes every member on the meeting date, probationary ones too, not those who left or came later', () => {
    expect(ids(dueAttendees('members', branch, members, '2026-03-10'))).toEqual(range(1, 12));
    expect(ids(dueAttendees('members', branch, members, '2026-01-31'))).toEqual([...range(1, 12), 13]);
    expect(ids(dueAttendees('members', branch, members, '2026-04-01'))).toEqual([...range(1, 12), 14]);
  });

  it('counts joinedOn as the first day in and leftOn as the first day out', () => {
    expect(ids(dueAttendees('members', branch, members, '2026-02-01'))).not.toContain(13);
    expect(ids(dueAttendees('members', branch, members, '2026-03-31'))).not.toContain(14);
  });

  it('narrows to the committee or to the party group', () => {
    expect(ids(dueAttendees('committee', branch, members, '2026-03-10'))).toEqual([1, 2, 3, 4, 5]);
    expect(ids(dueAttendees('group_members', group101, members, '2026-03-10'))).toEqual([1, 2, 3, 4, 11]);
  });

  it('takes the status a member had on the meeting date when the day they became full is known', () => {
    const m = { ...members[10], status: 'full' as const, fullOn: '2026-06-01' };
    expect(statusOn(m, '2026-05-31')).toBe('probationary');
    expect(statusOn(m, '2026-06-01')).toBe('full');
    expect(dueAttendees('members', branch, [m], '2026-03-10')[0].statusOn).toBe('probationary');
  });
});

describe('checkAttendance', () => {
  it('accepts a complete list of due members', () => {
    expect(check({})).toEqual({ ok: true, findings: [] });
  });

  it('refuses someone who is not a member of the organisation, naming them', () => {
    const r = check({ records: [...records(range(1, 12), []), { memberId: 99, name: '路人甲', status: 'present' }] });
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'not_a_member', message: '路人甲 不是本组织应到人员' })]);
    expect(check({ records: [...records(range(1, 12), []), { memberId: 98, status: 'present' }] }).findings[0].message).toBe('党员（编号 98） 不是本组织应到人员');
  });

  it('refuses members who are not due, saying why', () => {
    expect(check({ records: [...records(range(1, 12), []), { memberId: 13, status: 'present' }] }).findings[0].message)
      .toBe('卫出 已于 2026-02-01 离开本党支部，不是本次会议应到人员');
    expect(check({ records: [...records(range(1, 12), []), { memberId: 14, status: 'present' }] }).findings[0].message)
      .toBe('蒋新 于 2026-04-01 才转入本党支部，不是本次会议应到人员');
    const committee = check({ rule: rule('branch_committee'), records: records([1, 2, 3, 4, 5, 6], [1, 2, 3]) });
    expect(committee.findings.map((f) => f.message)).toEqual(['孙八 不是委员会委员，不是本次会议应到人员']);
    const group = check({ rule: rule('party_group_meeting'), org: group101, records: records([1, 2, 3, 4, 11, 5], []) });
    expect(group.findings.map((f) => f.message)).toEqual(['钱七 不属于本党小组，不是本次会议应到人员']);
  });

  it('refuses duplicates once per extra record', () => {
    const r = check({ records: [...records(range(1, 12), []), { memberId: 3, status: 'present' }, { memberId: '3', status: 'absent' }] });
    expect(r.findings.map((f) => f.message)).toEqual(['王五 重复登记', '王五 重复登记']);
  });

  it('refuses unknown statuses and excused without a reason (blank counts as none)', () => {
    const list = records(range(1, 12), []);
    list[0] = { memberId: 1, status: 'late' };
    list[1] = { memberId: 2, status: 'excused' };
    list[2] = { memberId: 3, status: 'excused', reason: '   ' };
    list[3] = { memberId: 4, status: 'excused', reason: '外出务工' };
    const r = check({ records: list });
    expect(r.findings.map((f) => f.message)).toEqual([
      '张三 的出勤情况“late”无效，应为出席、请假、缺席之一',
      '李四 请假未填写事由',
      '王五 请假未填写事由',
    ]);
  });

  it('when finalising, wants a record for every due member', () => {
    const r = check({ records: records(range(1, 10), range(1, 10)) });
    expect(r.findings.map((f) => f.message)).toEqual(['陈预 未登记出勤情况', '褚预 未登记出勤情况']);
    expect(check({ records: records(range(1, 10), range(1, 10)), stage: 'draft' }).ok).toBe(true);
  });

  it('refuses a finalised meeting dated after today; today itself is fine; a draft may lie ahead', () => {
    expect(check({ heldOn: '2026-03-20' }).ok).toBe(true);
    expect(check({ heldOn: '2026-03-21' }).findings.map((f) => f.message)).toEqual(['会议日期 2026-03-21 晚于今天（2026-03-20），尚未召开的会议不能定稿']);
    expect(codes(check({ heldOn: '2026-03-21', stage: 'draft' }))).toEqual([]);
    expect(codes(check({ heldOn: '2026-02-30' }))).toEqual(['bad_date']);
  });

  it('refuses a meeting nobody is due at', () => {
    expect(codes(check({ rule: rule('branch_committee'), members: members.map((m) => ({ ...m, isCommittee: false })), records: [] })))
      .toEqual(['nobody_due']);
  });
});

describe('tallyAttendance', () => {
  it('counts the statuses', () => {
    expect(tallyAttendance([{ status: 'present' }, { status: 'present' }, { status: 'excused' }, { status: 'absent' }]))
      .toEqual({ due: 4, present: 2, excused: 1, absent: 1 });
  });
});
