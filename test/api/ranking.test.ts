// 积分排行 across the county and by branch, the names behind entries, and a seeded ledger that never
// lies in the future or names a machine as proposer.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, totalOf, type Caller, type RoleName } from './callers';
import { T } from '../../cms/src/points/tables';
import { todayInChina } from '../../seeds/points';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let other: any;
const YEAR = Number(todayInChina().slice(0, 4));
const ENTRY = 'api::points-entry.points-entry';
const board = (caller: Caller, query = '') => caller.request('GET', `/api/points/leaderboard?range=[0,24]${query}`);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
});

describe('积分排行', () => {
  it('ranks the whole county for county staff, from the kept totals', async () => {
    const res = await board(c.county);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const all = Number((await strapi.db.connection(T.memberYears).where({ year: YEAR }).count({ n: '*' }).first()).n);
    expect(totalOf(res.headers.get('content-range'))).toBe(all);
    expect(res.body[0]).toMatchObject({ rank: 1, township: expect.any(String), branch: expect.any(String), branchId: expect.any(String) });
    for (let i = 1; i < res.body.length; i++) expect(res.body[i].totalTenths).toBeLessThanOrEqual(res.body[i - 1].totalTenths);
    const top = Number((await strapi.db.connection(T.memberYears).where({ year: YEAR }).max({ m: 'total_tenths' }).first()).m);
    expect(res.body[0].totalTenths).toBe(top);
  });

  it('defaults a township to its own members and filters any staff by branch in scope', async () => {
    const own = await board(c.township);
    expect(totalOf(own.headers.get('content-range'))).toBe(Number((await strapi.db.connection(T.memberYears).where({ year: YEAR, township_id: a.township.id }).count({ n: '*' }).first()).n));
    const branch = await board(c.township, `&branch=${a.branch.documentId}`);
    expect(branch.status).toBe(200);
    expect(branch.body.every((r: any) => r.branchId === a.branch.documentId)).toBe(true);
    const foreign = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'branch', township: other.id } });
    expect((await board(c.township, `&branch=${foreign.documentId}`)).status).toBe(404);
    expect((await board(c.county, `&branch=${foreign.documentId}`)).status).toBe(200);
    const refused = await board(c.branch, `&township=${a.township.documentId}`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/党支部/);
  });

  it('gives a member a county rank beside branch and township', async () => {
    const me = await c.member.request('GET', '/api/points/me');
    expect(me.body.rank.county.rank).toBeGreaterThanOrEqual(me.body.rank.township.rank);
    expect(me.body.rank.county.of).toBe(await strapi.db.query('api::member.member').count());
  });
});

describe('names behind entries', () => {
  it('gives the proposer\'s real name for entries in scope, and nothing for others', async () => {
    const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
    const p = await c.branch.request('POST', '/ra/points-entries', { member: a.member.documentId, rule: rule.documentId, occurredOn: todayInChina(), reason: '姓名测试' });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    const foreign = await strapi.db.query(ENTRY).findOne({ where: { township: other.id } });
    const ids = JSON.stringify([p.body.id, ...(foreign ? [foreign.documentId] : [])]);
    const res = await c.township.request('GET', `/api/people/names?resource=points-entries&ids=${encodeURIComponent(ids)}`);
    expect(res.status).toBe(200);
    const me = await c.branch.request('GET', '/api/users/me');
    expect(res.body.data).toEqual({ [p.body.id]: { proposer: me.body.fullName, approver: null } });
    expect((await c.county.request('GET', '/api/people/names?resource=members&ids=[]')).status).toBe(400);
    expect((await c.county.request('GET', '/api/people/names?resource=points-entries&ids=nope')).status).toBe(400);
    expect((await c.member.request('GET', '/api/people/names?resource=audit-logs&ids=[]')).status).toBe(403);
    await c.branch.request('DELETE', `/ra/points-entries/${p.body.id}`);
  });
});

describe('the seeded ledger', () => {
  it('has nothing dated after today and real people as proposers and approvers', async () => {
    const today = todayInChina();
    expect(await strapi.db.query(ENTRY).count({ where: { occurredOn: { $gt: today } } })).toBe(0);
    expect(await strapi.db.query(ENTRY).count({ where: { decidedAt: { $gt: new Date() } } })).toBe(0);
    expect(await strapi.db.query(ENTRY).count({ where: { $or: [{ proposerName: 'seed' }, { approverName: 'seed' }] } })).toBe(0);
    const sample = await strapi.db.query(ENTRY).findOne({ where: { status: 'approved', member: { id: { $notNull: true } } }, orderBy: { id: 'asc' } });
    expect(sample.proposerName).toMatch(/^\p{Script=Han}{2,4}$/u);
    expect(sample.approverName).toMatch(/^\p{Script=Han}{2,4}$/u);
  });
});
