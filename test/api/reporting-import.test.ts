// Imports of members and grid staff from .xlsx: a template, a check that lists problems per row in
// Chinese and writes nothing, a commit that writes every row or none (audited as one import), that
// adds nothing when run again, and that refuses bad files with a 4xx while the server keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { lines, readXlsx, send, xlsxOf } from './xlsx';
import { checkCharacter, maskIdNumber } from '../../cms/src/domain/members/id-number';
import { resourceLabels } from '../../cms/src/labels/resources-zh';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let group: any;
let grid: any;
let foreignBranch: any;
let failOn: string | null = null;
let rowsForCheck = '';
const M = resourceLabels.members.fields;
const HEADER = [M.code, M.name, M.gender, M.birthDate, M.joinedDate, M.status, M.partyOrganisation, M.partyGroup, M.grid, M.phone, M.idNumber];
const idNumber = (birth: string, seq: number) => {
  const first17 = `321323${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
};
const memberCount = () => strapi.db.query('api::member.member').count();
const importAudits = () => strapi.db.query('api::audit-log.audit-log').count({ where: { operation: 'import' } });
const check = (caller: Caller, body: Buffer | string, kind = 'members', headers: Record<string, string> = {}) => send(caller, 'POST', `/api/imports/${kind}/check`, body, headers);
const commit = (caller: Caller, body: Buffer, kind = 'members') => send(caller, 'POST', `/api/imports/${kind}/commit`, body);
let serial = 0;
/** Rows of valid members (each with its own ID number, across the whole file), then `extra` per row. */
const rowsFor = (prefix: string, n: number, extra: (i: number) => Record<number, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => {
    const k = serial++;
    const birth = `1912-03-${String((Math.floor(k / 500) % 28) + 1).padStart(2, '0')}`; // nobody seeded was born in 1912
    // odd sequence numbers for men, even for women (GB 11643)
    const seq = 2 * (k % 500) + (i % 2 ? 0 : 1);
    const row: unknown[] = [`${prefix}${i + 1}`, `导入党员${prefix}${i + 1}`, i % 2 ? '女' : '男', birth, '2016-07-01', '正式党员', a.branch.code, group.code, grid.code, '10011112222', idNumber(birth, seq)];
    for (const [k, v] of Object.entries(extra(i))) row[Number(k)] = v;
    return row;
  });

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  group = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { parent: a.branch.id, level: 'party_group' }, populate: ['grid'] });
  grid = group.grid ?? (await strapi.db.query('api::grid.grid').findOne({ where: { township: a.township.id } }));
  const other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
  foreignBranch = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { township: other.id, level: 'branch' } });
  // A write that fails half way through an import (the third row), to see that nothing stays.
  strapi.documents.use(async (ctx: any, next: () => Promise<unknown>) => {
    if (failOn && ctx.uid === 'api::member.member' && ctx.action === 'create' && ctx.params?.data?.name === failOn) throw new Error('模拟写入失败');
    return next();
  });
});

afterAll(() => {
  failOn = null;
});

describe('member import', () => {
  it('offers a template with the panel\'s column names and a sheet of instructions', async () => {
    const res = await send(c.township, 'GET', '/api/imports/members/template');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toContain('党员导入模板.xlsx');
    const [header, example] = await readXlsx(res.bytes);
    expect(header.slice(0, 7)).toEqual([M.code, M.name, M.gender, M.birthDate, M.joinedDate, M.status, M.partyOrganisation]);
    expect(header).not.toContain(M.photo);
    expect(example[1]).toBe('张三');
  });

  it('checks every row and lists the problems in Chinese, writing nothing', async () => {
    const before = await memberCount();
    const rows = rowsFor('ZIMPBAD', 8, (i) => [
      { 1: '' }, // no name
      { 2: '未知' }, // not a gender
      { 3: '1990-02-30' }, // no such day
      { 6: '不存在的党支部' },
      { 6: foreignBranch.code }, // another township's branch: not in the caller's scope
      { 0: 'ZIMPBAD5' }, // the code of row 6 again
      { 10: (rowsForCheck = idNumber('1990-03-07', 512)).slice(0, 17) + (rowsForCheck.endsWith('X') ? '0' : 'X') }, // a bad check character
      { 4: { formula: 'TODAY()' } },
    ][i]);
    const res = await check(c.township, await xlsxOf([HEADER, ...rows]));
    expect(res.status).toBe(400);
    expect(res.json.message).toMatch(/共 8 行有问题.*未写入任何数据/);
    const byRow = Object.fromEntries(res.json.details.problems.map((p: any) => [p.row, p.message]));
    expect(byRow[2]).toBe('姓名：不能为空');
    expect(byRow[3]).toMatch(/^性别：“未知”不是可选值（可选：男、女）$/);
    expect(byRow[4]).toMatch(/^出生日期：“1990-02-30”不是有效日期/);
    expect(byRow[5]).toBe('所在党支部：党组织“不存在的党支部”不存在或不在您的管理范围内');
    expect(byRow[6]).toBe(`所在党支部：党组织“${foreignBranch.code}”不存在或不在您的管理范围内`);
    expect(byRow[7]).toBe('编号：与第 6 行的编号“ZIMPBAD5”重复');
    expect(byRow[8]).toMatch(/^身份证号：身份证号校验位不正确/);
    expect(byRow[9]).toMatch(/^入党日期：含有公式/);
    expect(await memberCount()).toBe(before);
  });

  it('finds a code or ID number already in use elsewhere', async () => {
    const held = await strapi.db.query('api::member.member').findOne({ where: { township: { $ne: a.township.id }, idNumber: { $notNull: true } } });
    const rows = rowsFor('ZIMPDUP', 2, (i) => (i === 0 ? { 0: held.code } : { 10: held.idNumber }));
    const res = await check(c.township, await xlsxOf([HEADER, ...rows]));
    expect(res.status).toBe(400);
    expect(res.json.details.problems.map((p: any) => p.message)).toEqual([
      `编号：编号“${held.code}”已被其他党员使用（不在您的管理范围内）`,
      '身份证号：该身份证号已登记在其他党员名下',
    ]);
  });

  it('commits all rows in one transaction, audited as one import; a second run adds nothing', async () => {
    // the demo member again, with a new phone and the ID number as an export shows it (masked: kept as stored)
    const file = await xlsxOf([HEADER, ...rowsFor('ZIMPOK', 3), [a.member.code, a.member.name, a.member.gender === 'male' ? '男' : '女', a.member.birthDate, a.member.joinedDate,
      a.member.status === 'full' ? '正式党员' : '预备党员', a.branch.code, '', '', '10099998888', maskIdNumber(a.member.idNumber)]]);
    const dry = await check(c.township, file);
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ rows: 4, create: 3, update: 1, unchanged: 0, problemCount: 0 });
    const update = dry.json.preview.find((p: any) => p.action === 'update');
    expect(update.changed).toContain(M.phone);
    expect(update.changed).not.toContain(M.idNumber);
    const before = await memberCount();
    const audits = await importAudits();
    const res = await commit(c.township, file);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('ndjson');
    const out = lines(res.text);
    expect(out[0]).toMatchObject({ phase: 'write', done: 0, total: 4 });
    expect(out.at(-1)).toEqual({ result: { rows: 4, created: 3, updated: 1, unchanged: 0 } });
    expect(await memberCount()).toBe(before + 3);
    const created = await strapi.db.query('api::member.member').findOne({ where: { code: 'ZIMPOK2' }, populate: ['township', 'partyOrganisation', 'partyGroup'] });
    expect(created).toMatchObject({ name: '导入党员ZIMPOK2', gender: 'female', township: { id: a.township.id }, partyOrganisation: { id: a.branch.id }, partyGroup: { id: group.id } });
    // one entry per written record (marked 导入) and one summary with the counts
    expect(await importAudits()).toBe(audits + 5);
    const summary = await strapi.db.query('api::audit-log.audit-log').findOne({ where: { operation: 'import', recordId: null }, orderBy: { id: 'desc' } });
    expect(summary.recordName).toMatch(/^导入党员：.*（4 行，新增 3，更新 1，未变 0）$/);
    expect(summary.after).toMatchObject({ rows: 4, created: 3, updated: 1, unchanged: 0 });
    const again = await commit(c.township, file);
    expect(lines(again.text).at(-1)).toEqual({ result: { rows: 4, created: 0, updated: 0, unchanged: 4 } });
    expect(await memberCount()).toBe(before + 3);
    expect(await importAudits()).toBe(audits + 5);
    const after = await strapi.db.query('api::member.member').findOne({ where: { id: a.member.id } });
    expect(after).toMatchObject({ phone: '10099998888', idNumber: a.member.idNumber });
    await c.township.request('PUT', `/ra/members/${a.member.documentId}`, { phone: a.member.phone });
  });

  it('writes nothing when a write fails half way', async () => {
    const before = await memberCount();
    const rows = rowsFor('ZIMPROLL', 4);
    failOn = rows[2][1] as string;
    try {
      const res = await commit(c.township, await xlsxOf([HEADER, ...rows]));
      expect(res.status).toBe(200);
      expect(lines(res.text).at(-1).error.message).toBeTruthy();
    } finally {
      failOn = null;
    }
    expect(await memberCount()).toBe(before);
    expect(await strapi.db.query('api::member.member').count({ where: { code: { $startsWith: 'ZIMPROLL' } } })).toBe(0);
  });

  it('refuses files that are not .xlsx, too large, malformed or too long — with a 4xx in Chinese, nothing written', async () => {
    const before = await memberCount();
    const notXlsx = await check(c.township, '姓名,性别\n张三,男\n', 'members', { 'Content-Type': 'text/csv' });
    expect(notXlsx.status).toBe(400);
    expect(notXlsx.json.message).toMatch(/不是 Excel 工作簿/);
    const xls = await check(c.township, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect(xls.json.message).toMatch(/旧版 Excel（\.xls）/);
    const big = await check(c.township, Buffer.alloc(21 * 1024 * 1024, 1));
    expect(big.status).toBe(413);
    expect(big.json.message).toMatch(/不能超过 20 MB/);
    const zip = await check(c.township, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]));
    expect(zip.status).toBe(400);
    const headers = await check(c.township, await xlsxOf([['姓名', '籍贯'], ['张三', '江苏']]));
    expect(headers.status).toBe(400);
    expect(headers.json.message).toMatch(/无法识别的列“籍贯”.*缺少必填列：编号/);
    const empty = await check(c.township, await xlsxOf([HEADER]));
    expect(empty.json.message).toMatch(/没有数据行/);
    expect(await memberCount()).toBe(before);
  });

  it('lists the first 200 of 10,000 bad rows, counts them all, and keeps answering meanwhile', async () => {
    const rows = rowsFor('ZIMPMANY', 10_000, () => ({ 2: '不详', 10: '' }));
    const file = await xlsxOf([HEADER, ...rows]);
    const started = Date.now();
    const [res, me] = await Promise.all([check(c.township, file), (async () => {
      await new Promise((r) => setTimeout(r, 300));
      const t = Date.now();
      const r = await c.township.request('GET', '/ra/_me');
      return { status: r.status, ms: Date.now() - t };
    })()]);
    expect(res.status).toBe(400);
    expect(res.json.details).toMatchObject({ rows: 10_000, problemRows: 10_000, problemCount: 10_000 });
    expect(res.json.details.problems).toHaveLength(200);
    expect(res.json.message).toMatch(/共 10000 行有问题.*前 200 处/);
    expect(me.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(30_000);
    const tooLong = await check(c.township, await xlsxOf([HEADER, ...rowsFor('ZIMPLONG', 10_001)]));
    expect(tooLong.status).toBe(400);
    expect(tooLong.json.message).toMatch(/每个文件最多 10000 行/);
  });

  it('is for those who may add members: a member gets 403', async () => {
    const res = await check(c.member, await xlsxOf([HEADER]));
    expect(res.status).toBe(403);
    expect(res.json.message).toBe('无权导入党员');
    expect((await send(c.county, 'GET', '/api/imports/meetings/template')).status).toBe(404);
  });
});

describe('grid staff import', () => {
  const S = resourceLabels['grid-staffs'].fields;
  const STAFF_HEADER = [S.grid, S.name, S.role, S.phone];

  it('adds staff by grid, name and role, once; unknown roles and grids outside the scope are problems', async () => {
    const file = await xlsxOf([STAFF_HEADER, [grid.code, '导入志愿者甲', '志愿者', '10012340001'], [grid.name, '导入志愿者乙', 'volunteer', '']]);
    const before = await strapi.db.query('api::grid-staff.grid-staff').count();
    const res = await commit(c.township, file, 'grid-staffs');
    expect(lines(res.text).at(-1)).toEqual({ result: { rows: 2, created: 2, updated: 0, unchanged: 0 } });
    expect(await strapi.db.query('api::grid-staff.grid-staff').count()).toBe(before + 2);
    expect(lines((await commit(c.township, file, 'grid-staffs')).text).at(-1).result).toMatchObject({ created: 0, unchanged: 2 });
    const foreignGrid = await strapi.db.query('api::grid.grid').findOne({ where: { township: foreignBranch.township ?? { $ne: a.township.id } } });
    const bad = await check(c.township, await xlsxOf([STAFF_HEADER, [grid.code, '某人', '保安', ''], [foreignGrid.code, '某人', '志愿者', '']]), 'grid-staffs');
    expect(bad.status).toBe(400);
    expect(bad.json.details.problems.map((p: any) => p.message)).toEqual([
      expect.stringMatching(/^岗位：“保安”不是可选值/),
      `网格：网格“${foreignGrid.code}”不存在或不在您的管理范围内`,
    ]);
    // a branch secretary reads grid staff but may not add them
    expect((await check(c.branch, file, 'grid-staffs')).status).toBe(403);
  });
});
