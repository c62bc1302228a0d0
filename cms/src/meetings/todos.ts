// Meetings on the home page's 待办: obligations due soon and missed this year (from the kept totals,
// as the compliance page counts them) and meetings already held but not yet finalised (through the
// document service, so the caller's scope applies).
import { complianceMatrix, complianceSummary } from './reports';
import { activeRules } from './rules';
import { addDays, chinaDay } from '../domain/meetings';
import type { StatusCounts } from '../domain/meetings';
import { registerTodoProvider, type TodoItem } from '../dashboard/todos';
import type { DashboardContext } from '../dashboard/context';

/** A branch's own organisations are few: one page of the matrix covers them. */
const BRANCH_PAGE = 500;

async function dueCounts(ctx: DashboardContext, today: string): Promise<Pick<StatusCounts, 'due_soon' | 'overdue'>> {
  const rules = await activeRules(ctx.strapi);
  const p = ctx.p;
  if (p.kind !== 'user') return { due_soon: 0, overdue: 0 };
  if (ctx.role === 'branch') {
    const m = await complianceMatrix(ctx.strapi, ctx.knex, rules, ctx.year, today, { organisationIds: p.organisationIds }, { start: 0, limit: BRANCH_PAGE });
    const periods = m.rows.flatMap((r) => r.periods);
    return { due_soon: periods.filter((x) => x.status === 'due_soon').length, overdue: periods.filter((x) => x.status === 'overdue').length };
  }
  const s = await complianceSummary(ctx.strapi, ctx.knex, rules, ctx.year, today, ctx.role === 'township' ? p.townshipIds : null);
  // Each obligation is counted once, in the month of its deadline, so the months add up.
  return s.total.months.reduce((a, m) => ({ due_soon: a.due_soon + m.due_soon, overdue: a.overdue + m.overdue }), { due_soon: 0, overdue: 0 });
}

registerTodoProvider({
  key: 'meetings',
  roles: ['county', 'township', 'branch'],
  async items(ctx): Promise<TodoItem[]> {
    const today = chinaDay(new Date());
    const yesterday = addDays(today, -1); // a meeting held today is not late to finalise
    const [due, unfinalised] = await Promise.all([
      dueCounts(ctx, today),
      ctx.strapi.documents('api::meeting.meeting' as any).count({ filters: { status: 'draft', heldOn: { $lte: yesterday } } } as any),
    ]);
    const compliance = { path: '/meetings-compliance', query: { year: String(ctx.year) } };
    return [
      { key: 'meetings_unfinalised', label: '已召开未定稿的会议', count: Number(unfinalised), severity: 'warning', link: { resource: 'meetings', filter: { status: 'draft', heldOn_lte: yesterday } } },
      { key: 'meetings_due_soon', label: '临期未开的会议', count: due.due_soon, severity: 'warning', link: compliance },
      { key: 'meetings_overdue', label: '本年逾期未开的会议', count: due.overdue, severity: 'error', link: compliance },
    ];
  },
});
