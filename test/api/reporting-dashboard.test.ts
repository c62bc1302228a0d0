// GET /api/dashboard: one request per staff home page, numbers for the caller's scope only — the
// county by township, a township by branch, a branch by party group — that agree with the lists
// and kept totals they summarise; findings and approvals reach the 待办 panel.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const total = async (caller: Caller, resource: string, filter: Record<string, unknown> = {}) =>
  totalOf((await caller.request('GET', `/ra/${resource}${raQuery({ filter, range: [0, 0] })}`)).headers.get('content-range'));
const dashboard = async (caller: Caller) => {
  const res = await caller.request('GET', '/api/dashboard');
  expect(res.status).toBe(200);
  return res.body;
};
const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
});

describe('dashboards', () => {
  it('county: members by township and status, points by township from the kept totals, every grid and branch checked', async () => {
    const d = await dashboard(c.county);
    expect(d.dimension).toBe('township');
    expect(d.counts.members).toBe(await total(c.county, 'members'));
    expect(d.members.groups).toHaveLength(13);
    expect(d.members.full + d.members.probationary).toBe(d.counts.members);
    const wangji = d.members.groups.find((g: any) => g.id === a.township.documentId);
    expect(wangji.probationary).toBe(await total(c.county, 'members', { township: a.township.documentId, status: 'probationary' }));
    expect(wangji.link).toEqual({ resource: 'members', filter: { township: a.township.documentId } });
    // the average over every member of the township, members without points counting 0
    const year = d.year;
    const kept = await strapi.db.connection('points_member_years').where({ year, township_id: a.township.id }).sum({ t: 'total_tenths' }).first();
    const points = d.points.groups.find((g: any) => g.id === a.township.documentId);
    expect(points.totalTenths).toBe(Number(kept.t ?? 0));
    expect(points.averageTenths).toBe(Math.round(Number(kept.t ?? 0) / (wangji.full + wangji.probationary)));
    expect(sum(d.points.distribution.map((b: any) => b.members))).toBe(d.counts.members);
    expect(d.grids.total).toBe(894);
    expect(d.grids.groups).toHaveLength(13);
    expect(d.branches.total).toBe(await total(c.county, 'party-organisations', { level: 'branch' }));
    expect(d.structure.total).toBe(13);
    expect(d.approvals.total).toBe(await total(c.county, 'points-entries', { status: 'pending' }));
    expect(d.approvals.mine).toBe(d.approvals.total);
    expect(d.todos.find((t: any) => t.key === 'approvals')).toMatchObject({ count: d.approvals.mine, link: { resource: 'points-entries', filter: { status: 'pending' } } });
  });

  it('township: the same for its own township, by branch, and nothing of any other township', async () => {
    const d = await dashboard(c.township);
    expect(d.dimension).toBe('branch');
    const members = await total(c.township, 'members');
    expect(d.counts).toMatchObject({ members, townships: 1 });
    expect(d.members.full + d.members.probationary).toBe(members);
    const branches = await c.township.request('GET', `/ra/party-organisations${raQuery({ filter: { level: 'branch' }, range: [0, 999] })}`);
    const mine = new Set(branches.body.map((b: any) => b.id));
    expect(d.members.groups.every((g: any) => mine.has(g.id))).toBe(true);
    const branch = d.members.groups.find((g: any) => g.id === a.branch.documentId);
    expect(branch.full + branch.probationary).toBe(await total(c.township, 'members', { partyOrganisation: a.branch.documentId }));
    expect(d.grids.total).toBe(await total(c.township, 'grids'));
    expect(d.structure.townships.map((t: any) => t.id)).toEqual([a.township.documentId]);
    expect(d.approvals.total).toBe(await total(c.township, 'points-entries', { status: 'pending' }));
    expect(d.approvals.groups.every((g: any) => g.link.filter.rule === g.id)).toBe(true);
  });

  it('branch: its members by party group and what waits; members have no dashboard', async () => {
    const d = await dashboard(c.branch);
    expect(d.dimension).toBe('party_group');
    const members = await total(c.branch, 'members');
    expect(d.members.full + d.members.probationary).toBe(members);
    expect(d.structure).toBeNull();
    expect(d.branches.total).toBe(await total(c.branch, 'party-organisations', { level: 'branch' }));
    expect(d.approvals.total).toBe(await total(c.branch, 'points-entries', { status: 'pending' }));
    const m = await c.member.request('GET', '/api/dashboard');
    expect(m.status).toBe(403);
    expect(m.body.message).toMatch(/我的积分/);
  });

  it('a failing grid shows in the charts and the 待办 of its township, not elsewhere', async () => {
    // Other tests may leave grids short of staff too: compare with the numbers before.
    const errorsBy = (d: any) => Object.fromEntries(d.grids.groups.map((g: any) => [g.id, g.error]));
    const countyBefore = errorsBy(await dashboard(c.county));
    const townshipBefore = await dashboard(c.township);
    const grid = await strapi.db.query('api::grid.grid').findOne({ where: { township: a.township.id }, orderBy: { code: 'desc' } });
    const chief = await strapi.db.query('api::grid-staff.grid-staff').findOne({ where: { grid: grid.id, role: 'grid_chief' } });
    expect((await c.township.request('DELETE', `/ra/grid-staffs/${chief.documentId}`)).status).toBe(200);
    try {
      const county = await dashboard(c.county);
      const after = errorsBy(county);
      expect(after[a.township.documentId]).toBe(countyBefore[a.township.documentId] + 1);
      for (const id of Object.keys(after)) if (id !== a.township.documentId) expect(after[id], id).toBe(countyBefore[id]);
      const wangji = county.grids.groups.find((g: any) => g.id === a.township.documentId);
      expect(wangji.link).toEqual({ resource: 'grids', filter: { township: a.township.documentId, check: 'error' } });
      expect(county.grids.findings).toContainEqual(expect.objectContaining({ code: 'role_missing', severity: 'error' }));
      const township = await dashboard(c.township);
      const todo = (d: any) => d.todos.find((t: any) => t.key === 'grid_findings')?.count ?? 0;
      expect(todo(township)).toBe(todo(townshipBefore) + 1);
      expect(township.todos.find((t: any) => t.key === 'grid_findings').link).toEqual({ resource: 'grids', filter: { check: 'error' } });
      const bar = township.grids.groups.find((g: any) => g.link.filter.id?.includes(grid.documentId));
      expect(bar.error).toBeGreaterThanOrEqual(1);
    } finally {
      await c.township.request('POST', '/ra/grid-staffs', { name: chief.name, role: 'grid_chief', grid: grid.documentId, phone: chief.phone });
    }
  });

  it('meetings: held but not finalised, due soon and missed reach the 待办, counted as the lists and the compliance page count them', async () => {
    const unfinalised = (d: any) => d.todos.find((t: any) => t.key === 'meetings_unfinalised')?.count ?? 0;
    const [countyBefore, townshipBefore, branchBefore] = [await dashboard(c.county), await dashboard(c.township), await dashboard(c.branch)];
    const startsAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const draft = await c.branch.request('POST', '/ra/meetings', { organisation: a.branch.documentId, kind: 'party_lecture', startsAt, topic: '待办测试：已召开未定稿' });
    expect(draft.status).toBe(201);
    try {
      const [county, township, branch] = [await dashboard(c.county), await dashboard(c.township), await dashboard(c.branch)];
      expect(unfinalised(county)).toBe(unfinalised(countyBefore) + 1);
      expect(unfinalised(township)).toBe(unfinalised(townshipBefore) + 1);
      expect(unfinalised(branch)).toBe(unfinalised(branchBefore) + 1);
      // The count is the list it opens.
      const item = township.todos.find((t: any) => t.key === 'meetings_unfinalised');
      expect(item.link.resource).toBe('meetings');
      expect(await total(c.township, 'meetings', item.link.filter)).toBe(item.count);
      // Due soon and missed are the compliance summary's counts, each obligation once.
      const summary = (await c.township.request('GET', '/api/meeting-reports/summary')).body;
      const of = (k: string) => sum(summary.total.months.map((m: any) => m[k]));
      const count = (d: any, key: string) => d.todos.find((t: any) => t.key === key)?.count ?? 0;
      expect(count(township, 'meetings_overdue')).toBe(of('overdue'));
      expect(count(township, 'meetings_due_soon')).toBe(of('due_soon'));
      expect(of('overdue')).toBeGreaterThan(0); // the seed skips some meetings
      expect(township.todos.find((t: any) => t.key === 'meetings_overdue').link).toMatchObject({ path: '/meetings-compliance' });
    } finally {
      expect((await c.county.request('DELETE', `/ra/meetings/${draft.body.id}`)).status).toBe(200);
    }
  });

  it('answers bad parameters with 400 in Chinese', async () => {
    const bad = await c.county.request('GET', '/api/dashboard?year=abc');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/年份/);
    expect((await c.county.request('GET', '/api/dashboard?township=x')).body.message).toMatch(/未知的查询参数/);
  });
});
