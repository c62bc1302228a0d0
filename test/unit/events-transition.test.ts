// The 四办 state machine: every allowed path, every illegal transition, and the bad inputs.
import { describe, expect, it } from 'vitest';
import { newEvent, type Assignee, type EventStatus, type GovEvent } from '../../cms/src/domain/events/event';
import { EVENT_ACTION_LABELS, transition, type EventAction, type TransitionInput } from '../../cms/src/domain/events/transition';
import { chinaTime, endOfChinaDay } from '../../cms/src/domain/calendar/days';
import { loadDispatchRules, loadWorkingCalendar } from '../../seeds/three-ones/rules';

const ctx = { rules: loadDispatchRules(), calendar: loadWorkingCalendar() };
const T = '321323102';
const REPORTED = chinaTime('2026-09-29', '09:00');
const office = (name: string, township = T): Assignee => ({ id: `${township}:${name}`, level: 'township', township, name });
const EXEC = office('综合行政执法局');
const SOCIAL = office('社会治理局');
const CG: Assignee = { id: 'cg', level: 'county', name: '县城管局' };
const JT: Assignee = { id: 'jt', level: 'county', name: '县交通运输局' };

let clock = 0;
const later = () => new Date(Date.parse(REPORTED) + ++clock * 60_000).toISOString();

function go(e: GovEvent, action: EventAction, input: TransitionInput = {}, now = later()) {
  return transition(e, action, input, now, ctx);
}
function ok(e: GovEvent, action: EventAction, input: TransitionInput = {}, now = later()): GovEvent {
  const out = go(e, action, input, now);
  if (!out.ok) throw new Error(`${action}: ${out.message}`);
  return out.value;
}
const CLOSE = { result: '已处置完毕', satisfaction: 5 };
const reported = () => newEvent(T, `${T}-R001`, REPORTED);

/** One event in each status. */
function inEach(): Record<EventStatus, GovEvent> {
  const assigned = ok(reported(), 'assign', { offices: [EXEC] });
  const handled = ok(assigned, 'complete', { assignee: EXEC.id });
  return {
    reported: reported(),
    in_progress: assigned,
    escalated: ok(reported(), 'escalate'),
    handled,
    closed: ok(handled, 'close', CLOSE),
  };
}

describe('paths through 四办', () => {
  it('快办: the grid takes it and closes it on the spot', () => {
    const e = ok(reported(), 'quick');
    expect(e).toMatchObject({ status: 'in_progress', mode: 'quick' });
    expect(e.assignments[0]).toMatchObject({ assignee: `${T}-R001`, level: 'grid', status: 'open' });
    const closed = ok(e, 'close', CLOSE);
    expect(closed).toMatchObject({ status: 'closed', result: '已处置完毕', satisfaction: 5 });
    expect(closed.assignments[0].status).toBe('done');
  });

  it('交办: one office of the township, with a deadline of 3 working days', () => {
    const now = chinaTime('2026-09-30', '10:00');
    const e = ok(reported(), 'assign', { offices: [EXEC] }, now);
    expect(e.assignments[0].deadline).toBe(endOfChinaDay('2026-10-10'));
    const handled = ok(e, 'complete', { assignee: EXEC.id, note: '已清理' }, chinaTime('2026-10-08', '10:00'));
    expect(handled.status).toBe('handled');
    expect(ok(handled, 'close', CLOSE, chinaTime('2026-10-08', '11:00')).status).toBe('closed');
  });

  it('会办: several offices, handled once all have finished', () => {
    let e = ok(reported(), 'joint', { offices: [EXEC, SOCIAL] });
    expect(e.assignments.map((a) => a.mode)).toEqual(['joint', 'joint']);
    e = ok(e, 'complete', { assignee: EXEC.id });
    expect(e.status).toBe('in_progress');
    e = ok(e, 'complete', { assignee: SOCIAL.id });
    expect(e.status).toBe('handled');
  });

  it('报办: up to the county centre, which assigns county departments', () => {
    let e = ok(reported(), 'escalate');
    expect(e).toMatchObject({ status: 'escalated', mode: 'escalate' });
    e = ok(e, 'county_assign', { departments: [CG, JT] });
    expect(e.assignments.map((a) => [a.assignee, a.level])).toEqual([['cg', 'county'], ['jt', 'county']]);
    e = ok(ok(e, 'complete', { assignee: 'cg' }), 'complete', { assignee: 'jt' });
    expect(ok(e, 'close', CLOSE).status).toBe('closed');
  });

  it('a deadline may be set by hand, but not in the past', () => {
    const now = later();
    const own = new Date(Date.parse(now) + 3_600_000).toISOString();
    expect(ok(reported(), 'assign', { offices: [EXEC], deadline: own }, now).assignments[0].deadline).toBe(own);
    expect(go(reported(), 'assign', { offices: [EXEC], deadline: now }, now)).toMatchObject({ ok: false, code: 'deadline_invalid' });
    expect(go(reported(), 'assign', { offices: [EXEC], deadline: 'tomorrow' })).toMatchObject({ ok: false, code: 'deadline_invalid' });
  });
});

