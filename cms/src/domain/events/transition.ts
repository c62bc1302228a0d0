// The 四办 state machine. The township centre dispatches a reported event: 快办 (the grid handles it
// on the spot), 交办 (one township office), 会办 (several township offices) or 报办 (up to the county
// centre, which assigns county departments). Assignees finish or return (退件, with a reason);
// closing needs a result and the reporter's satisfaction.
import { accept, refuse, type Outcome } from '../outcome';
import { instantMs } from '../calendar/days';
import { deadlineFrom } from '../calendar/deadlines';
import type { WorkingCalendar } from '../calendar/working-days';
import { satisfactionProblem } from '../assessment/satisfaction';
import { modeRule, type DispatchRules, type EventMode } from './dispatch-rules';
import { EVENT_STATUS_LABELS, type Assignee, type Assignment, type EventStatus, type GovEvent } from './event';

export type EventAction = 'quick' | 'assign' | 'joint' | 'escalate' | 'county_assign' | 'complete' | 'return' | 'close';

export const EVENT_ACTION_LABELS: Record<EventAction, string> = {
  quick: '快办',
  assign: '交办',
  joint: '会办',
  escalate: '报办',
  county_assign: '县中心派单',
  complete: '办理完成',
  return: '退件',
  close: '结案',
};

const ALLOWED: Record<EventStatus, EventAction[]> = {
  reported: ['quick', 'assign', 'joint', 'escalate'],
  in_progress: ['complete', 'return', 'close'],
  escalated: ['county_assign'],
  handled: ['close'],
  closed: [],
};

export interface TransitionInput {
  /** 交办: one township office; 会办: several. */
  offices?: Assignee[];
  /** 县中心派单: county departments. */
  departments?: Assignee[];
  /** 办理完成 / 退件: whose assignment. */
  assignee?: string;
  reason?: string | null;
  note?: string | null;
  result?: string | null;
  satisfaction?: number | null;
  /** Overrides the mode's default deadline; must lie after now. */
  deadline?: string | null;
}

export interface DispatchContext {
  rules: DispatchRules;
  calendar: WorkingCalendar;
}

function lastActivity(e: GovEvent): number {
  let last = instantMs(e.reportedAt);
  for (const t of [e.escalatedAt, ...e.assignments.flatMap((a) => [a.assignedAt, a.endedAt])]) {
    if (t) last = Math.max(last, instantMs(t));
  }
  return last;
}

export function transition(e: GovEvent, action: EventAction, input: TransitionInput, now: string, ctx: DispatchContext): Outcome<GovEvent> {
  if (!(action in EVENT_ACTION_LABELS)) return refuse('unknown_action', `未知操作：${String(action)}`);
  if (e.status === 'closed') return refuse('event_closed', '事件已办结，不能再处理');
  const closeQuick = action === 'close' && e.status === 'in_progress' && e.mode === 'quick';
  if (!ALLOWED[e.status].includes(action) || (action === 'close' && e.status === 'in_progress' && !closeQuick)) {
    return refuse('illegal_transition', `“${EVENT_STATUS_LABELS[e.status]}”的事件不能${EVENT_ACTION_LABELS[action]}`);
  }
  let nowMs: number;
  try {
    nowMs = instantMs(now);
  } catch {
    return refuse('time_required', '请填写有效的处理时间');
  }
  if (nowMs < lastActivity(e)) return refuse('time_reversed', '处理时间不能早于事件的上一次处理时间');

  switch (action) {
    case 'quick':
      return dispatch(e, 'quick', [{ id: e.grid, level: 'grid', township: e.township }], input, now, ctx);
    case 'assign':
    case 'joint':
      return dispatch(e, action, input.offices ?? [], input, now, ctx);
    case 'escalate':
      return accept({ ...e, status: 'escalated', mode: 'escalate', escalatedAt: now });
    case 'county_assign':
      return dispatch(e, 'escalate', input.departments ?? [], input, now, ctx);
    case 'complete':
    case 'return':
      return finishAssignment(e, action, input, now);
    case 'close':
      return close(e, input, now, closeQuick);
  }
}

