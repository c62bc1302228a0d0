// A governance event (城乡治理事件) reported from a grid, and the assignments made while handling it.
import type { AssigneeLevel, EventMode } from './dispatch-rules';

export type EventStatus = 'reported' | 'in_progress' | 'escalated' | 'handled' | 'closed';
export type EventSource = 'snapshot' | 'app' | 'grid_phone' | 'talk_day' | 'hotline';
export type AssignmentStatus = 'open' | 'done' | 'returned';

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  reported: '待调度',
  in_progress: '办理中',
  escalated: '已报县中心',
  handled: '已办理待结案',
  closed: '已办结',
};

export const EVENT_SOURCE_LABELS: Record<EventSource, string> = {
  snapshot: '随手拍',
  app: '一体化APP',
  grid_phone: '网格通',
  talk_day: '小村说事日',
  hotline: '热线',
};

/** Who can be given an event: the grid itself, an office of a township, or a county department. */
export interface Assignee {
  id: string;
  level: AssigneeLevel;
  /** Township code of a township office; checked against the event's township. */
  township?: string | null;
  name?: string | null;
}

export interface Assignment {
  assignee: string;
  level: AssigneeLevel;
  mode: EventMode;
  /** Dispatches are numbered; a return that leaves nothing open sends the event back for a new round. */
  round: number;
  assignedAt: string;
  deadline: string;
  status: AssignmentStatus;
  endedAt: string | null;
  note: string | null;
  reason: string | null;
}

export interface GovEvent {
  township: string;
  grid: string;
  status: EventStatus;
  mode: EventMode | null;
  reportedAt: string;
  escalatedAt: string | null;
  assignments: Assignment[];
  result: string | null;
  satisfaction: number | null;
  closedAt: string | null;
}

export function newEvent(township: string, grid: string, reportedAt: string): GovEvent {
  return { township, grid, status: 'reported', mode: null, reportedAt, escalatedAt: null, assignments: [], result: null,
    satisfaction: null, closedAt: null };
}

export function openAssignments(e: GovEvent): Assignment[] {
  return e.assignments.filter((a) => a.status === 'open');
}
