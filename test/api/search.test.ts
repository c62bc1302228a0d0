// One search over members, organisations and grids, narrowed to the caller's scope.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let outsider: any;
const search = (caller: Caller, q: string) => caller.request('GET', `/api/search?q=${encodeURIComponent(q)}`);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  const other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
  outsider = await strapi.db.query('api::member.member').findOne({ where: { township: other.id }, orderBy: { id: 'asc' } });
});

describe('search', () => {
  it('finds a member by code or name, with their branch', async () => {
    const byCode = await search(c.township, a.member.code);
    expect(byCode.status).toBe(200);
    expect(byCode.body.members.items[0]).toMatchObject({ id: a.member.documentId, name: a.member.name, branch: a.branch.name });
    const byName = await search(c.county, a.member.name);
    expect(byName.body.members.items.map((m: any) => m.id)).toContain(a.member.documentId);
    expect(byName.body.members.total).toBeGreaterThanOrEqual(1);
  });

  it('finds organisations and grids by name', async () => {
    const res = await search(c.township, a.branch.name);
    expect(res.body.organisations.items.map((o: any) => o.id)).toContain(a.branch.documentId);
    const grid = await strapi.db.query('api::grid.grid').findOne({ where: { township: a.township.id } });
    expect((await search(c.township, grid.code)).body.grids.items[0]).toMatchObject({ id: grid.documentId, name: grid.name });
  });

  it('never returns another township\'s rows, and members find only themselves', async () => {
    expect((await search(c.township, outsider.code)).body.members).toEqual({ total: 0, items: [] });
    expect((await search(c.branch, outsider.code)).body.members.total).toBe(0);
    expect((await search(c.county, outsider.code)).body.members.total).toBe(1);
    const self = await search(c.member, a.member.name);
    expect(self.body.members.items.map((m: any) => m.id)).toEqual([a.member.documentId]);
    expect(self.body.organisations).toEqual({ total: 0, items: [] });
    expect((await search(c.member, outsider.code)).body.members.total).toBe(0);
  });

  it('answers an empty or overlong query with 400 in Chinese', async () => {
    const empty = await search(c.county, '  ');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/请输入/);
    expect((await search(c.county, '党'.repeat(51))).status).toBe(400);
  });
});
