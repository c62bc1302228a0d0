// An approval case (办件) has at most two steps: 受理 (or 不予受理, which ends it) and 办结 (or 退件).
// The time limit runs in working days from the day after receipt.
import { accept, refuse, type Outcome } from '../outcome';
import { chinaDay, instantMs } from '../calendar/days';
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { satisfactionProblem } from '../assessment/satisfaction';

export type CaseStatus = 'pending' | 'received' | 'refused' | 'finished' | 'returned';

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  pending: '待受理',
  received: '已受理',
  refused: '不予受理',
  finished: '已办结',
  returned: '已退件',
};

export interface ApprovalCase {
  status: CaseStatus;
  timeLimitDays: number;
  receivedAt: string | null;
  /** Last day (China) by which the case must be finished. */
  deadline: string | null;
  /** When the case ended: finished, returned or refused. */
  closedAt: string | null;
  handler: string | null;
  reason: string | null;
  onTime: boolean | null;
  satisfaction: number | null;
}

export type CaseAction = 'receive' | 'refuse' | 'finish' | 'return' | 'rate';

export interface CaseInput {
  at?: string;
  handler?: string | null;
  reason?: string | null;
  satisfaction?: number | null;
}

export function newApprovalCase(timeLimitDays: number): ApprovalCase {
  if (!Number.isInteger(timeLimitDays) || timeLimitDays < 0) throw new Error(`办理时限应为非负整数：${timeLimitDays}`);
  return { status: 'pending', timeLimitDays, receivedAt: null, deadline: null, closedAt: null, handler: null, reason: null,
    onTime: null, satisfaction: null };
}

/** The last day to finish a case received at `receivedAt` with a time limit in working days. */
export function caseDeadline(receivedAt: string, timeLimitDays: number, cal: WorkingCalendar): string {
  return addWorkingDays(chinaDay(receivedAt), timeLimitDays, cal);
}

/** Working days a closed case took, counted like its time limit. */
export function workingDaysTaken(c: ApprovalCase, cal: WorkingCalendar): number | null {
  if (!c.receivedAt || !c.closedAt) return null;
  return workingDaysBetween(chinaDay(c.receivedAt), chinaDay(c.closedAt), cal);
}

const ENDED: Partial<Record<CaseStatus, string>> = {
  refused: '该办件已不予受理，办件已终结',
  finished: '办件只有受理、办结两个环节，已办结的办件不能再有第三个环节',
  returned: '办件只有受理、办结两个环节，已退件的办件不能再有第三个环节',
};

function needAt(input: CaseInput): string | null {
  if (!input.at) return null;
  try {
    instantMs(input.at);
    return input.at;
  } catch {
    return null;
  }
}

export function caseTransition(c: ApprovalCase, action: CaseAction, input: CaseInput, cal: WorkingCalendar): Outcome<ApprovalCase> {
  if (action === 'rate') return rate(c, input);
  const at = needAt(input);
  if (!at) return refuse('time_required', '请填写有效的办理时间');
  const ended = ENDED[c.status];
  if (ended) return refuse('case_ended', ended);
  const reason = input.reason?.trim() ?? '';
  switch (action) {
    case 'receive':
      if (c.status !== 'pending') return refuse('already_received', '该办件已受理');
      return accept({ ...c, status: 'received', receivedAt: at, deadline: caseDeadline(at, c.timeLimitDays, cal),
        handler: input.handler ?? c.handler });
    case 'refuse':
      if (c.status !== 'pending') return refuse('already_received', '已受理的办件不能再不予受理，请办结或退件');
      if (!reason) return refuse('reason_required', '不予受理必须说明理由');
      return accept({ ...c, status: 'refused', closedAt: at, reason, handler: input.handler ?? c.handler });
    case 'finish':
    case 'return': {
      if (c.status !== 'received' || !c.receivedAt || !c.deadline) {
        return refuse('not_received', action === 'finish' ? '未受理的办件不能办结' : '未受理的办件不能退件，请选择不予受理');
      }
      if (instantMs(at) < instantMs(c.receivedAt)) {
        return refuse('before_received', `${action === 'finish' ? '办结' : '退件'}时间不能早于受理时间`);
      }
      if (action === 'return' && !reason) return refuse('reason_required', '退件必须说明理由');
      return accept({ ...c, status: action === 'finish' ? 'finished' : 'returned', closedAt: at,
        reason: action === 'return' ? reason : c.reason, handler: input.handler ?? c.handler, onTime: chinaDay(at) <= c.deadline });
    }
    default:
      return refuse('unknown_action', `未知操作：${String(action)}`);
  }
}

function rate(c: ApprovalCase, input: CaseInput): Outcome<ApprovalCase> {
  if (c.status !== 'finished') return refuse('not_finished', '办结后才能评价满意度');
  if (c.satisfaction != null) return refuse('already_rated', '该办件已评价');
  const problem = satisfactionProblem(input.satisfaction);
  if (problem) return refuse('satisfaction_out_of_range', problem);
  return accept({ ...c, satisfaction: input.satisfaction! });
}