function dispatch(e: GovEvent, mode: EventMode, assignees: Assignee[], input: TransitionInput, now: string, ctx: DispatchContext): Outcome<GovEvent> {
  const rule = modeRule(ctx.rules, mode);
  const label = mode === 'escalate' ? '县中心派单' : rule.label;
  if (mode === 'assign' && assignees.length !== 1) return refuse('assign_one', '交办应派给一个科室；需多个科室联合办理请选择会办');
  const min = rule.minAssignees ?? 1;
  if (assignees.length < min) return refuse('too_few_assignees', `${label}至少需要 ${min} 个办理单位`);
  const ids = assignees.map((a) => a.id);
  if (new Set(ids).size !== ids.length) return refuse('duplicate_assignee', `${label}的办理单位重复`);
  for (const a of assignees) {
    const name = a.name ?? a.id;
    if (a.level !== rule.assigneeLevel) {
      return refuse('wrong_level', rule.assigneeLevel === 'county'
        ? `县中心只能调度县直单位，${name}不是县直单位`
        : rule.assigneeLevel === 'township'
          ? `${label}只能派给本乡镇（街道）的科室，${name}不是乡镇科室；需县直单位办理请报办`
          : `快办由网格当场处置`);
    }
    if (a.level === 'township' && a.township !== e.township) {
      return refuse('other_township', `不能派给其他乡镇（街道）的科室：${name}`);
    }
  }
  let deadline: string;
  if (input.deadline) {
    try {
      if (instantMs(input.deadline) <= instantMs(now)) return refuse('deadline_invalid', '办理期限应晚于派单时间');
    } catch {
      return refuse('deadline_invalid', '办理期限不是有效时间');
    }
    deadline = input.deadline;
  } else {
    deadline = deadlineFrom(now, rule.deadline, ctx.calendar);
  }
  const round = Math.max(0, ...e.assignments.map((a) => a.round)) + 1;
  const added: Assignment[] = assignees.map((a) => ({
    assignee: a.id, level: a.level, mode, round, assignedAt: now, deadline, status: 'open', endedAt: null, note: null, reason: null,
  }));
  return accept({ ...e, status: 'in_progress', mode, assignments: [...e.assignments, ...added] });
}

function finishAssignment(e: GovEvent, action: 'complete' | 'return', input: TransitionInput, now: string): Outcome<GovEvent> {
  const index = e.assignments.findIndex((a) => a.assignee === input.assignee && a.status === 'open');
  if (index < 0) return refuse('not_assignee', `${input.assignee ?? '该单位'}没有待办的派单`);
  const reason = input.reason?.trim() ?? '';
  if (action === 'return' && !reason) return refuse('reason_required', '退件必须说明理由');
  const assignments = e.assignments.slice();
  const a = assignments[index];
  assignments[index] = action === 'complete'
    ? { ...a, status: 'done', endedAt: now, note: input.note?.trim() || null }
    : { ...a, status: 'returned', endedAt: now, reason };
  const round = assignments.filter((x) => x.round === a.round);
  let status: EventStatus = 'in_progress';
  if (!round.some((x) => x.status === 'open')) {
    if (round.some((x) => x.status === 'done')) status = 'handled';
    else status = a.level === 'county' ? 'escalated' : 'reported';
  }
  return accept({ ...e, status, assignments });
}

function close(e: GovEvent, input: TransitionInput, now: string, closeQuick: boolean): Outcome<GovEvent> {
  const resultText = input.result?.trim() ?? '';
  if (!resultText) return refuse('result_required', '结案必须填写处理结果');
  const problem = satisfactionProblem(input.satisfaction);
  if (problem) return refuse('satisfaction_out_of_range', `结案需要上报人的满意度评价：${problem}`);
  const assignments = closeQuick
    ? e.assignments.map((a) => (a.status === 'open' ? { ...a, status: 'done' as const, endedAt: now } : a))
    : e.assignments;
  return accept({ ...e, status: 'closed', assignments, result: resultText, satisfaction: input.satisfaction!, closedAt: now });
}
