// Year-end close (封账): only the county closes, only with a verifying chain and nothing pending; a
// closed year takes no proposal, approval, reversal or bulk award; its results are published and
// read-only; reopening needs the county and a reason; both are audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';

const YEAR = 2024;
let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let rule: any;
const members: string[] = [];

const close = (caller: Caller) => caller.request('POST', `/api/points/years/${YEAR}/close`);
const reopen = (caller: Caller, reason?: string) => caller.request('POST', `/api/points/years/${YEAR}/reopen`, { reason });
const entries = () => strapi.db.query('api::points-entry.points-entry');

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
  for (let i = 0; i < 3; i++) {
    const m = await c.county.request('POST', '/ra/members', { name: `封账测试${i}`, gender: 'male', birthDate: '1990-01-01', joinedDate: '2015-07-01', status: 'full', partyOrganisation: a.branch.documentId });
    members.push(m.body.id);
  }
  // A year of points: awarded and approved at once by the township, and one proposal still waiting.
  const bulk = await c.township.request('POST', '/api/points/bulk', { rule: rule.documentId, members, reason: '2024 年学习', occurredOn: `${YEAR}-05-01`, idempotencyKey: `close-${Date.now()}` });
  expect(bulk.status, JSON.stringify(bulk.body)).toBe(201);
});

describe('closing a points year', () => {
  it('is the county\'s, and waits for every proposal of the year to be decided', async () => {
    expect((await close(c.township)).status).toBe(403);
    const pending = await c.branch.request('POST', '/ra/points-entries', { member: members[0], rule: rule.documentId, occurredOn: `${YEAR}-06-01`, reason: '待审批' });
    expect(pending.status).toBe(201);
    const refused = await close(c.county);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/1 条待审批/);
    expect((await c.township.request('POST', '/api/points/decide', { ids: [pending.body.id], decision: 'reject', note: '年终清理' })).status).toBe(200);
  });

  it('refuses while the ledger chain does not verify', async () => {
    const sealed = await entries().findOne({ where: { status: 'approved', reason: '2024 年学习' } });
    await entries().update({ where: { id: sealed.id }, data: { pointsTenths: sealed.pointsTenths + 10 } });
    try {
      const res = await close(c.county);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/哈希链校验未通过/);
    } finally {
      await entries().update({ where: { id: sealed.id }, data: { pointsTenths: sealed.pointsTenths } });
    }
  });

  it('closes: nothing dated in the year can be proposed, approved, reversed or awarded', async () => {
    const auditsBefore = await strapi.db.query('api::audit-log.audit-log').count({ where: { operation: 'close_year' } });
    const res = await close(c.county);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ year: YEAR, status: 'closed', summary: { members: expect.any(Number), branches: expect.any(Number) } });
    expect(res.body.ledgerSeq).toBeGreaterThan(0);
    expect(await strapi.db.query('api::audit-log.audit-log').count({ where: { operation: 'close_year' } })).toBe(auditsBefore + 1);
    expect((await close(c.county)).body.message).toMatch(/已封账/);

    const before = await entries().count();
    const propose = await c.branch.request('POST', '/ra/points-entries', { member: members[1], rule: rule.documentId, occurredOn: `${YEAR}-07-01`, reason: '封账后申报' });
    expect(propose.status).toBe(400);
    expect(propose.body.message).toMatch(/2024 年度积分已封账/);
    const bulk = await c.township.request('POST', '/api/points/bulk', { rule: rule.documentId, members: [members[2]], reason: '封账后批量', occurredOn: `${YEAR}-07-01`, idempotencyKey: `closed-${Date.now()}` });
    expect(bulk.status).toBe(400);
    const approved = await entries().findOne({ where: { status: 'approved', reason: '2024 年学习' } });
    const reversal = await c.township.request('POST', `/api/points/entries/${approved.documentId}/reverse`, { reason: '录错' });
    expect(reversal.status).toBe(400);
    expect(reversal.body.message).toMatch(/在当前年度另行登记/);
    expect(await entries().count()).toBe(before);
    // the open year is unaffected
    expect((await c.branch.request('POST', '/ra/points-entries', { member: members[1], rule: rule.documentId, occurredOn: '2026-07-01', reason: '当年申报' })).status).toBe(201);
  });

  it('publishes the year\'s results read-only, for every role in its scope', async () => {
    const county = await c.county.request('GET', `/api/points/years/${YEAR}/ranking?range=${encodeURIComponent('[0,9]')}`);
    expect(county.status).toBe(200);
    expect(county.body.length).toBeGreaterThan(0);
    expect(county.body[0]).toMatchObject({ rank: 1, totalTenths: 20, grade: expect.any(String) });
    const live = await c.county.request('GET', `/api/points/leaderboard?year=${YEAR}&range=${encodeURIComponent('[0,9]')}`);
    expect(county.body.map((r: any) => [r.id, r.totalTenths, r.rank])).toEqual(live.body.map((r: any) => [r.id, r.totalTenths, r.rank]));
    const branch = await c.branch.request('GET', `/api/points/years/${YEAR}/ranking?branch=${a.branch.documentId}`);
    expect(branch.status).toBe(200);
    expect(totalOf(branch.headers.get('content-range'))).toBe(members.length);
    expect((await c.county.request('GET', '/api/points/years/2023/ranking')).status).toBe(404);
    // the year record itself is read-only on every API
    const year = (await c.county.request('GET', `/ra/points-years${raQuery({ filter: { year: YEAR } })}`)).body[0];
    expect(year.status).toBe('closed');
    expect((await c.county.request('PUT', `/ra/points-years/${year.id}`, { status: 'open' })).status).toBe(403);
    expect((await c.county.request('DELETE', `/api/points-years/${year.id}`)).status).toBe(403);
    expect((await c.member.request('GET', `/ra/points-years${raQuery({ filter: { year: YEAR } })}`)).body[0].status).toBe('closed');
  });

  it('reopens only for the county, with a reason, audited', async () => {
    expect((await reopen(c.township, '重新计算')).status).toBe(403);
    const noReason = await reopen(c.county);
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/须填写原因/);
    const res = await reopen(c.county, '补录县级表彰');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', reopenReason: '补录县级表彰' });
    const audit = await strapi.db.query('api::audit-log.audit-log').findOne({ where: { operation: 'reopen_year' }, orderBy: { id: 'desc' } });
    expect(audit).toMatchObject({ username: 't-county', recordName: '2024 年度', after: { status: 'open', reopenReason: '补录县级表彰' } });
    expect((await c.branch.request('POST', '/ra/points-entries', { member: members[1], rule: rule.documentId, occurredOn: `${YEAR}-08-01`, reason: '重新开账后申报' })).status).toBe(201);
    expect((await c.county.request('POST', '/api/points/years/abc/close')).status).toBe(400);
  });
});
