// Members: a row is one member, known by its 编号 (code). References: 党支部 (a branch in scope),
// 党小组 (a party group of that branch), 网格 (in scope). Duplicates: the same code or ID number twice
// in the file, a code used by a member the caller cannot see, an ID number held by another member.
import type { Core } from '@strapi/strapi';
import { fieldLabel } from '../labels/labels';
import type { ParsedRow, PlannedRow, Problems } from './plan';
import { findIn, lookupByCodeOrName } from './lookups';

type Row = Record<string, any>;
const MEMBER = 'api::member.member';
const ORG = 'api::party-organisation.party-organisation';
const GRID = 'api::grid.grid';
const SCALARS = ['name', 'gender', 'birthDate', 'joinedDate', 'status', 'phone', 'ethnicity', 'education', 'idNumber', 'employer', 'jobTitle', 'introducers', 'fullMemberDate'];
const RELATIONS = ['partyOrganisation', 'partyGroup', 'grid'];
const label = (field: string) => fieldLabel('members', field);
const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

export async function planMembers(strapi: Core.Strapi, rows: ParsedRow[], problems: Problems): Promise<PlannedRow[]> {
  const texts = (field: string) => rows.map((r) => r.values[field]).filter((v): v is string => !!v);
  const orgs = await lookupByCodeOrName(strapi, ORG, [...texts('partyOrganisation'), ...texts('partyGroup')], {
    fields: ['code', 'name', 'level'], populate: { parent: { fields: ['code'] }, township: { fields: ['code', 'name'] } },
  });
  const grids = await lookupByCodeOrName(strapi, GRID, texts('grid'), { fields: ['code', 'name'] });
  const codes = texts('code');
  const existing = new Map<string, Row>((await findIn(strapi, MEMBER, 'code', codes, {
    populate: { partyOrganisation: { fields: ['code'] }, partyGroup: { fields: ['code'] }, grid: { fields: ['code'] } },
  })).map((m) => [m.code, m]));
  // Below the document service on purpose: codes and ID numbers are unique across the county, so a
  // clash with a record outside the caller's scope must be found too (the answer does not describe it).
  const taken = new Set<string>();
  const holders = new Map<string, string>();
  for (let i = 0; i < codes.length; i += 500) {
    for (const m of await strapi.db.query(MEMBER).findMany({ where: { code: { $in: codes.slice(i, i + 500) } }, select: ['code'] })) taken.add(m.code);
  }
  const ids = texts('idNumber');
  for (let i = 0; i < ids.length; i += 500) {
    for (const m of await strapi.db.query(MEMBER).findMany({ where: { idNumber: { $in: ids.slice(i, i + 500) } }, select: ['code', 'idNumber'] })) holders.set(m.idNumber, m.code);
  }

  const firstCode = new Map<string, number>();
  const firstId = new Map<string, number>();
  const planned: PlannedRow[] = [];
  for (const { row, values: v } of rows) {
    const fail = (field: string, message: string) => problems.add({ row, field, column: label(field), message: `${label(field)}：${message}` });
    const code = v.code;
    if (code) {
      const first = firstCode.get(code);
      if (first) fail('code', `与第 ${first} 行的编号“${code}”重复`);
      else firstCode.set(code, row);
      if (!existing.has(code) && taken.has(code)) fail('code', `编号“${code}”已被其他党员使用（不在您的管理范围内）`);
    }
    if (v.idNumber) {
      const first = firstId.get(v.idNumber);
      if (first) fail('idNumber', `与第 ${first} 行的身份证号重复`);
      else firstId.set(v.idNumber, row);
      const holder = holders.get(v.idNumber);
      if (holder && holder !== code) fail('idNumber', '该身份证号已登记在其他党员名下');
    }
    const resolve = (field: string, lookup: typeof orgs, what: string): Row | null => {
      const text = v[field];
      if (!text) return null;
      const hit = lookup.find(text);
      if (hit === 'ambiguous') return fail(field, `有多个${what}名为“${text}”，请填写编号`), null;
      if (!hit) return fail(field, `${what}“${text}”不存在或不在您的管理范围内`), null;
      return hit;
    };
    const branch = resolve('partyOrganisation', orgs, '党组织');
    if (branch && branch.level !== 'branch') fail('partyOrganisation', `“${branch.name}”不是党支部`);
    const group = resolve('partyGroup', orgs, '党组织');
    if (group && group.level !== 'party_group') fail('partyGroup', `“${group.name}”不是党小组`);
    else if (group && branch && group.parent?.documentId !== branch.documentId) fail('partyGroup', `党小组“${group.name}”不属于“${branch.name}”`);
    const grid = resolve('grid', grids, '网格');
    if (v.township && branch?.township && v.township !== branch.township.name && v.township !== branch.township.code) {
      fail('township', `与所在党支部所属的“${branch.township.name}”不一致（乡镇由党支部自动确定）`);
    }
    if (!code || !branch) continue;

    const data: Row = { code, partyOrganisation: branch.documentId, partyGroup: group?.documentId ?? null, grid: grid?.documentId ?? null };
    for (const f of SCALARS) if (f in v) data[f] = v[f];
    const before = existing.get(code);
    if (!before) {
      planned.push({ row, action: 'create', label: `${v.name ?? ''}（${code}）`, data, changed: [] });
      continue;
    }
    const changed: Row = {};
    for (const f of SCALARS) if (f in data && !same(before[f], data[f])) changed[f] = data[f];
    for (const f of RELATIONS) if (!same(before[f]?.documentId, data[f])) changed[f] = data[f];
    const names = Object.keys(changed);
    planned.push({ row, action: names.length ? 'update' : 'unchanged', label: `${v.name ?? before.name}（${code}）`, documentId: before.documentId, data: changed, changed: names.map(label) });
  }
  return planned;
}
