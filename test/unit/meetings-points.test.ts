import { describe, expect, it } from 'vitest';
import { attendanceReason, correctionReason, planMeetingPoints, type PostedEntry } from '../../cms/src/domain/meetings/points-diff';
import { records } from './meetings-fixtures';

const RULE = 'base60.meeting';
let nextId = 100;
const original = (memberId: number, status: PostedEntry['status'] = 'approved', id = nextId++): PostedEntry => ({ id, memberId, status, reversesId: null });
const reversal = (of: PostedEntry, status: PostedEntry['status'] = 'approved'): PostedEntry => ({ id: nextId++, memberId: of.memberId as number, status, reversesId: of.id });
const empty = { post: [], reverse: [], withdraw: [], declined: [], ruleCode: RULE };

describe('planMeetingPoints', () => {
  it('posts one entry per present member on first finalising, none for excused or absent', () => {
    const att = [...records([1, 2, 3], [1, 2]), { memberId: 4, status: 'excused' }];
    expect(planMeetingPoints(att, [], RULE)).toEqual({ ...empty, post: [1, 2] });
  });

  it('is idempotent: with the entries posted, the plan is empty', () => {
    const att = records([1, 2, 3], [1, 2]);
    expect(planMeetingPoints(att, [original(1), original(2, 'pending')], RULE)).toEqual(empty);
  });

  it('posts once for a member listed twice as present', () => {
    expect(planMeetingPoints([{ memberId: 1, status: 'present' }, { memberId: 1, status: 'present' }], [], RULE).post).toEqual([1]);
  });

  it('on a correction, posts for the newly present and takes back from the no longer present', () => {
    const a = original(1);
    const b = original(2, 'pending');
    const c = original(3);
    const plan = planMeetingPoints(records([1, 2, 3, 4], [3, 4]), [a, b, c], RULE);
    expect(plan.post).toEqual([4]);
    expect(plan.reverse).toEqual([{ entryId: a.id, memberId: 1 }]);
    expect(plan.withdraw).toEqual([{ entryId: b.id, memberId: 2 }]);
  });

  it('does not take back twice: a pending or approved reversal already takes the entry back', () => {
    const a = original(1);
    const b = original(2);
    expect(planMeetingPoints(records([1, 2], []), [a, reversal(a, 'pending'), b, reversal(b)], RULE)).toEqual(empty);
  });

  it('tries again when a reversal was rejected (the entry is still live)', () => {
    const a = original(1);
    expect(planMeetingPoints(records([1], []), [a, reversal(a, 'rejected')], RULE).reverse).toEqual([{ entryId: a.id, memberId: 1 }]);
  });

  it('posts again for a member marked present after an earlier reversal', () => {
    const a = original(1);
    expect(planMeetingPoints(records([1], [1]), [a, reversal(a)], RULE).post).toEqual([1]);
  });

  it('does not propose again what an approver rejected, and says so', () => {
    expect(planMeetingPoints(records([1], [1]), [original(1, 'rejected')], RULE)).toEqual({ ...empty, declined: [1] });
    expect(planMeetingPoints(records([1], []), [original(1, 'rejected')], RULE)).toEqual(empty);
  });

  it('keeps the earliest of several live entries and takes back the rest', () => {
    const first = original(1, 'approved', 5);
    const second = original(1, 'approved', 9);
    const third = original(1, 'pending', 12);
    const plan = planMeetingPoints(records([1], [1]), [third, second, first], RULE);
    expect(plan.reverse).toEqual([{ entryId: 9, memberId: 1 }]);
    expect(plan.withdraw).toEqual([{ entryId: 12, memberId: 1 }]);
    expect(plan.post).toEqual([]);
  });

  it('takes back entries of members no longer on the list (a deleted record, a cancelled meeting)', () => {
    const a = original(1);
    expect(planMeetingPoints([], [a], RULE).reverse).toEqual([{ entryId: a.id, memberId: 1 }]);
  });

  it('posts nothing without a points rule but still takes back', () => {
    const a = original(1);
    expect(planMeetingPoints(records([1, 2], [2]), [a], null)).toEqual({ post: [], reverse: [{ entryId: a.id, memberId: 1 }], withdraw: [], declined: [], ruleCode: null });
  });

  it('matches ids as text, as Strapi may hand numbers or strings', () => {
    expect(planMeetingPoints([{ memberId: '1', status: 'present' }], [original(1)], RULE)).toEqual(empty);
  });

  it('writes the reasons the ledger shows', () => {
    expect(attendanceReason('支部党员大会', '2026-03-10')).toBe('参加支部党员大会（2026-03-10）');
    expect(correctionReason('支部党员大会', '2026-03-10')).toBe('支部党员大会（2026-03-10）考勤更正');
  });
});
