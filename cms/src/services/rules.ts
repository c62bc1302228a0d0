// The rule files the approvals area runs on: the working calendar (time limits count working days)
// (the assessment rates are records: ../assessment/rules.ts).
import fs from 'fs';
import { configPath } from '../scoping/roles';
import { buildWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-days';

let calendar: WorkingCalendar | undefined;

const read = (file: string) => JSON.parse(fs.readFileSync(configPath(file), 'utf8'));

export function workingCalendar(): WorkingCalendar {
  calendar ??= buildWorkingCalendar(read('working-calendar.json'));
  return calendar;
}

export const ITEM = 'api::approval-item.approval-item';
export const HALL = 'api::service-hall.service-hall';
export const CASE = 'api::approval-case.approval-case';
