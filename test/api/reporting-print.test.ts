// Printable 台账 with verification codes: what was printed is recorded with its digest; anyone whose
// scope holds the subject can check a code later; a change to the records shows as "不一致".
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let foreignBranch: any;
const print = (caller: Caller, kind: string, id: string, query = '') => caller.request('POST', `/api/prints/${kind}/${id}${query}`);
const verify = (caller: Caller, code: string) => caller.request('GET', `/api/prints/verify/${encodeURIComponent(code)}`);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  const other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
  foreignBranch = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { township: other.id, level: 'branch' } });
});

describe('printable ledgers', () => {
  it('prints a branch roster with a verification code; it verifies until a member changes', async () => {
    const res = await print(c.branch, 'roster', a.branch.documentId);
    expect(res.status).toBe(201);
    const members = await strapi.db.query('api::member.member').count({ where: { partyOrganisation: a.branch.id } });
    expect(res.body).toMatchObject({ kind: 'roster', title: `${a.branch.name}党员花名册`, unit: `${a.township.name} · ${a.branch.name}`, printedBy: 't-branch' });
    expect(res.body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(res.body.tables[0].columns.slice(0, 4)).toEqual(['序号', '编号', '姓名', '性别']);
    expect(res.body.tables[0].rows).toHaveLength(members);
    expect(res.body.tables[0].note).toMatch(new RegExp(`^共 ${members} 名`));
    const code = res.body.code as string;
    for (const caller of [c.branch, c.township, c.county]) {
      const v = await verify(caller, code.toLowerCase().replace('-', ' '));
      expect(v.status).toBe(200);
      expect(v.body).toMatchObject({ code, matches: true, message: '打印件与当前记录一致', printedRows: members, currentRows: members });
    }
    const member = await strapi.db.query('api::member.member').findOne({ where: { partyOrganisation: a.branch.id }, orderBy: { code: 'desc' } });
    expect((await c.township.request('PUT', `/ra/members/${member.documentId}`, { jobTitle: '已变更的职务' })).status).toBe(200);
    const changed = await verify(c.township, code);
    expect(changed.body).toMatchObject({ matches: false });
    expect(changed.body.message).toMatch(/不一致/);
    await c.township.request('PUT', `/ra/members/${member.documentId}`, { jobTitle: member.jobTitle });
    expect((await verify(c.township, code)).body.matches).toBe(true);
  });

  it('prints a member\'s points for a year and a township\'s organisations and grids', async () => {
    const year = new Date().getUTCFullYear();
    const ledger = await print(c.member, 'ledger', a.member.documentId, `?year=${year}`);
    expect(ledger.status).toBe(201);
    const approved = await strapi.db.query('api::points-entry.points-entry').count({ where: { member: a.member.id, status: 'approved', occurredOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } } });
    expect(ledger.body.tables[0].rows).toHaveLength(approved);
    expect(ledger.body.title).toBe(`${a.member.name}（${a.member.code}）${year} 年度积分台账`);
    expect((await verify(c.member, ledger.body.code)).body.matches).toBe(true);
    const township = await print(c.township, 'township', a.township.documentId);
    expect(township.status).toBe(201);
    expect(township.body.tables.map((t: any) => t.heading)).toEqual(['乡镇机构设置', '党组织', '网格']);
    expect(township.body.tables[2].rows).toHaveLength(await strapi.db.query('api::grid.grid').count({ where: { township: a.township.id } }));
    expect((await verify(c.county, township.body.code)).body.matches).toBe(true);
    // a whole township's table is not a branch secretary's to check
    expect((await verify(c.branch, township.body.code)).status).toBe(404);
  });

  it('keeps to the scope: nobody prints or verifies another township\'s records', async () => {
    const foreign = await print(c.township, 'roster', foreignBranch.documentId);
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toBe('党组织不存在或不在您的管理范围内');
    const county = await print(c.county, 'roster', foreignBranch.documentId);
    expect(county.status).toBe(201);
    for (const caller of [c.township, c.branch, c.member]) {
      const v = await verify(caller, county.body.code);
      expect(v.status).toBe(404);
      expect(v.body.message).toBe('验证码不存在，或该打印件不在您的管理范围内');
    }
    expect((await print(c.member, 'roster', a.branch.documentId)).status).toBe(404);
  });

  it('answers malformed requests in Chinese', async () => {
    expect((await verify(c.county, 'abc')).body.message).toMatch(/验证码应为 8 位/);
    expect((await verify(c.county, 'ZZZZ-ZZZZ')).status).toBe(404);
    expect((await print(c.county, 'invoice', a.branch.documentId)).status).toBe(404);
    const year = await print(c.county, 'ledger', a.member.documentId, '?year=1800');
    expect(year.status).toBe(400);
    expect(year.body.message).toMatch(/年份/);
  });
});