describe('退件', () => {
  it('needs a reason', () => {
    const e = ok(reported(), 'assign', { offices: [EXEC] });
    expect(go(e, 'return', { assignee: EXEC.id })).toMatchObject({ ok: false, code: 'reason_required', message: '退件必须说明理由' });
    expect(go(e, 'return', { assignee: EXEC.id, reason: '   ' })).toMatchObject({ ok: false, code: 'reason_required' });
  });

  it('sends a township assignment back to the township centre and a county one back to the county centre', () => {
    const back = ok(ok(reported(), 'assign', { offices: [EXEC] }), 'return', { assignee: EXEC.id, reason: '不属于本单位职责' });
    expect(back.status).toBe('reported');
    expect(back.assignments[0]).toMatchObject({ status: 'returned', reason: '不属于本单位职责' });
    expect(ok(back, 'assign', { offices: [SOCIAL] }).assignments[1].round).toBe(2);
    const up = ok(ok(ok(reported(), 'escalate'), 'county_assign', { departments: [CG] }), 'return', { assignee: 'cg', reason: '需交通部门办理' });
    expect(up.status).toBe('escalated');
    expect(ok(up, 'county_assign', { departments: [JT] }).status).toBe('in_progress');
    const grid = ok(ok(reported(), 'quick'), 'return', { assignee: `${T}-R001`, reason: '现场无法处置' });
    expect(grid.status).toBe('reported');
  });

  it('in 会办 one return leaves the others working; done plus returned is handled', () => {
    const e = ok(ok(reported(), 'joint', { offices: [EXEC, SOCIAL] }), 'return', { assignee: EXEC.id, reason: '不属于本单位职责' });
    expect(e.status).toBe('in_progress');
    expect(ok(e, 'complete', { assignee: SOCIAL.id }).status).toBe('handled');
  });

  it('only an assignee with open work can finish or return', () => {
    const e = ok(reported(), 'assign', { offices: [EXEC] });
    expect(go(e, 'complete', { assignee: SOCIAL.id })).toMatchObject({ ok: false, code: 'not_assignee' });
    expect(go(e, 'return', { reason: 'x' })).toMatchObject({ ok: false, code: 'not_assignee' });
    const joint = ok(ok(reported(), 'joint', { offices: [EXEC, SOCIAL] }), 'complete', { assignee: EXEC.id });
    expect(go(joint, 'complete', { assignee: EXEC.id })).toMatchObject({ ok: false, code: 'not_assignee' });
  });
});

