// The 待办 (to-do) panel: a registry of providers, each answering "how many things of my kind wait for
// this caller" with a link to them. Points approvals and the checks' findings are built in; other
// areas add theirs without touching the dashboard (meetings: cms/src/meetings/todos.ts):
//
//   registerTodoProvider({ key: 'meetings', roles: ['county', 'township', 'branch'],
//     items: async (ctx) => [{ key: 'meetings_due_soon', label: '临期未开的会议', count, severity: 'warning',
//                              link: { path: '/meetings-compliance' } }] });
//
// A provider reads through the document service or with narrowToScope, so it counts only what the
// caller may see; ctx.once shares work with the dashboard's own sections.
import type { RoleType } from '../scoping/roles';
import type { DashboardContext, ListLink } from './context';
import { approvalsSection } from './approvals';
import { branchRows, gridRows, townshipRows } from './findings';
import { statusOf } from '../checks/check-filter';

export interface TodoItem {
  /** also the panel's label key: app.todo.<key> (the panel falls back to `label`) */
  key: string;
  /** Chinese, for clients without the panel's labels */
  label: string;
  count: number;
  severity: 'info' | 'warning' | 'error';
  link: ListLink;
}

export interface TodoProvider {
  key: string;
  roles: Array<Exclude<RoleType, 'member' | 'department'>>;
  items(ctx: DashboardContext): Promise<TodoItem[]>;
}

const providers = new Map<string, TodoProvider>();

/** Adds (or replaces, by key) a provider; areas call this from their bootstrap. */
export function registerTodoProvider(provider: TodoProvider): void {
  providers.set(provider.key, provider);
}

export function todoProviders(): TodoProvider[] {
  return [...providers.values()];
}

/** Every provider's items for the caller, in registration order; empty items are left out. */
export async function todosFor(ctx: DashboardContext): Promise<TodoItem[]> {
  const lists = await Promise.all(todoProviders().filter((p) => p.roles.includes(ctx.role)).map((p) => p.items(ctx)));
  return lists.flat().filter((i) => i.count > 0);
}

const errors = (rows: Array<{ check?: any }>) => rows.filter((r) => statusOf(r.check) === 'error').length;

registerTodoProvider({
  key: 'approvals',
  roles: ['county', 'township', 'branch'],
  async items(ctx) {
    const a = await approvalsSection(ctx);
    return [{ key: 'approvals', label: '待我审批的积分申报', count: a.mine, severity: 'info', link: { resource: 'points-entries', filter: { status: 'pending' } } }];
  },
});

registerTodoProvider({
  key: 'findings',
  roles: ['county', 'township', 'branch'],
  async items(ctx) {
    const [grids, branches, townships] = await Promise.all([gridRows(ctx), branchRows(ctx), ctx.role === 'branch' ? Promise.resolve([]) : townshipRows(ctx)]);
    return [
      { key: 'township_findings', label: '乡镇机构设置不符合要求', count: errors(townships), severity: 'error', link: { resource: 'townships', filter: { check: 'error' } } },
      { key: 'branch_findings', label: '党支部规模不符合要求', count: errors(branches), severity: 'error', link: { resource: 'party-organisations', filter: { level: 'branch', check: 'error' } } },
      { key: 'grid_findings', label: '网格人员配备不足', count: errors(grids), severity: 'error', link: { resource: 'grids', filter: { check: 'error' } } },
    ];
  },
});
