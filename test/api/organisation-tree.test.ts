// The organisation tree a level at a time, with totals that include everything below, in scope.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const ORG = 'api::party-organisation.party-organisation';
const tree = (caller: Caller, parent?: string) => caller.request('GET', `/api/organisation-tree${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
});

describe('organisation tree', () => {
  it('starts the county at its 13 committees, whose member totals add up to every member', async () => {
    const res = await tree(c.county);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(13);
    expect(res.body.data.every((n: any) => n.level === 'committee')).toBe(true);
    const sum = res.body.data.reduce((s: number, n: any) => s + n.members.full + n.members.probationary, 0);
    expect(sum).toBe(await strapi.db.query('api::member.member').count());
    const branches = res.body.data.reduce((s: number, n: any) => s + n.below.branch, 0);
    expect(branches).toBe(await strapi.db.query(ORG).count({ where: { level: 'branch' } }));
  });

  it('gives a township its committee, and each child the totals of its own subtree', async () => {
    const top = await tree(c.township);
    expect(top.body.data).toHaveLength(1);
    const committee = top.body.data[0];
    expect(committee.members.full + committee.members.probationary).toBe(await strapi.db.query('api::member.member').count({ where: { township: a.township.id } }));
    const kids = await tree(c.township, committee.id);
    expect(kids.status).toBe(200);
    expect(kids.body.data.length).toBe(committee.children);
    // a general branch's total is the sum of its branches' members
    const general = kids.body.data.find((n: any) => n.level === 'general_branch');
    const generalRow = await strapi.db.query(ORG).findOne({ where: { documentId: general.id } });
    const branchIds = (await strapi.db.query(ORG).findMany({ where: { parent: generalRow.id }, select: ['id'] })).map((o: any) => o.id);
    const members = await strapi.db.query('api::member.member').count({ where: { partyOrganisation: { id: { $in: branchIds } } } });
    expect(general.members.full + general.members.probationary).toBe(members);
    expect(general.below.branch).toBe(branchIds.length);
    // a party group counts the members in it
    const groups = await tree(c.township, a.branch.documentId);
    const group = groups.body.data[0];
    const groupRow = await strapi.db.query(ORG).findOne({ where: { documentId: group.id } });
    expect(group.level).toBe('party_group');
    expect(group.members.full + group.members.probationary).toBe(await strapi.db.query('api::member.member').count({ where: { partyGroup: groupRow.id } }));
    expect(group.children).toBe(0);
  });

  it('starts a branch secretary at their own branch and keeps everyone inside their scope', async () => {
    const top = await tree(c.branch);
    expect(top.body.data.map((n: any) => n.id)).toEqual([a.branch.documentId]);
    const other = await strapi.db.query(ORG).findOne({ where: { level: 'committee', township: { code: '321323001' } } });
    expect((await tree(c.township, other.documentId)).status).toBe(404);
    const mine = await strapi.db.query(ORG).findOne({ where: { level: 'committee', township: a.township.id } });
    expect((await tree(c.branch, mine.documentId)).status).toBe(404);
    expect((await tree(c.member)).status).toBe(403);
    const bad = await c.county.request('GET', '/api/organisation-tree?parent=');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/parent/);
  });
});
