// Approvals on the home page's 待办: open cases already past their due day (they count as late in
// the assessment) and open cases due today, counted through the document service so the caller's
// scope applies (a township its hall's, the county all; branches have no cases).
import { registerTodoProvider, type TodoItem } from '../dashboard/todos';
import { addDays, chinaDay } from '../domain/calendar/days';
import { CASE } from './rules';

registerTodoProvider({
  key: 'services',
  roles: ['county', 'township'],
  async items(ctx): Promise<TodoItem[]> {
    const today = chinaDay(new Date().toISOString());
    const yesterday = addDays(today, -1);
    const count = (dueOn: Record<string, string>) => ctx.strapi.documents(CASE as any).count({ filters: { status: 'received', dueOn } } as any);
    const [overdue, dueToday] = await Promise.all([count({ $lte: yesterday }), count({ $eq: today })]);
    return [
      { key: 'services_overdue', label: '超期未办结的办件', count: Number(overdue), severity: 'error', link: { resource: 'approval-cases', filter: { status: 'received', dueOn_lte: yesterday } } },
      { key: 'services_due_today', label: '今日到期的办件', count: Number(dueToday), severity: 'warning', link: { resource: 'approval-cases', filter: { status: 'received', dueOn: today } } },
    ];
  },
});
