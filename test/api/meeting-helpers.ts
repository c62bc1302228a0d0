// Helpers for the meetings tests and benchmark: a branch of any size written in bulk (members
// through the API would take minutes), and the calls the panel makes.
import { expect } from 'vitest';
import type { Caller } from './callers';
import { addDays, chinaDay } from '../../cms/src/domain/meetings';

export const TODAY = chinaDay(new Date());
export const daysAgo = (n: number) => addDays(TODAY, -n);
/** 09:00 in China on `day`, as the UTC instant the API stores. */
export const at9 = (day: string) => new Date(`${day}T09:00:00+08:00`).toISOString();

type Row = Record<string, any>;

export { bulkBranch } from './bulk-branch';

export const createMeeting = (c: Caller, data: Row) => c.request('POST', '/ra/meetings', { startsAt: at9(daysAgo(2)), place: '村部会议室', topic: '测试会议', ...data });
export const attendance = (c: Caller, id: string) => c.request('GET', `/api/meetings/${id}/attendance`);
export const saveAttendance = (c: Caller, id: string, records: unknown) => c.request('PUT', `/api/meetings/${id}/attendance`, { records });
export const finalise = (c: Caller, id: string, body: unknown = {}) => c.request('POST', `/api/meetings/${id}/finalise`, body);

/** A record per member: present unless listed otherwise. */
export function records(members: Row[], overrides: Record<string, { status: string; reason?: string }> = {}) {
  return members.map((m) => ({ member: m.documentId, status: 'present', ...overrides[m.documentId] }));
}

export async function created(res: { status: number; body: any }) {
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
