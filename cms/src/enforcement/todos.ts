// Enforcement on the home page's 待办: teams short of the staffing standard (the kept check) and
// cases filed more than 30 days ago that are still open. Counted through the document service, so a
// township sees only its own team and cases; the county sees all.
import { registerTodoProvider, type TodoItem } from '../dashboard/todos';
import { addDays, chinaDay } from '../domain/calendar/days';
import { CASE, TEAM } from './rules';

/** An open case older than this is shown as long-running (a reminder, not a legal deadline). */
const LONG_OPEN_DAYS = 30;

registerTodoProvider({
  key: 'enforcement',
  roles: ['county', 'township'],
  async items(ctx): Promise<TodoItem[]> {
    const since = addDays(chinaDay(new Date().toISOString()), -LONG_OPEN_DAYS);
    const [short, open] = await Promise.all([
      ctx.strapi.documents(TEAM as any).count({ filters: { staffingOk: false } } as any),
      ctx.strapi.documents(CASE as any).count({ filters: { step: { $ne: 'closed' }, filedOn: { $lt: since } } } as any),
    ]);
    return [
      { key: 'enforcement_team_short', label: '执法队伍配备未达标', count: Number(short), severity: 'error', link: { resource: 'enforcement-teams', filter: { staffingOk: false } } },
      { key: 'enforcement_cases_open', label: '立案超过 30 天未结案的执法案件', count: Number(open), severity: 'warning', link: { resource: 'enforcement-cases', filter: { step_neq: 'closed', filedOn_lt: since } } },
    ];
  },
});
