// Two server processes on one PostgreSQL (and Redis): a thousand approvals and bulk awards at once,
// spread over both, leave one unbroken chain with no duplicate or missing sequence number and kept
// totals equal to a recomputation from the ledger; login limits and cache invalidation hold across
// the processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, call, fresh, login, pool, runScript, scratchDb, sql, startServer, type Db, type Server } from './harness';

let db: Db;
let env: NodeJS.ProcessEnv;
let server: Server;
let county: string;

beforeAll(async () => {
  db = await scratchDb('postgres');
  env = baseEnv(db, { REDIS_URL: 'redis://127.0.0.1:6379', WORKERS: '2' });
  server = await startServer(env);
  county = await login(server.url, 'county');
});

afterAll(async () => {
  await server?.kill();
  await db?.drop();
});


describe('two processes on one PostgreSQL', () => {
  it('take 1,000 concurrent approvals and bulk awards with one unbroken chain and right totals', async () => {
    const rule = (await call(server.url, county, 'GET', `/ra/points-rules?filter=${encodeURIComponent(JSON.stringify({ code: 'base60.study' }))}`)).body[0];
    const members: string[] = (await call(server.url, county, 'GET', `/ra/members?range=${encodeURIComponent('[0,699]')}&sort=${encodeURIComponent('["code","ASC"]')}`)).body.map((m: any) => m.id);
    expect(members.length).toBe(700);
    // 500 proposals to approve, made beforehand (the branch-level rule needs no evidence).
    const pending = await pool(members.slice(0, 500).map((m) => () => call(server.url, county, 'POST', '/ra/points-entries', { member: m, rule: rule.id, occurredOn: '2026-10-15', reason: '并发测试申报' })), 32);
    expect(pending.every((r) => r.status === 201), JSON.stringify(pending.find((r) => r.status !== 201)?.body)).toBe(true);
    const ids = pending.map((r) => r.body.id as string);
    const tag = Date.now().toString(36);
    const tasks: Array<() => Promise<{ status: number; servedBy: string | null; body: any }>> = [
      ...ids.map((id) => () => call(server.url, county, 'POST', '/api/points/decide', { ids: [id], decision: 'approve' })),
      ...members.slice(500, 700).flatMap((m, i) => [0, 1].map((k) => () => call(server.url, county, 'POST', '/api/points/bulk', {
        rule: rule.id, members: [m], reason: '并发测试批量', occurredOn: '2026-10-16', idempotencyKey: `ops-${tag}-${i}-${k}`,
      }))),
      // the same key sent twice at once: one award, one replay
      ...Array.from({ length: 100 }, (_, i) => () => call(server.url, county, 'POST', '/api/points/bulk', {
        rule: rule.id, members: [members[600 + (i % 50)]], reason: '并发重复键', occurredOn: '2026-10-17', idempotencyKey: `ops-${tag}-same-${i % 50}`,
      })),
    ];
    expect(tasks.length).toBe(1000);
    const results = await pool(tasks.sort(() => Math.random() - 0.5), 64);
    const bad = results.filter((r) => r.status >= 300 && r.status !== 200);
    expect(bad.filter((r) => r.status >= 500), JSON.stringify(bad.slice(0, 3))).toEqual([]);
    expect(bad.length, JSON.stringify(bad.slice(0, 3))).toBe(0);
    expect(new Set(results.map((r) => r.servedBy)).size, 'both processes served').toBe(2);

    // one award per duplicated key
    const dup = await sql(db, `SELECT idempotency_key, count(*) AS n FROM points_entries WHERE idempotency_key LIKE $1 GROUP BY idempotency_key`, [`ops-${tag}-same-%`]);
    expect(dup.length).toBe(50);
    expect(dup.every((r) => Number(r.n) === 1)).toBe(true);
    // no duplicate or missing sequence number
    const [seq] = await sql(db, `SELECT count(seq) AS n, count(DISTINCT seq) AS d, min(seq) AS lo, max(seq) AS hi FROM points_entries WHERE seq IS NOT NULL`);
    expect(Number(seq.n)).toBe(Number(seq.d));
    expect(Number(seq.hi) - Number(seq.lo) + 1).toBe(Number(seq.n));
    const verify = await call(server.url, county, 'GET', '/api/points/verify');
    expect(verify.body.ok).toBe(true);
    const totals = runScript('scripts/ledger-verify.ts', ['--totals'], env);
    expect(totals.status, totals.out).toBe(0);
    expect(totals.out).toMatch(/kept totals OK/);
  });

  it('a change made through one process is seen by the other at once (cache invalidation)', async () => {
    const branchJwt = await login(server.url, 'wangji-branch');
    const me = await call(server.url, branchJwt, 'GET', '/ra/_me');
    const served = new Set<string | null>();
    /** The branch's organisation count, asked on a new connection each time (so both processes answer). */
    const orgs = async () => {
      const res = await fresh(`${server.url}/ra/party-organisations?range=${encodeURIComponent('[0,0]')}`, 'GET', undefined, { Authorization: `Bearer ${branchJwt}` });
      served.add(res.servedBy);
      expect(res.status).toBe(200);
      return Number(String(res.headers['content-range']).split('/')[1]);
    };
    // warm both processes' caches
    const before = new Set<number>();
    for (let i = 0; i < 12; i++) before.add(await orgs());
    expect(served.size).toBe(2);
    expect(before.size).toBe(1);
    const created = await call(server.url, county, 'POST', '/ra/party-organisations', { name: '缓存测试小组', level: 'party_group', parent: me.body.partyOrganisation.id });
    expect(created.status).toBe(201);
    const after = new Set<number>();
    for (let i = 0; i < 12; i++) after.add(await orgs());
    expect([...after]).toEqual([[...before][0] + 1]);
  });
});

describe('the login limit across processes', () => {
  it('refuses the 11th attempt in the window whichever process answers', async () => {
    const limited = await startServer(baseEnv(db, { REDIS_URL: 'redis://127.0.0.1:6379', WORKERS: '2', LOGIN_RATE_MAX: '10' }));
    try {
      const statuses: number[] = [];
      const seen = new Set<string | null>();
      for (let i = 0; i < 14; i++) {
        const res = await fresh(`${limited.url}/api/auth/local`, 'POST', { identifier: `nobody-${Date.now()}`, password: 'x' });
        statuses.push(res.status);
        seen.add(res.servedBy);
      }
      expect(seen.size).toBe(2);
      expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
      expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    } finally {
      await limited.kill();
    }
  });
});
