// The rule files the approvals area runs on: the working calendar (time limits count working days)
// and the assessment formulas (config/dispatch-rules.json → assessment, shared with events).
import fs from 'fs';
import { configPath } from '../scoping/roles';
import { buildWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-days';
import type { AssessmentRules } from '../domain/assessment/formulas';

let calendar: WorkingCalendar | undefined;
let assessment: AssessmentRules | undefined;

const read = (file: string) => JSON.parse(fs.readFileSync(configPath(file), 'utf8'));

export function workingCalendar(): WorkingCalendar {
  calendar ??= buildWorkingCalendar(read('working-calendar.json'));
  return calendar;
}

export function assessmentRules(): AssessmentRules {
  assessment ??= read('dispatch-rules.json').assessment as AssessmentRules;
  return assessment;
}

export const ITEM = 'api::approval-item.approval-item';
export const HALL = 'api::service-hall.service-hall';
export const CASE = 'api::approval-case.approval-case';
