// The dispatch rules and working calendar from config/, read once.
import fs from 'fs';
import { configPath } from '../scoping/roles';
import { buildWorkingCalendar, type WorkingCalendar, type WorkingCalendarConfig } from '../domain/calendar/working-days';
import type { DispatchRules } from '../domain/events/dispatch-rules';

let cached: { rules: DispatchRules; calendar: WorkingCalendar } | undefined;

export function dispatchContext(): { rules: DispatchRules; calendar: WorkingCalendar } {
  cached ??= {
    rules: JSON.parse(fs.readFileSync(configPath('dispatch-rules.json'), 'utf8')),
    calendar: buildWorkingCalendar(JSON.parse(fs.readFileSync(configPath('working-calendar.json'), 'utf8')) as WorkingCalendarConfig),
  };
  return cached;
}
