// The two-step approval case: 受理 → 办结 (or 不予受理 / 退件), time limits in working days.
import { describe, expect, it } from 'vitest';
import { caseDeadline, caseTransition, newApprovalCase, workingDaysTaken, type ApprovalCase, type CaseAction } from '../../cms/src/domain/services/approval-case';
import { checkApprovalItem } from '../../cms/src/domain/services/approval-item';
import { classifyApprovalCase, countApprovalCase } from '../../cms/src/domain/services/case-assessment';
import { chinaTime, endOfChinaDay } from '../../cms/src/domain/calendar/days';
import { loadWorkingCalendar } from '../../seeds/three-ones/rules';

const cal = loadWorkingCalendar();
const RECEIVED = chinaTime('2026-09-29', '10:00');

function run(c: ApprovalCase, action: CaseAction, input: Parameters<typeof caseTransition>[2] = {}) {
  return caseTransition(c, action, { at: RECEIVED, ...input }, cal);
}
function ok(c: ApprovalCase, action: CaseAction, input: Parameters<typeof caseTransition>[2] = {}): ApprovalCase {
  const out = run(c, action, input);
  if (!out.ok) throw new Error(out.message);
  return out.value;
}
const received = (limit = 3) => ok(newApprovalCase(limit), 'receive', { handler: '张敏' });
const finished = (at = chinaTime('2026-09-30', '09:00')) => ok(received(), 'finish', { at });

describe('deadlines in working days', () => {
  it('runs from the day after receipt across 国庆 and its 调休 Saturday', () => {
    expect(caseDeadline(RECEIVED, 3, cal)).toBe('2026-10-09');
    expect(caseDeadline(RECEIVED, 4, cal)).toBe('2026-10-10');
    expect(caseDeadline(RECEIVED, 0, cal)).toBe('2026-09-29');
    expect(received().deadline).toBe('2026-10-09');
  });

  it('takes the China day of the receipt, not the UTC one', () => {
    // 2026-09-29 23:30 in China is still the 29th, though UTC has it at 15:30 that day.
    expect(caseDeadline(chinaTime('2026-09-29', '23:30'), 1, cal)).toBe('2026-09-30');
    // 00:30 on the 30th in China is the 29th in UTC; the deadline follows China.
    expect(caseDeadline(chinaTime('2026-09-30', '00:30'), 1, cal)).toBe('2026-10-08');
  });

  it('is on time on the last day and late the day after, counted by China days', () => {
    const last = ok(received(), 'finish', { at: endOfChinaDay('2026-10-09') });
    expect(last.onTime).toBe(true);
    const nextDay = ok(received(), 'finish', { at: chinaTime('2026-10-10', '00:00') });
    expect(nextDay.onTime).toBe(false);
    expect(workingDaysTaken(last, cal)).toBe(3);
    expect(workingDaysTaken(nextDay, cal)).toBe(4);
  });
});

