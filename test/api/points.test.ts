// The points ledger over HTTP: propose → approve → balance, immutability on every API, caps,
// evidence, floors, reversals, bulk awards, concurrency, tamper evidence, scope and reports.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'path';
import { testServer } from './server';
import { PNG } from './files';
import { CMS_DIR } from '../../scripts/strapi';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const rules: Record<string, any> = {};
const TODAY = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  for (const r of await strapi.db.query('api::points-rule.points-rule').findMany()) rules[r.code] = r;
});

/** A fresh member of the demo branch, so caps and totals start from zero. */
async function newMember(status: 'full' | 'probationary' = 'full') {
  const res = await c.county.request('POST', '/ra/members', {
    name: `积分测试${Math.floor(Math.random() * 1e6)}`, gender: 'male', birthDate: '1990-01-01', joinedDate: '2015-07-01', status, partyOrganisation: a.branch.documentId,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const propose = (caller: Caller, member: string, rule: string, extra: Record<string, unknown> = {}) =>
  caller.request('POST', '/ra/points-entries', { member, rule: rules[rule].documentId, occurredOn: TODAY, reason: '测试', ...extra });
const decide = (caller: Caller, ids: string[], decision = 'approve', note?: string) => caller.request('POST', '/api/points/decide', { ids, decision, note });

/** Uploads a small evidence picture as `caller` and returns its id. */
async function upload(caller: Caller, name = 'evidence.png'): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  const { baseUrl } = await testServer();
  const res = await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${caller.jwt}` }, body: form });
  expect(res.status).toBe(201);
  return (await res.json())[0].id;
}

const me = (caller: Caller, member?: string) => caller.request('GET', `/api/points/me${member ? `?member=${member}` : ''}`);

describe('propose, approve, see the balance', () => {
  it('a branch secretary proposes, the township approves, the member sees the new balance and rank', async () => {
    const before = (await me(c.member)).body;
    expect(before.member.id).toBe(a.member.documentId);
    // 志愿服务 (+2, needs evidence, approved by the township): the seed never awards it, so its cap is free.
    expect((await propose(c.branch, a.member.documentId, 'base60.volunteer')).body.details.code).toBe('evidence_required');
    const p = await propose(c.branch, a.member.documentId, 'base60.volunteer', { evidence: await upload(c.branch) });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body).toMatchObject({ status: 'pending', pointsTenths: 20, proposerName: 't-branch', seq: null });
    expect((await decide(c.branch, [p.body.id])).status).toBe(403); // the branch may not approve a township-level rule
    const approved = await decide(c.township, [p.body.id]);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.data[0]).toMatchObject({ status: 'approved', seq: expect.any(Number) });
    const after = (await me(c.member)).body;
    expect(after.totalTenths).toBe(before.totalTenths + 20);
    expect(after.rank.branch.rank).toBeLessThanOrEqual(before.rank.branch.rank);
    expect(after.rank.township.rank).toBeLessThanOrEqual(before.rank.township.rank);
  });

  it('works end to end for a fresh member, with monthly line and breakdown by rule', async () => {
    const m = await newMember();
    const p = await propose(c.branch, m.id, 'base60.meeting');
    expect(p.status).toBe(201);
    expect((await decide(c.branch, [p.body.id])).status).toBe(200); // 三会一课 is approved by the branch
    const summary = (await me(c.township, m.id)).body;
    expect(summary.totalTenths).toBe(30);
    expect(summary.monthly[new Date().getUTCMonth()]).toBe(30);
    expect(summary.byRule).toEqual([expect.objectContaining({ code: 'base60.meeting', approvedTenths: 30, pendingTenths: 0 })]);
    expect(summary.rank.branch.of).toBeGreaterThan(1);
  });

  it('refuses approval by a role below the rule\'s approver', async () => {
    const m = await newMember();
    const p = await propose(c.branch, m.id, 'base60.base');
    expect(p.status).toBe(201);
    const res = await decide(c.branch, [p.body.id]);
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/须由乡镇审批/);
    expect((await decide(c.township, [p.body.id], 'reject', '重复申报')).body.data[0].status).toBe('rejected');
  });
});

describe('the ledger is append-only', () => {
  let approved: any;
  beforeAll(async () => {
    approved = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { status: 'approved', township: a.township.id }, orderBy: { seq: 'desc' } });
  });

  it('nobody can edit or delete an approved entry, on any API', async () => {
    for (const caller of Object.values(c)) {
      for (const [method, url, body] of [
        ['PUT', `/ra/points-entries/${approved.documentId}`, { reason: '改' }],
        ['DELETE', `/ra/points-entries/${approved.documentId}`, undefined],
        ['PUT', `/api/points-entries/${approved.documentId}`, { data: { reason: '改' } }],
        ['DELETE', `/api/points-entries/${approved.documentId}`, undefined],
      ] as const) {
        const res = await caller.request(method, url, body);
        expect(res.status, `${caller.role} ${method} ${url}`).toBe(403);
      }
    }
    const { token, baseUrl } = await testServer();
    const res = await fetch(`${baseUrl}/api/points-entries/${approved.documentId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(403);
    await expect(strapi.documents('api::points-entry.points-entry').update({ documentId: approved.documentId, data: { reason: 'x' } })).rejects.toThrow(/不可修改/);
    const after = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { id: approved.id } });
    expect(after.reason).toBe(approved.reason);
  });

  it('refuses server-owned fields and points other than the rule\'s', async () => {
    const m = await newMember();
    for (const [field, value] of [['status', 'approved'], ['seq', 99], ['hash', 'x'], ['approverName', 'me']] as const) {
      const res = await propose(c.county, m.id, 'base60.study', { [field]: value });
      expect(res.status, field).toBe(400);
      expect(res.body.message).toMatch(/由系统填写/);
    }
    const res = await propose(c.county, m.id, 'base60.study', { pointsTenths: 500 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/分值由积分规则决定/);
  });

  it('lets a pending entry change only its reason, and be withdrawn', async () => {
    const m = await newMember();
    const p = (await propose(c.branch, m.id, 'base60.study')).body;
    expect((await c.branch.request('PUT', `/ra/points-entries/${p.id}`, { ...p, reason: '补充说明' })).status).toBe(200);
    expect((await c.branch.request('PUT', `/api/points-entries/${p.id}`, { data: { occurredOn: '2026-01-01' } })).status).toBe(400);
    expect((await c.branch.request('DELETE', `/ra/points-entries/${p.id}`)).status).toBe(200);
  });

  it('corrects by a reversing entry with a reason', async () => {
    const m = await newMember();
    const p = (await propose(c.township, m.id, 'base60.study')).body;
    await decide(c.township, [p.id]);
    expect((await c.township.request('POST', `/api/points/entries/${p.id}/reverse`, { reason: '' })).status).toBe(400);
    const rev = await c.township.request('POST', `/api/points/entries/${p.id}/reverse`, { reason: '录入错误' });
    expect(rev.status, JSON.stringify(rev.body)).toBe(201);
    expect(rev.body).toMatchObject({ pointsTenths: -20, status: 'pending' });
    expect((await c.township.request('POST', `/api/points/entries/${p.id}/reverse`, { reason: '再来' })).body.message).toMatch(/已有冲正记录/);
    await decide(c.township, [rev.body.id]);
    expect((await me(c.township, m.id)).body.totalTenths).toBe(0);
    const original = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { documentId: p.id } });
    expect(original).toMatchObject({ status: 'approved', pointsTenths: 20 });
  });
});

