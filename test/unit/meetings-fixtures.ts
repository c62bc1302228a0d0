// A village branch for the meetings tests: 10 full and 2 probationary members, a committee of 5,
// two party groups (101, 102), one member who left and one who joined later.
import type { AttendanceRecord, OrgMember } from '../../cms/src/domain/meetings/attendance';
import { ruleOfKind, type MeetingOrganisation, type MeetingRule } from '../../cms/src/domain/meetings/rules';
import { readConfig } from '../../seeds/plan';

export const rules = readConfig<{ rules: MeetingRule[] }>('meeting-rules.json').rules;
export const rule = (kind: string): MeetingRule => ruleOfKind(kind, rules)!;

export const branch: MeetingOrganisation = { id: 7, level: 'branch', category: 'village', hasCommittee: true };
export const group101: MeetingOrganisation = { id: 101, level: 'party_group', category: 'village' };

const NAMES = ['张三', '李四', '王五', '赵六', '钱七', '孙八', '周九', '吴十', '郑一', '冯二', '陈预', '褚预'];

export const members: OrgMember[] = NAMES.map((name, i) => ({
  id: i + 1,
  name,
  status: i < 10 ? 'full' : 'probationary',
  joinedOn: '2020-01-01',
  isCommittee: i < 5,
  groupId: i < 4 || i === 10 ? 101 : 102,
}));
members.push(
  { id: 13, name: '卫出', status: 'full', joinedOn: '2020-01-01', leftOn: '2026-02-01', isCommittee: false, groupId: 102 },
  { id: 14, name: '蒋新', status: 'full', joinedOn: '2026-04-01', isCommittee: false, groupId: 102 },
);

/** One record per id: present for the first `present` ids, absent for the rest. */
export function records(ids: number[], present: number[]): AttendanceRecord[] {
  const p = new Set(present);
  return ids.map((id) => ({ memberId: id, status: p.has(id) ? 'present' : 'absent' }));
}

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
