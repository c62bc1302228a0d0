// 党员信息 over HTTP: seeded profiles, the ID number masked for whoever may not edit the member
// (on every API, populated relations included), and the write checks in Chinese with nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { demoIdNumber, idNumberProblem, maskIdNumber } from '../../cms/src/domain/members/id-number';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const MEMBER = 'api::member.member';

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
});

const stored = (id: number) => strapi.db.query(MEMBER).findOne({ where: { id } });
const auditCount = () => strapi.db.query('api::audit-log.audit-log').count();

describe('member profiles', () => {
  it('are seeded for every member, with checksum-valid Siyang ID numbers', async () => {
    const m = await stored(a.member.id);
    expect(idNumberProblem(m.idNumber)).toBeNull();
    expect(m.idNumber.startsWith('321323')).toBe(true);
    expect(m).toMatchObject({ ethnicity: expect.stringMatching(/族$/), education: expect.any(String), employer: expect.any(String), introducers: expect.stringMatching(/、/) });
    expect(await strapi.db.query(MEMBER).count({ where: { idNumber: { $null: true }, code: { $startsWith: 'SY' } } })).toBe(0);
  });

  it('show the full ID number to those who may edit the member and a masked one to the member', async () => {
    const full = (await stored(a.member.id)).idNumber;
    for (const role of ['county', 'township', 'branch'] as const) {
      expect((await c[role].request('GET', `/ra/members/${a.member.documentId}`)).body.idNumber, role).toBe(full);
    }
    const masked = maskIdNumber(full);
    expect((await c.member.request('GET', `/ra/members/${a.member.documentId}`)).body.idNumber).toBe(masked);
    expect((await c.member.request('GET', `/api/members/${a.member.documentId}`)).body.data.idNumber).toBe(masked);
    // populated through another type, the number is masked too
    const entries = await c.member.request('GET', '/api/points-entries?populate=member&pagination[pageSize]=1');
    expect(entries.status).toBe(200);
    expect(entries.body.data[0].member.idNumber).toBe(masked);
    expect(JSON.stringify(entries.body)).not.toContain(full);
  });

  it('refuse a bad ID number, a number another member holds and 转正日期 before 入党日期, writing nothing', async () => {
    const before = await stored(a.member.id);
    const audits = await auditCount();
    const put = (data: Record<string, unknown>) => c.branch.request('PUT', `/ra/members/${a.member.documentId}`, data);
    const wrongCheck = before.idNumber.slice(0, 17) + (before.idNumber[17] === '1' ? '2' : '1');
    for (const [data, message] of [
      [{ idNumber: '32132319800101' }, /身份证号应为 18 位/],
      [{ idNumber: wrongCheck }, /校验位不正确/],
      [{ idNumber: (await strapi.db.query(MEMBER).findOne({ where: { id: { $ne: a.member.id } } })).idNumber }, /已登记在其他党员名下/],
      [{ fullMemberDate: '1950-01-01' }, /转正日期不能早于入党日期/],
      [{ ethnicity: 'Han' }, /民族应填写全称/],
    ] as const) {
      const res = await put(data);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.message).toMatch(message);
    }
    expect(await stored(a.member.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('accept a valid number, keep the stored one when a masked copy comes back, and let members edit nothing', async () => {
    const m = await strapi.db.query(MEMBER).findOne({ where: { partyOrganisation: a.branch.id, id: { $ne: a.member.id } }, orderBy: { id: 'desc' } });
    const fresh = demoIdNumber(m.birthDate, m.gender, 499);
    const ok = await c.branch.request('PUT', `/ra/members/${m.documentId}`, { idNumber: fresh.toLowerCase(), jobTitle: '村民小组长' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.idNumber).toBe(fresh);
    const back = await c.branch.request('PUT', `/ra/members/${m.documentId}`, { idNumber: maskIdNumber(fresh) });
    expect(back.status).toBe(200);
    expect((await stored(m.id)).idNumber).toBe(fresh);
    expect((await c.member.request('PUT', `/ra/members/${a.member.documentId}`, { jobTitle: '自改' })).status).toBe(403);
  });
});

describe('users carry their real names', () => {
  it('answers /api/users/me with the person\'s name', async () => {
    const me = await c.branch.request('GET', '/api/users/me');
    expect(me.status).toBe(200);
    expect(me.body.fullName).toMatch(/^\p{Script=Han}{2,4}$/u);
    expect((await c.member.request('GET', '/api/users/me')).body.fullName).toBe(a.member.name);
  });
});
