// The three-ones rule files from config/, ready for the domain functions.
import { readConfig } from '../plan';
import { buildWorkingCalendar, type WorkingCalendar, type WorkingCalendarConfig } from '../../cms/src/domain/calendar/working-days';
import type { DispatchRules } from '../../cms/src/domain/events/dispatch-rules';
import type { EnforcementRules } from '../../cms/src/domain/enforcement/rules';

export function loadWorkingCalendar(): WorkingCalendar {
  return buildWorkingCalendar(readConfig<WorkingCalendarConfig>('working-calendar.json'));
}

export function loadDispatchRules(): DispatchRules {
  return readConfig<DispatchRules>('dispatch-rules.json');
}

export function loadEnforcementRules(): EnforcementRules {
  return readConfig<EnforcementRules>('enforcement-rules.json');
}