describe('caps, evidence and floors', () => {
  it('refuses going over a cap and says what is left', async () => {
    const m = await newMember();
    const ids = [];
    for (let i = 0; i < 4; i++) {
      const p = await propose(c.branch, m.id, 'base60.theme-day'); // 2 each, cap 8
      expect(p.status).toBe(201);
      ids.push(p.body.id);
    }
    const over = await propose(c.branch, m.id, 'base60.theme-day');
    expect(over.status).toBe(400);
    expect(over.body.message).toBe('“参加主题党日”本期已得 8 分，上限 8 分，最多还可加 0 分');
    expect(over.body.details.remaining).toBe(0);
    await decide(c.branch, ids);
    expect((await me(c.township, m.id)).body.totalTenths).toBe(80);
  });

  it('counts county-level awards outside the cap but wants evidence', async () => {
    const m = await newMember();
    const res = await propose(c.county, m.id, 'base60.county-award');
    expect(res.status).toBe(400);
    expect(res.body.details.code).toBe('evidence_required');
  });

  it('takes an uploaded evidence file for rules that need one', async () => {
    const m = await newMember();
    const file = await upload(c.branch);
    const p = await propose(c.branch, m.id, 'base60.volunteer', { evidence: file });
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body.evidence).toMatchObject({ id: file, name: 'evidence.png', url: expect.stringMatching(/^\/api\/files\/\d+\/content\?/) });
    expect((await propose(c.branch, m.id, 'base60.volunteer', { evidence: 'x' })).body.message).toMatch(/已上传文件的 id/);
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), 'x.png');
    const { baseUrl } = await testServer();
    expect((await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${c.member.jwt}` }, body: form })).status).toBe(403);
  });

  it('floors base deductions at zero', async () => {
    const m = await newMember();
    const d = (await propose(c.township, m.id, 'base60.absent')).body; // -3 with nothing to deduct from
    const res = await decide(c.township, [d.id]);
    expect(res.body.data[0].pointsTenths).toBe(0);
    expect((await me(c.township, m.id)).body.totalTenths).toBe(0);
  });
});

describe('bulk awards', () => {
  it('awards one rule to many members in one transaction, and a retry does not double-award', async () => {
    const ms = [await newMember(), await newMember(), await newMember()];
    const body = { rule: rules['base60.study'].documentId, members: ms.map((m) => m.id), reason: '集中学习', occurredOn: TODAY, idempotencyKey: `test-${Date.now()}` };
    const first = await c.township.request('POST', '/api/points/bulk', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ created: 3, approved: 3 }); // the township may approve 学习 (a branch-level rule) itself
    const again = await c.township.request('POST', '/api/points/bulk', body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayed: true, entries: first.body.entries });
    expect(await strapi.db.query('api::points-entry.points-entry').count({ where: { idempotencyKey: body.idempotencyKey, status: 'approved' } })).toBe(3);
    for (const m of ms) expect((await me(c.township, m.id)).body.totalTenths).toBe(20);
    expect((await c.county.request('GET', '/api/points/verify')).body.ok).toBe(true);
  });

  it('reports every member it cannot award and writes nothing', async () => {
    const ok = await newMember();
    const full = await newMember();
    for (let i = 0; i < 6; i++) await propose(c.branch, full.id, 'base60.study'); // cap 12 reached
    const other = await strapi.db.query('api::member.member').findOne({ where: { township: { code: '321323001' } } });
    const before = await strapi.db.query('api::points-entry.points-entry').count();
    const res = await c.township.request('POST', '/api/points/bulk', {
      rule: rules['base60.study'].documentId, members: [ok.id, full.id, other.documentId], reason: '学习', occurredOn: TODAY, idempotencyKey: `bad-${Date.now()}`,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('2 名党员不能加分，未写入任何记录');
    expect(res.body.details.problems.map((x: any) => x.member)).toEqual([full.id, other.documentId]);
    expect(res.body.details.problems[0].message).toMatch(/最多还可加 0 分/);
    expect(await strapi.db.query('api::points-entry.points-entry').count()).toBe(before);
  });

  it('refuses bad bulk requests', async () => {
    const bad = (body: any) => c.township.request('POST', '/api/points/bulk', body).then((r) => [r.status, r.body.message]);
    const base = { rule: rules['base60.study'].documentId, members: [a.member.documentId], reason: 'x', occurredOn: TODAY, idempotencyKey: 'abcdefgh-1' };
    expect(await bad({ ...base, idempotencyKey: 'x' })).toEqual([400, expect.stringMatching(/幂等键/)]);
    expect(await bad({ ...base, members: [] })).toEqual([400, expect.stringMatching(/1–5000/)]);
    expect(await bad({ ...base, members: [a.member.documentId, a.member.documentId] })).toEqual([400, '党员名单有重复']);
    expect(await bad({ ...base, occurredOn: '2026-13-45' })).toEqual([400, expect.stringMatching(/日期/)]);
    expect(await bad({ ...base, rule: 'nope' })).toEqual([400, '积分规则不存在']);
    expect((await c.member.request('POST', '/api/points/bulk', base)).status).toBe(403);
  });
});

describe('hash chain', () => {
  it('verifies on the seed, serialises concurrent approvals, and names a tampered entry', async () => {
    const m = await newMember();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await propose(c.county, m.id, 'base60.study')).body.id);
    const results = await Promise.all(ids.map((id) => decide(c.county, [id])));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const seqs = results.map((r) => r.body.data[0].seq).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(6);
    const ok = await c.county.request('GET', '/api/points/verify');
    expect(ok.body).toMatchObject({ ok: true, broken: null });
    expect(ok.body.checked).toBe(ok.body.head.seq);

    const victim = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { seq: Math.floor(ok.body.head.seq / 2) } });
    await strapi.db.connection('points_entries').where({ id: victim.id }).update({ points_tenths: victim.pointsTenths + 10 });
    try {
      const broken = await c.county.request('GET', '/api/points/verify');
      expect(broken.body).toMatchObject({ ok: false, broken: { seq: victim.seq, documentId: victim.documentId, problem: 'hash_mismatch' } });
    } finally {
      await strapi.db.connection('points_entries').where({ id: victim.id }).update({ points_tenths: victim.pointsTenths });
    }
    // the server's compiled verifier splits long SQLite chains over a worker thread: it must catch
    // a tampered entry in either half, and the seam between them
    if (!process.env.DATABASE_CLIENT || process.env.DATABASE_CLIENT === 'sqlite') {
      const { verifyChain } = require(path.join(CMS_DIR, 'dist', 'src', 'points', 'chain.js'));
      const head = ok.body.head.seq;
      for (const seq of [Math.floor(head / 4), Math.floor(head / 2) + 1, head - 1]) {
        const row = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { seq } });
        await strapi.db.connection('points_entries').where({ id: row.id }).update({ reason: `${row.reason}!` });
        try {
          const res = await verifyChain(strapi, strapi.db.connection, 1000, 100);
          expect(res, `seq ${seq} of ${head}`).toMatchObject({ ok: false, broken: { seq, problem: 'hash_mismatch' } });
        } finally {
          await strapi.db.connection('points_entries').where({ id: row.id }).update({ reason: row.reason });
        }
      }
      expect((await verifyChain(strapi, strapi.db.connection, 1000, 100)).ok).toBe(true);
    }
    // moving an approved entry to another member in Strapi's link table is caught too
    const link = await strapi.db.connection('points_entries_member_lnk').where({ points_entry_id: victim.id }).first();
    await strapi.db.connection('points_entries_member_lnk').where({ id: link.id }).update({ member_id: link.member_id + 1 });
    try {
      const moved = await c.county.request('GET', '/api/points/verify');
      expect(moved.body).toMatchObject({ ok: false, broken: { seq: victim.seq, problem: 'relation_mismatch' } });
    } finally {
      await strapi.db.connection('points_entries_member_lnk').where({ id: link.id }).update({ member_id: link.member_id });
    }
    expect((await c.county.request('GET', '/api/points/verify')).body.ok).toBe(true);
    expect((await c.township.request('GET', '/api/points/verify')).status).toBe(403);
  });
});

describe('scope and reports', () => {
  it('shows members only their own entries, township staff only their township\'s', async () => {
    const mine = await c.member.request('GET', `/ra/points-entries${raQuery({ range: [0, 99] })}`);
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((e: any) => e.member === a.member.documentId)).toBe(true);
    const town = await c.township.request('GET', `/ra/points-entries${raQuery({ range: [0, 0] })}`);
    expect(totalOf(town.headers.get('content-range'))).toBe(await strapi.db.query('api::points-entry.points-entry').count({ where: { township: a.township.id } }));
    const other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
    expect((await c.township.request('GET', `/api/points/leaderboard?township=${other.documentId}`)).status).toBe(404);
    expect((await me(c.member, (await strapi.db.query('api::member.member').findOne({ where: { township: other.id } })).documentId)).status).toBe(404);
  });

  it('moves this year\'s totals with a member who changes branch', async () => {
    const m = await newMember();
    const p = (await propose(c.township, m.id, 'base60.study')).body;
    await decide(c.township, [p.id]);
    const other = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'branch', township: a.township.id, id: { $ne: a.branch.id } } });
    const res = await c.township.request('PUT', `/ra/members/${m.id}`, { partyOrganisation: other.documentId });
    expect(res.status).toBe(200);
    const board = await c.township.request('GET', `/api/points/leaderboard?branch=${other.documentId}&range=[0,999]`);
    expect(board.body.map((r: any) => r.id)).toContain(m.id);
    const old = await c.township.request('GET', `/api/points/leaderboard?branch=${a.branch.documentId}&range=[0,999]`);
    expect(old.body.map((r: any) => r.id)).not.toContain(m.id);
  });

  it('ranks a township\'s members with ties sharing a rank', async () => {
    const res = await c.township.request('GET', `/api/points/leaderboard?township=${a.township.documentId}&range=[0,24]`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(25);
    expect(res.body[0].rank).toBe(1);
    for (let i = 1; i < res.body.length; i++) {
      expect(res.body[i].totalTenths).toBeLessThanOrEqual(res.body[i - 1].totalTenths);
      expect(res.body[i].rank).toBe(res.body[i].totalTenths === res.body[i - 1].totalTenths ? res.body[i - 1].rank : i + 1);
    }
    expect(totalOf(res.headers.get('content-range'))).toBeGreaterThan(2000);
  });

  it('gives branches points and stars by share', async () => {
    const res = await c.county.request('GET', '/api/points/branches?range=[0,999]');
    expect(res.status).toBe(200);
    const all = totalOf(res.headers.get('content-range'));
    const five = res.body.filter((b: any) => b.stars === 5).length;
    expect(five).toBe(Math.round(all * 0.1));
    expect(res.body.filter((b: any) => b.stars >= 4).length).toBe(Math.round(all * 0.5));
    const mine = await c.branch.request('GET', '/api/points/branches');
    expect(mine.body.map((b: any) => b.id)).toEqual([a.branch.documentId]);
  });

  it('suggests grades with at most a third 优秀 and never a probationary member', async () => {
    const res = await c.township.request('GET', `/api/points/grades?branch=${a.branch.documentId}`);
    expect(res.status).toBe(200);
    const excellent = res.body.members.filter((m: any) => m.grade === 'excellent');
    expect(excellent.length).toBeLessThanOrEqual(Math.floor(res.body.members.length / 3));
    expect(excellent.every((m: any) => m.status !== 'probationary')).toBe(true);
  });

  it('answers bad report queries with 400', async () => {
    expect((await me(c.member)).status).toBe(200);
    expect((await c.member.request('GET', '/api/points/me?year=abc')).status).toBe(400);
    expect((await c.township.request('GET', `/api/points/leaderboard?township=${a.township.documentId}&range=[5,1]`)).status).toBe(400);
    expect((await decide(c.township, [])).status).toBe(400);
    expect((await decide(c.township, ['x'], 'maybe')).status).toBe(400);
    expect((await decide(c.township, ['x'], 'reject')).body.message).toBe('驳回须填写理由');
  });
});

describe('schemes', () => {
  it('lets a county user load another published scheme, and only them', async () => {
    expect((await c.township.request('POST', '/api/points/schemes/80+20/load')).status).toBe(403);
    const res = await c.county.request('POST', `/api/points/schemes/${encodeURIComponent('80+20')}/load`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ scheme: '80+20', created: 3 });
    const list = (await c.county.request('GET', '/api/points/schemes')).body;
    expect(list.find((s: any) => s.code === '80+20').active).toBe(true);
    expect(list.find((s: any) => s.code === 'base60').active).toBe(false);
    const back = await c.county.request('POST', '/api/points/schemes/base60/load');
    expect(back.body).toMatchObject({ created: 0, activated: 8, deactivated: 3 });
    expect((await c.county.request('POST', '/api/points/schemes/nope/load')).status).toBe(404);
  });
});