describe('dispatch checks', () => {
  it('refuses an office of another township', () => {
    const other = office('综合行政执法局', '321323103');
    expect(go(reported(), 'assign', { offices: [other] })).toMatchObject({
      ok: false, code: 'other_township', message: '不能派给其他乡镇（街道）的科室：综合行政执法局' });
    expect(go(reported(), 'joint', { offices: [EXEC, other] })).toMatchObject({ ok: false, code: 'other_township' });
    expect(go(reported(), 'assign', { offices: [{ ...EXEC, township: null }] })).toMatchObject({ ok: false, code: 'other_township' });
  });

  it('keeps township offices and county departments apart', () => {
    expect(go(reported(), 'assign', { offices: [CG] })).toMatchObject({ ok: false, code: 'wrong_level' });
    expect(go(ok(reported(), 'escalate'), 'county_assign', { departments: [EXEC] })).toMatchObject({
      ok: false, code: 'wrong_level', message: '县中心只能调度县直单位，综合行政执法局不是县直单位' });
  });

  it('wants one office for 交办, at least two distinct ones for 会办, at least one department for the county', () => {
    expect(go(reported(), 'assign', { offices: [] })).toMatchObject({ ok: false, code: 'assign_one' });
    expect(go(reported(), 'assign', { offices: [EXEC, SOCIAL] })).toMatchObject({ ok: false, code: 'assign_one' });
    expect(go(reported(), 'joint', { offices: [EXEC] })).toMatchObject({ ok: false, code: 'too_few_assignees', message: '会办至少需要 2 个办理单位' });
    expect(go(reported(), 'joint', { offices: [EXEC, EXEC] })).toMatchObject({ ok: false, code: 'duplicate_assignee' });
    expect(go(ok(reported(), 'escalate'), 'county_assign', {})).toMatchObject({ ok: false, code: 'too_few_assignees' });
  });
});

describe('closing', () => {
  it('needs a result', () => {
    const { handled } = inEach();
    expect(go(handled, 'close', { satisfaction: 5 })).toMatchObject({ ok: false, code: 'result_required', message: '结案必须填写处理结果' });
    expect(go(handled, 'close', { result: ' ', satisfaction: 5 })).toMatchObject({ ok: false, code: 'result_required' });
  });

  it("needs the reporter's satisfaction, an integer 1 to 5", () => {
    const { handled } = inEach();
    for (const satisfaction of [undefined, null, 0, 6, 3.5, -2]) {
      expect(go(handled, 'close', { result: '已处置', satisfaction }), String(satisfaction)).toMatchObject({ ok: false, code: 'satisfaction_out_of_range' });
    }
    for (const satisfaction of [1, 5]) expect(go(handled, 'close', { result: '已处置', satisfaction }).ok).toBe(true);
  });

  it('is only direct from 办理中 in 快办', () => {
    const assigned = ok(reported(), 'assign', { offices: [EXEC] });
    expect(go(assigned, 'close', CLOSE)).toMatchObject({ ok: false, code: 'illegal_transition', message: '“办理中”的事件不能结案' });
  });
});

describe('illegal transitions', () => {
  const allowed: Record<EventStatus, EventAction[]> = {
    reported: ['quick', 'assign', 'joint', 'escalate'],
    in_progress: ['complete', 'return'],
    escalated: ['county_assign'],
    handled: ['close'],
    closed: [],
  };
  const events = inEach();
  const input: TransitionInput = { offices: [EXEC, SOCIAL], departments: [CG], assignee: EXEC.id, reason: '理由', ...CLOSE };

  for (const status of Object.keys(allowed) as EventStatus[]) {
    for (const action of Object.keys(EVENT_ACTION_LABELS) as EventAction[]) {
      if (allowed[status].includes(action)) continue;
      it(`${status} cannot ${action}`, () => {
        const out = go(events[status], action, input);
        expect(out.ok).toBe(false);
        if (!out.ok) expect(out.code).toBe(status === 'closed' ? 'event_closed' : 'illegal_transition');
      });
    }
  }

  it('refuses an unknown action and a time before the last step', () => {
    expect(go(reported(), 'archive' as EventAction)).toMatchObject({ ok: false, code: 'unknown_action' });
    const e = ok(reported(), 'assign', { offices: [EXEC] }, chinaTime('2026-09-29', '10:00'));
    expect(go(e, 'complete', { assignee: EXEC.id }, chinaTime('2026-09-29', '09:59'))).toMatchObject({ ok: false, code: 'time_reversed' });
    expect(go(reported(), 'quick', {}, chinaTime('2026-09-29', '08:00'))).toMatchObject({ ok: false, code: 'time_reversed' });
    expect(go(reported(), 'quick', {}, 'now')).toMatchObject({ ok: false, code: 'time_required' });
  });
});
