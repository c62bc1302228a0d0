// GET /api/dashboard (cms/src/dashboard): one request, the caller's scope, broken down by township
// (county), branch (township) or party group (branch).
export interface ListLink {
  resource?: string;
  path?: string;
  filter?: Record<string, unknown>;
  query?: Record<string, string>;
}

export interface Group {
  id: string | null;
  name: string;
}

export interface FindingCount {
  code: string;
  severity: 'error' | 'warning';
  count: number;
  link: ListLink;
}

export interface StatusCounts {
  total: number;
  error: number;
  warning: number;
  ok: number;
}

export interface FindingsSection extends StatusCounts {
  groups: Array<Group & StatusCounts & { link: ListLink }>;
  findings: FindingCount[];
  failing: Array<{ id: string; name: string; findings: string[]; link: ListLink }>;
  link: ListLink;
}

export interface TodoItem {
  key: string;
  label: string;
  count: number;
  severity: 'info' | 'warning' | 'error';
  link: ListLink;
}

export interface DashboardData {
  role: 'county' | 'township' | 'branch';
  year: number;
  dimension: 'township' | 'branch' | 'party_group';
  counts: Record<string, number>;
  members: { groups: Array<Group & { full: number; probationary: number; link: ListLink }>; full: number; probationary: number };
  points: {
    year: number;
    groups: Array<Group & { members: number; totalTenths: number; averageTenths: number; link: ListLink }>;
    distribution: Array<{ fromTenths: number; toTenths: number; members: number }>;
    members: number;
    averageTenths: number;
  };
  grids: FindingsSection;
  branches: FindingsSection;
  structure: null | (StatusCounts & {
    townships: Array<{ id: string; name: string; status: 'error' | 'warning' | 'ok'; findings: Array<{ code: string; severity: string; message: string }>; link: ListLink }>;
    findings: FindingCount[];
    link: ListLink;
  });
  approvals: { total: number; mine: number; by: 'township' | 'rule'; groups: Array<Group & { pending: number; link: ListLink }>; link: ListLink };
  todos: TodoItem[];
}
