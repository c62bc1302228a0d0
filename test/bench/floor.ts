// `npm run bench:floor`: what every request pays before it does anything — authentication, the
// caller's role and scope, routing — against the anonymous liveness probe, in one run; then
// sequential single appends to the points ledger through the API against the same append done
// in-process (no HTTP, no authentication), and a 25-row member page for scale.
import { bootScratch, median } from './boot';
import { bulkAward } from '../../cms/src/points/ledger';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 500);
const APPENDS = Number(process.env.BENCH_APPENDS ?? 500);
const WARMUP = 50;

async function main() {
  const server = await bootScratch({ points: { townships: ['321323102'] } });
  const { strapi, baseUrl } = server;
  const jwtOf = async (username: string) => {
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
    return strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  };
  const auth = { county: await jwtOf('county'), township: await jwtOf('wangji'), branch: await jwtOf('wangji-branch') };
  const get = async (url: string, jwt?: string) => {
    const res = await fetch(baseUrl + url, { headers: jwt ? { Authorization: `Bearer ${jwt}` } : {} });
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`${url}: ${res.status}`);
  };
  const timed = async (fn: () => Promise<unknown>, n: number) => {
    const xs: number[] = [];
    for (let i = 0; i < WARMUP + n; i++) {
      const t0 = performance.now();
      await fn();
      if (i >= WARMUP) xs.push(performance.now() - t0);
    }
    return median(xs);
  };

  // Interleaved so drift hits every variant equally.
  const variants: Record<string, () => Promise<unknown>> = {
    'GET /_health (anonymous)': () => get('/_health'),
    'GET /ra/_me as county': () => get('/ra/_me', auth.county),
    'GET /ra/_me as township': () => get('/ra/_me', auth.township),
    'GET /ra/_me as branch': () => get('/ra/_me', auth.branch),
    'GET /ra/members 25 rows as township': () => get(`/ra/members?range=${encodeURIComponent('[25,49]')}&sort=${encodeURIComponent('["name","ASC"]')}`, auth.township),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    for (const [name, fn] of Object.entries(variants)) {
      const t0 = performance.now();
      await fn();
      if (i >= WARMUP) times[name].push(performance.now() - t0);
    }
  }
  const health = median(times['GET /_health (anonymous)']);
  console.log(`\nrequest floor, ${ROUNDS} requests each (after ${WARMUP} warm-up), SQLite, one process`);
  for (const [name, xs] of Object.entries(times)) {
    const m = median(xs);
    console.log(name.padEnd(40), `${m.toFixed(2).padStart(7)} ms`, name.startsWith('GET /_health') ? '' : `  +${(m - health).toFixed(2)} ms over /_health`);
  }

  // Appends: one approved, chained, audited entry per request (a county award on an uncapped rule).
  const now = new Date();
  await strapi.db.query('api::points-rule.points-rule').create({ data: {
    documentId: `bench${Date.now()}`, code: 'bench.award', name: '基准测试奖励', scheme: 'bench', category: 'reward', target: 'member', pointsTenths: 10,
    capTenths: null, capPeriod: 'year', approver: 'county', trigger: 'manual', active: true, createdAt: now, updatedAt: now, publishedAt: now,
  } });
  const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'bench.award' } });
  const pool = (await strapi.db.query('api::member.member').findMany({ select: ['documentId'], limit: 3000, orderBy: { id: 'desc' } })).map((m: any) => m.documentId);
  let k = 0;
  const body = () => ({ rule: rule.documentId, members: [pool[k++ % pool.length]], reason: '基准测试', occurredOn: '2026-11-20', idempotencyKey: `bench-${k}-${Date.now()}` });
  const viaApi = await timed(async () => {
    const res = await fetch(`${baseUrl}/api/points/bulk`, { method: 'POST', headers: { Authorization: `Bearer ${auth.county}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body()) });
    await res.arrayBuffer();
    if (res.status !== 201) throw new Error(`append: ${res.status}`);
  }, APPENDS);
  const county = { kind: 'user' as const, role: 'county' as const, userId: null, username: 'bench', townshipIds: [], organisationIds: [], memberId: null };
  const inProcess = await timed(() => bulkAward(strapi, county, body()), APPENDS);
  console.log(`\nsequential single appends (${APPENDS} each, median)`);
  console.log('through the API'.padEnd(40), `${viaApi.toFixed(2).padStart(7)} ms`, `  ${Math.round(1000 / viaApi)} appends/s`);
  console.log('in-process (no HTTP, no auth)'.padEnd(40), `${inProcess.toFixed(2).padStart(7)} ms`, `  ${Math.round(1000 / inProcess)} appends/s`, `  API = ${(viaApi / inProcess).toFixed(2)}× in-process`);
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
