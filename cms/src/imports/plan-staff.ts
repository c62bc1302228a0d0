// Grid staff: a row is one person in one role on one grid, known by (网格, 姓名, 岗位) — there is no
// staff code. The role must be one the staffing standards know; 对应党员 is a member's code in scope.
import type { Core } from '@strapi/strapi';
import { enumLabel, fieldLabel } from '../labels/labels';
import type { ParsedRow, PlannedRow, Problems } from './plan';
import { findIn, lookupByCodeOrName } from './lookups';

type Row = Record<string, any>;
const STAFF = 'api::grid-staff.grid-staff';
const GRID = 'api::grid.grid';
const MEMBER = 'api::member.member';
const label = (field: string) => fieldLabel('grid-staffs', field);
const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

async function standardRoles(strapi: Core.Strapi): Promise<Set<string>> {
  const known = new Set<string>();
  for (const s of await strapi.db.query('api::grid-standard.grid-standard').findMany({ select: ['roles'] })) {
    for (const r of (typeof s.roles === 'string' ? JSON.parse(s.roles) : s.roles) ?? []) known.add(r.role);
  }
  return known;
}

export async function planStaff(strapi: Core.Strapi, rows: ParsedRow[], problems: Problems): Promise<PlannedRow[]> {
  const texts = (field: string) => rows.map((r) => r.values[field]).filter((v): v is string => !!v);
  const grids = await lookupByCodeOrName(strapi, GRID, texts('grid'), { fields: ['code', 'name'] });
  const members = new Map<string, Row>((await findIn(strapi, MEMBER, 'code', texts('member'), { fields: ['code', 'name'] })).map((m) => [m.code, m]));
  const roles = await standardRoles(strapi);
  const resolved = rows.map((r) => ({ ...r, grid: r.values.grid ? grids.find(r.values.grid) : null }));
  const gridIds = [...new Set(resolved.map((r) => (r.grid && r.grid !== 'ambiguous' ? r.grid.documentId : null)).filter(Boolean))] as string[];
  const existing = new Map<string, Row>();
  for (let i = 0; i < gridIds.length; i += 200) {
    const staff = await (strapi.documents(STAFF as any) as any).findMany({
      filters: { grid: { documentId: { $in: gridIds.slice(i, i + 200) } } },
      populate: { grid: { fields: ['code'] }, member: { fields: ['code'] } },
    });
    for (const s of staff) existing.set(`${s.grid?.documentId}|${s.name}|${s.role}`, s);
  }

  const first = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, values: v, grid } of resolved) {
    const fail = (field: string, message: string) => problems.add({ row, field, column: label(field), message: `${label(field)}：${message}` });
    if (grid === 'ambiguous') fail('grid', `有多个网格名为“${v.grid}”，请填写编号`);
    else if (v.grid && !grid) fail('grid', `网格“${v.grid}”不存在或不在您的管理范围内`);
    if (v.role && !roles.has(v.role)) fail('role', `“${enumLabel('grid-staffs', 'role', v.role)}”不在网格配备标准的岗位中`);
    const member = v.member ? members.get(v.member) : null;
    if (v.member && !member) fail('member', `党员编号“${v.member}”不存在或不在您的管理范围内`);
    if (!grid || grid === 'ambiguous' || !v.name || !v.role) continue;
    const key = `${grid.documentId}|${v.name}|${v.role}`;
    const dup = first.get(key);
    if (dup) {
      fail('name', `与第 ${dup} 行重复（同一网格、同一岗位、同一姓名）`);
      continue;
    }
    first.set(key, row);
    const data: Row = { grid: grid.documentId, name: v.name, role: v.role, phone: v.phone ?? null, member: member?.documentId ?? null };
    const what = `${v.name}（${grid.name} · ${enumLabel('grid-staffs', 'role', v.role)}）`;
    const before = existing.get(key);
    if (!before) {
      planned.push({ row, action: 'create', label: what, data, changed: [] });
      continue;
    }
    const changed: Row = {};
    if (!same(before.phone, data.phone)) changed.phone = data.phone;
    if (!same(before.member?.documentId, data.member)) changed.member = data.member;
    planned.push({ row, action: Object.keys(changed).length ? 'update' : 'unchanged', label: what, documentId: before.documentId, data: changed, changed: Object.keys(changed).map(label) });
  }
  return planned;
}
