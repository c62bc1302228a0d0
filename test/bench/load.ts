// `npm run bench:load`: a mixed workload on PostgreSQL — list pages with filters, 我的积分, decision
// reads, proposals, approvals and bulk awards — for BENCH_SECONDS (60) at BENCH_CONNECTIONS (64)
// concurrent clients, against one server process and then two (the cluster, with Redis), on the same
// seeded database. Reports throughput, p50/p99 and errors for each, and the ratio between them.
// Needs PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379.
import fs from 'fs';
import os from 'os';
import autocannon from 'autocannon';
import { baseEnv, call, login, scratchDb, startServer, type Server } from '../ops/harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const enc = encodeURIComponent;

/** Busy and total jiffies of the whole machine (/proc/stat), to tell a saturated machine from a slow server. */
function cpuTimes(): { busy: number; total: number } {
  const [, ...xs] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = xs.map(Number);
  const total = n.reduce((a, b) => a + b, 0);
  return { busy: total - n[3] - (n[4] ?? 0), total };
}

interface Result {
  processes: number;
  cpuBusy: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  fivexx: number;
}

async function run(server: Server, processes: number): Promise<Result> {
  const [county, township, branch, member] = await Promise.all(['county', 'wangji', 'wangji-branch', 'wangji-member'].map((u) => login(server.url, u)));
  const auth = (jwt: string) => ({ Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' });
  // An uncapped rule the county approves, so proposals, approvals and awards never hit a cap.
  const rule = (await call(server.url, county, 'POST', '/ra/points-rules', {
    code: `load.${processes}-${Date.now()}`, name: '压测奖励', scheme: 'load', category: 'reward', target: 'member', pointsTenths: 10,
    capTenths: null, capPeriod: 'year', approver: 'county', trigger: 'manual', active: true,
  })).body.id;
  const branchMembers: string[] = (await call(server.url, branch, 'GET', `/ra/members?range=${enc('[0,49]')}`)).body.map((m: any) => m.id);
  const countyMembers: string[] = (await call(server.url, county, 'GET', `/ra/members?range=${enc('[0,999]')}`)).body.map((m: any) => m.id);
  // Proposals made during the run feed the approvals; a stock of them is made first.
  const pending: string[] = [];
  for (let i = 0; i < 200; i++) {
    const r = await call(server.url, branch, 'POST', '/ra/points-entries', { member: branchMembers[i % branchMembers.length], rule, occurredOn: '2026-10-01', reason: '压测申报' });
    if (r.status === 201) pending.push(r.body.id);
  }
  let n = 0;
  const requests: autocannon.Request[] = [
    { method: 'GET', path: `/ra/members?filter=${enc(JSON.stringify({ q: '王' }))}&range=${enc('[0,24]')}&sort=${enc('["name","ASC"]')}`, headers: auth(township) },
    { method: 'GET', path: '/api/points/me', headers: auth(member) },
    { method: 'GET', path: `/ra/points-entries?filter=${enc(JSON.stringify({ status: 'pending' }))}&range=${enc('[0,24]')}`, headers: auth(township) },
    { method: 'GET', path: `/ra/decisions?range=${enc('[0,24]')}&sort=${enc('["id","DESC"]')}`, headers: auth(township) },
    { method: 'GET', path: `/ra/members?filter=${enc(JSON.stringify({ status: 'probationary' }))}&range=${enc('[25,49]')}`, headers: auth(county) },
    {
      method: 'POST', path: '/ra/points-entries', headers: auth(branch),
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ member: branchMembers[n++ % branchMembers.length], rule, occurredOn: '2026-10-02', reason: '压测申报' }) }),
      onResponse: (status, body) => {
        if (status === 201) pending.push(JSON.parse(body).id);
      },
    },
    {
      method: 'POST', path: '/api/points/decide', headers: auth(county),
      setupRequest: (req) => {
        const id = pending.shift();
        return id ? { ...req, body: JSON.stringify({ ids: [id], decision: 'approve' }) } : { ...req, method: 'GET', path: '/api/points/me', body: undefined };
      },
    },
    {
      method: 'POST', path: '/api/points/bulk', headers: auth(county),
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ rule, members: [countyMembers[n++ % countyMembers.length]], reason: '压测批量', occurredOn: '2026-10-03', idempotencyKey: `load-${processes}-${n}-${Date.now()}` }) }),
    },
  ];
  let fivexx = 0;
  const cpu0 = cpuTimes();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, requests }, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on('response', (_client: unknown, status: number) => {
      if (status >= 500) fivexx++;
    });
  });
  const cpu1 = cpuTimes();
  return {
    processes, cpuBusy: (cpu1.busy - cpu0.busy) / (cpu1.total - cpu0.total), rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    requests: result.requests.total, errors: result.errors + result.timeouts, non2xx: result.non2xx, fivexx,
  };
}

async function main() {
  const db = await scratchDb('postgres');
  const results: Result[] = [];
  try {
    for (const processes of [1, 2]) {
      const env = baseEnv(db, { REDIS_URL: 'redis://127.0.0.1:6379', WORKERS: String(processes), LOGIN_RATE_MAX: '1000', SEED_MEMBERS: process.env.BENCH_MEMBERS ?? '30000' });
      const server = await startServer(env);
      try {
        results.push(await run(server, processes));
      } finally {
        await server.kill();
      }
    }
  } finally {
    await db.drop();
  }
  console.log(`\nmixed workload, ${SECONDS} s at ${CONNECTIONS} connections, PostgreSQL (${process.env.BENCH_MEMBERS ?? '30000'} members seeded)`);
  console.log('processes   req/s    p50 ms   p99 ms   requests   errors   non-2xx   5xx   machine CPU busy');
  for (const r of results) {
    console.log(`${String(r.processes).padStart(9)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.requests).padStart(10)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(9)} ${String(r.fivexx).padStart(5)}   ${(r.cpuBusy * 100).toFixed(0).padStart(3)} % of ${os.cpus().length} cores`);
  }
  console.log(`2 processes / 1 process: ${(results[1].rps / results[0].rps).toFixed(2)}× throughput, ${(results[1].p99 / results[0].p99).toFixed(2)}× p99`);
  if (results.some((r) => r.errors || r.fivexx)) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
