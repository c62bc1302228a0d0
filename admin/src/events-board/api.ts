// The events service's endpoints (/api/events/:id/…, /api/event-reports/…), through the meetings
// helpers (same token, error shape and react-query keys).
export { apiGet, apiSend, useApiQuery } from '../meetings/api';

export interface BoardAssignment {
  id: string;
  level: 'grid' | 'township' | 'county';
  mode: string;
  assignee: string;
  deadline: string;
  state: 'open' | 'done' | 'returned';
  reason: string | null;
  overdue: boolean;
}

export interface BoardRow {
  id: string;
  code: string;
  category: string;
  description: string;
  source: string;
  state: string;
  mode: string | null;
  reportedAt: string;
  reporterName: string | null;
  grid?: string;
  township?: string;
  /** the township's id: 交办 and 会办 go to its offices only */
  townshipId?: string;
  assignments: BoardAssignment[];
}

export interface Board {
  tab: string;
  counts: Record<string, number>;
  total: number;
  rows: BoardRow[];
}

export const TABS = ['new', 'assigned', 'overdue', 'escalated', 'handled', 'closed'] as const;

/** Shanghai time, minutes: what a centre reads deadlines in. */
export const shanghai = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }) : '';