describe('caseTransition', () => {
  it('receives, finishes and rates', () => {
    const c = finished();
    expect(c).toMatchObject({ status: 'finished', handler: '张敏', onTime: true, receivedAt: RECEIVED });
    expect(ok(c, 'rate', { satisfaction: 5 }).satisfaction).toBe(5);
  });

  it('refuses (不予受理) and returns (退件) only with a reason', () => {
    expect(run(newApprovalCase(3), 'refuse', { reason: '  ' })).toMatchObject({ ok: false, code: 'reason_required' });
    expect(ok(newApprovalCase(3), 'refuse', { reason: '材料不全' })).toMatchObject({ status: 'refused', reason: '材料不全' });
    expect(run(received(), 'return', {})).toMatchObject({ ok: false, code: 'reason_required', message: '退件必须说明理由' });
    expect(ok(received(), 'return', { reason: '不符合条件' })).toMatchObject({ status: 'returned', reason: '不符合条件' });
  });

  it('never allows a third step', () => {
    const ended = [finished(), ok(received(), 'return', { reason: '不符合条件' }), ok(newApprovalCase(3), 'refuse', { reason: '材料不全' })];
    for (const c of ended) {
      for (const action of ['receive', 'refuse', 'finish', 'return'] as const) {
        const out = run(c, action, { reason: 'x', at: chinaTime('2026-10-12', '09:00') });
        expect(out, `${c.status} ${action}`).toMatchObject({ ok: false, code: 'case_ended' });
      }
    }
    expect(run(finished(), 'finish')).toMatchObject({ message: '办件只有受理、办结两个环节，已办结的办件不能再有第三个环节' });
  });

  it('cannot finish or return what was never received, nor receive or refuse twice', () => {
    expect(run(newApprovalCase(3), 'finish')).toMatchObject({ ok: false, code: 'not_received', message: '未受理的办件不能办结' });
    expect(run(newApprovalCase(3), 'return', { reason: 'x' })).toMatchObject({ ok: false, code: 'not_received' });
    expect(run(received(), 'receive')).toMatchObject({ ok: false, code: 'already_received' });
    expect(run(received(), 'refuse', { reason: 'x' })).toMatchObject({ ok: false, code: 'already_received' });
  });

  it('cannot finish before it was received, and needs a valid time', () => {
    const early = chinaTime('2026-09-29', '09:59');
    expect(run(received(), 'finish', { at: early })).toMatchObject({ ok: false, code: 'before_received', message: '办结时间不能早于受理时间' });
    expect(run(received(), 'return', { at: early, reason: 'x' })).toMatchObject({ ok: false, code: 'before_received' });
    expect(ok(received(), 'finish', { at: RECEIVED }).onTime).toBe(true);
    expect(run(received(), 'finish', { at: 'yesterday' })).toMatchObject({ ok: false, code: 'time_required' });
    expect(run(received(), 'finish', { at: '2026-09-30T10:00:00' })).toMatchObject({ ok: false, code: 'time_required' });
  });

  it('takes a satisfaction of 1 to 5, once, after completion only', () => {
    for (const s of [0, 6, 4.5, -1, Number.NaN]) {
      expect(run(finished(), 'rate', { satisfaction: s }), String(s)).toMatchObject({ ok: false, code: 'satisfaction_out_of_range' });
    }
    expect(run(finished(), 'rate', {})).toMatchObject({ ok: false, code: 'satisfaction_out_of_range' });
    expect(ok(finished(), 'rate', { satisfaction: 1 }).satisfaction).toBe(1);
    expect(run(received(), 'rate', { satisfaction: 5 })).toMatchObject({ ok: false, code: 'not_finished' });
    expect(run(ok(received(), 'return', { reason: 'x' }), 'rate', { satisfaction: 5 })).toMatchObject({ ok: false, code: 'not_finished' });
    expect(run(ok(finished(), 'rate', { satisfaction: 4 }), 'rate', { satisfaction: 5 })).toMatchObject({ ok: false, code: 'already_rated' });
  });

  it('refuses an unknown action', () => {
    expect(run(received(), 'approve' as CaseAction)).toMatchObject({ ok: false, code: 'unknown_action' });
  });
});

describe('approval items', () => {
  const item = { code: 'SP-1', name: '出生登记', department: '县公安局', batch: 1, timeLimitDays: 1, materials: ['申请表'], onSiteCheck: false };
  it('need a name, a department and a time limit of whole working days', () => {
    expect(checkApprovalItem(item)).toEqual({ ok: true, findings: [] });
    expect(checkApprovalItem({ ...item, timeLimitDays: 1.5 }).findings[0].code).toBe('time_limit_invalid');
    expect(checkApprovalItem({ ...item, timeLimitDays: -1 }).ok).toBe(false);
    expect(checkApprovalItem({ ...item, name: ' ', department: '' }).findings.map((f) => f.code)).toEqual(['name_required', 'department_required']);
  });
  it('flag a limit beyond the statutory 20 days and missing materials as warnings', () => {
    expect(checkApprovalItem({ ...item, timeLimitDays: 20 }).findings).toEqual([]);
    const r = checkApprovalItem({ ...item, timeLimitDays: 21, materials: [] });
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['time_limit_over_statutory', 'materials_missing']);
  });
});

describe('cases in the assessment', () => {
  const rules = { satisfiedFrom: 4 };
  it('puts each case in one bucket; an open case past its last day is overdue', () => {
    const open = received();
    expect(classifyApprovalCase(open, endOfChinaDay('2026-10-09'))).toBe('open_in_time');
    expect(classifyApprovalCase(open, chinaTime('2026-10-10', '00:00'))).toBe('open_overdue');
    expect(classifyApprovalCase(finished(), RECEIVED)).toBe('finished_on_time');
    expect(classifyApprovalCase(ok(received(), 'finish', { at: chinaTime('2026-10-12', '09:00') }), RECEIVED)).toBe('finished_late');
    expect(classifyApprovalCase(ok(received(), 'return', { reason: 'x' }), RECEIVED)).toBe('returned');
    expect(classifyApprovalCase(ok(newApprovalCase(3), 'refuse', { reason: 'x' }), RECEIVED)).toBeNull();
    expect(classifyApprovalCase(newApprovalCase(3), RECEIVED)).toBeNull();
  });

  it('counts ratings against the satisfied threshold', () => {
    let counts = countApprovalCase({}, ok(finished(), 'rate', { satisfaction: 4 }), RECEIVED, rules);
    counts = countApprovalCase(counts, ok(finished(), 'rate', { satisfaction: 3 }), RECEIVED, rules);
    counts = countApprovalCase(counts, ok(newApprovalCase(3), 'refuse', { reason: 'x' }), RECEIVED, rules);
    expect(counts).toEqual({ finished_on_time: 2, satisfied: 1, unsatisfied: 1 });
  });
});
