// GET /ra/<resource>/_export: the whole list the caller sees, with its filter and sort, as .xlsx or
// UTF-8 CSV — Chinese headers and values, related records by name — and never another township's rows.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';
import { readXlsx, send } from './xlsx';
import { resourceLabels } from '../../cms/src/labels/resources-zh';
import { checkCharacter } from '../../cms/src/domain/members/id-number';

/** A valid, fictitious ID number (every seeded member has one; nobody seeded was born in 1913). */
const idNumberOf = (birth: string, seq: number) => {
  const first17 = `321323${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let other: any;
const exportUrl = (resource: string, q: { format?: string; filter?: Record<string, unknown>; sort?: [string, string] } = {}) =>
  `/ra/${resource}/_export?${new URLSearchParams({ ...(q.format ? { format: q.format } : {}), ...(q.filter ? { filter: JSON.stringify(q.filter) } : {}), ...(q.sort ? { sort: JSON.stringify(q.sort) } : {}) })}`;
const M = resourceLabels.members.fields;

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
});

describe('list export', () => {
  it('exports a filtered, sorted member list as .xlsx: every row, Chinese headers and values, names for relations', async () => {
    const filter = { township: a.township.documentId, status: 'probationary' };
    const list = await c.county.request('GET', `/ra/members${raQuery({ filter, sort: ['name', 'ASC'], range: [0, 999] })}`);
    const total = totalOf(list.headers.get('content-range'));
    const res = await send(c.county, 'GET', exportUrl('members', { format: 'xlsx', filter, sort: ['name', 'ASC'] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(/attachment; .*filename\*=UTF-8''党员-\d{8}\.xlsx/);
    const rows = await readXlsx(res.bytes);
    const header = rows[0];
    expect(header.slice(0, 6)).toEqual([M.code, M.name, M.gender, M.birthDate, M.joinedDate, M.status]);
    expect(header).toContain(M.partyOrganisation);
    expect(header).not.toContain('documentId');
    expect(rows.length - 1).toBe(total);
    const col = (label: string) => header.indexOf(label);
    // the same order as the list, row for row
    expect(rows.slice(1, 6).map((r) => r[col(M.code)])).toEqual(list.body.slice(0, 5).map((m: any) => m.code));
    for (const r of rows.slice(1)) {
      expect(r[col(M.status)]).toBe('预备党员');
      expect(r[col(M.township)]).toBe(a.township.name);
      expect(['男', '女']).toContain(r[col(M.gender)]);
      expect(r[col(M.partyOrganisation)]).toMatch(/党支部$/);
      expect(r[col(M.idNumber)]).toMatch(/^(|\d{6}\*+[\dX]{4})$/);
      expect(r[col(M.birthDate)]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('exports CSV with a UTF-8 BOM, quoting, and spreadsheet formulas defused', async () => {
    const created = await c.township.request('POST', '/ra/members', {
      code: 'ZX-EXP-CSV-1', name: '导出测试', gender: 'female', birthDate: '1913-01-02', joinedDate: '2015-07-01', status: 'full', idNumber: idNumberOf('1913-01-02', 2),
      partyOrganisation: a.branch.documentId, employer: '=HYPERLINK("x"),有逗号', jobTitle: '+1',
    });
    expect(created.status).toBe(201);
    const res = await send(c.township, 'GET', exportUrl('members', { format: 'csv', filter: { code: 'ZX-EXP-CSV-1' } }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = res.text.slice(1).trim().split('\r\n');
    expect(header.split(',').slice(0, 3)).toEqual([M.code, M.name, M.gender]);
    expect(row).toContain('"\'=HYPERLINK(""x""),有逗号"');
    expect(row).toContain(",'+1,");
    expect(row).toContain('导出测试,女,1913-01-02,2015-07-01,正式党员');
  });

  it('gives times in Shanghai time', async () => {
    const list = await c.county.request('GET', `/ra/audit-logs${raQuery({ sort: ['at', 'DESC'], range: [0, 0] })}`);
    expect(list.body.length).toBe(1);
    const res = await send(c.county, 'GET', exportUrl('audit-logs', { filter: { id: [list.body[0].id] } }));
    const rows = await readXlsx(res.bytes);
    const at = rows[1][rows[0].indexOf(resourceLabels['audit-logs'].fields.at)];
    const shanghai = new Date(new Date(list.body[0].at).getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(at).toBe(shanghai);
  });

  it('exports only the caller\'s scope: a township never gets another township\'s rows, a member only themselves', async () => {
    const mine = await send(c.township, 'GET', exportUrl('members', { format: 'csv' }));
    const lines = mine.text.trim().split('\r\n');
    const list = await c.township.request('GET', '/ra/members?range=[0,0]');
    expect(lines.length - 1).toBe(totalOf(list.headers.get('content-range')));
    expect(lines.slice(1).every((l) => l.includes(`,${a.township.name},`))).toBe(true);
    const foreign = await send(c.township, 'GET', exportUrl('members', { format: 'csv', filter: { township: other.documentId } }));
    expect(foreign.status).toBe(200);
    expect(foreign.text.trim().split('\r\n')).toHaveLength(1);
    const self = await send(c.member, 'GET', exportUrl('members', { format: 'csv' }));
    expect(self.text.trim().split('\r\n').slice(1).map((l) => l.split(',')[0])).toEqual([a.member.code]);
  });

  it('refuses resources the caller cannot read, and malformed queries, in Chinese', async () => {
    const grids = await send(c.member, 'GET', exportUrl('grids'));
    expect(grids.status).toBe(403);
    expect(grids.json.message).toMatch(/无权/);
    expect((await send(c.branch, 'GET', exportUrl('audit-logs'))).status).toBe(403);
    const cases: Array<[string, number, RegExp]> = [
      [exportUrl('members', { format: 'pdf' }), 400, /导出格式/],
      ['/ra/members/_export?filter=%7Bbad', 400, /JSON/],
      [exportUrl('members', { filter: { nosuch: 1 } }), 400, /未知的筛选字段/],
      [exportUrl('members', { sort: ['photo', 'ASC'] }), 400, /排序/],
      ['/ra/members/_export?range=[0,9]', 400, /未知的查询参数/],
      [exportUrl('nosuch'), 404, /未知资源/],
      [exportUrl('grids', { filter: { check: 'bad' } }), 400, /检查结果/],
    ];
    for (const [url, status, message] of cases) {
      const res = await send(c.county, 'GET', url);
      expect(res.status, url).toBe(status);
      expect(res.json.message, url).toMatch(message);
    }
  });
});

describe('lists filtered by computed check', () => {
  it('finds grids whose staffing fails, in the list and the export alike', async () => {
    const grid = await strapi.db.query('api::grid.grid').findOne({ where: { township: a.township.id }, orderBy: { code: 'asc' } });
    const chief = await strapi.db.query('api::grid-staff.grid-staff').findOne({ where: { grid: grid.id, role: 'grid_chief' } });
    expect((await c.township.request('DELETE', `/ra/grid-staffs/${chief.documentId}`)).status).toBe(200);
    try {
      const failing = await c.township.request('GET', `/ra/grids${raQuery({ filter: { check: 'error' }, range: [0, 99] })}`);
      expect(failing.status).toBe(200);
      expect(failing.body.map((g: any) => g.id)).toContain(grid.documentId);
      expect(failing.body.every((g: any) => g.check.findings.some((f: any) => f.severity === 'error'))).toBe(true);
      const byCode = await c.township.request('GET', `/ra/grids${raQuery({ filter: { finding: 'role_missing' }, range: [0, 99] })}`);
      expect(byCode.body.map((g: any) => g.id)).toContain(grid.documentId);
      const ok = await c.township.request('GET', `/ra/grids${raQuery({ filter: { check: 'ok' }, range: [0, 999] })}`);
      expect(ok.body.map((g: any) => g.id)).not.toContain(grid.documentId);
      const exported = await readXlsx((await send(c.township, 'GET', exportUrl('grids', { filter: { check: 'error' } }))).bytes);
      expect(exported.slice(1).map((r) => r[0])).toContain(grid.code);
      const ours = exported.find((r) => r[0] === grid.code)!;
      expect(ours[exported[0].indexOf(resourceLabels.grids.fields.check)]).toMatch(/^✗网格长应至少 1 名/);
      // filtered to another township, it is not there
      const elsewhere = await c.county.request('GET', `/ra/grids${raQuery({ filter: { check: 'error', township: other.documentId }, range: [0, 999] })}`);
      expect(elsewhere.body.map((g: any) => g.id)).not.toContain(grid.documentId);
      expect(elsewhere.body.every((g: any) => g.township === other.documentId)).toBe(true);
    } finally {
      await c.township.request('POST', '/ra/grid-staffs', { name: chief.name, role: 'grid_chief', grid: grid.documentId, phone: chief.phone });
    }
  });
});
