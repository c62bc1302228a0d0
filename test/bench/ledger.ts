// `npm run bench:ledger`: a scratch SQLite database with the seeded county and about 1,000,000
// ledger entries over ~30,000 members (several years), then, side by side in one run:
// leaderboard page and member balance through the API vs raw SQL on the same database, sequential
// single appends through the API, one bulk award of 1,000 members, and chain verification speed.
import { seedPoints } from '../../seeds/points';
import { bootScratch, median, time } from './boot';
import { leaderboard, memberSummary } from '../../cms/src/points/reports';

const TARGET = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);

async function main() {
  const t0 = Date.now();
  const server = await bootScratch();
  const { strapi, baseUrl } = server;
  const knex: any = strapi.db.connection;
  const count = async () => Number((await knex('points_entries').count({ n: '*' }).first()).n);
  for (let year = 2025; (await count()) < TARGET && year > 2000; year--) {
    await seedPoints(strapi, { year, throughMonth: 12, append: true });
    process.stdout.write(`  ledger: ${await count()} entries\r`);
  }
  const entries = await count();
  console.log(`\nbuilt ${entries} entries in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'county' } });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const get = (url: string) => fetch(baseUrl + url, { headers: { Authorization: `Bearer ${jwt}` } }).then(async (r) => {
    if (r.status >= 300) throw new Error(`${url} → ${r.status} ${await r.text()}`);
    return r.json();
  });
  const post = (url: string, body: unknown) => fetch(baseUrl + url, { method: 'POST', headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    .then(async (r) => {
      if (r.status >= 300) throw new Error(`${url} → ${r.status} ${await r.text()}`);
      return r.json();
    });
  const township = await strapi.db.query('api::township.township').findOne({ where: { code: '321323102' } });
  const member = await strapi.db.query('api::member.member').findOne({ where: { township: township.id }, orderBy: { id: 'asc' } });
  const year = 2026;

  const rows: Array<[string, number, string]> = [];
  const measure = async (label: string, fn: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await fn();
    const xs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) xs.push((await time(fn))[0]);
    return median(xs);
  };
  // Leaderboard page: API vs the same SQL it runs vs summing the ledger itself.
  const lbApi = await measure('lb api', () => get(`/api/points/leaderboard?township=${township.documentId}&year=${year}&range=[0,24]`));
  const lbSql = await measure('lb sql', () => leaderboard(strapi, knex, { townshipId: township.id }, year, { start: 0, limit: 25 }));
  const lbLedger = await measure('lb ledger', () => knex.raw(`
    SELECT lm.member_id, SUM(e.points_tenths) AS total FROM points_entries e
    JOIN points_entries_member_lnk lm ON lm.points_entry_id = e.id
    JOIN points_entries_township_lnk lt ON lt.points_entry_id = e.id
    WHERE lt.township_id = ? AND e.status = 'approved' AND e.occurred_on BETWEEN ? AND ?
    GROUP BY lm.member_id ORDER BY total DESC LIMIT 25`, [township.id, `${year}-01-01`, `${year}-12-31`]));
  rows.push(['township leaderboard page (25) via API', lbApi, '']);
  rows.push(['  same SQL on the totals, no HTTP', lbSql, `API = ${(lbApi / lbSql).toFixed(1)}× this`]);
  rows.push(['  raw SQL summing the ledger', lbLedger, `API = ${(lbApi / lbLedger).toFixed(2)}× this`]);
  const balApi = await measure('bal api', () => get(`/api/points/me?member=${member.documentId}&year=${year}`));
  const balSql = await measure('bal sql', () => memberSummary(strapi, knex, member, year));
  const balLedger = await measure('bal ledger', () => knex.raw(`
    SELECT SUM(e.points_tenths) AS total FROM points_entries e JOIN points_entries_member_lnk lm ON lm.points_entry_id = e.id
    WHERE lm.member_id = ? AND e.status = 'approved' AND e.occurred_on BETWEEN ? AND ?`, [member.id, `${year}-01-01`, `${year}-12-31`]));
  rows.push(['member balance + ranks (我的积分) via API', balApi, '']);
  rows.push(['  same SQL on the totals, no HTTP', balSql, `API = ${(balApi / balSql).toFixed(1)}× this`]);
  rows.push(['  raw SQL summing the ledger (balance only)', balLedger, `API = ${(balApi / balLedger).toFixed(2)}× this`]);

  // Appends: a county user awards one member (one request → one approved, chained entry), on an
  // uncapped rule made for the benchmark so caps never stop it.
  const now = new Date();
  await strapi.db.query('api::points-rule.points-rule').create({ data: {
    documentId: `bench${Date.now()}`, code: 'bench.award', name: '基准测试奖励', scheme: 'bench', category: 'reward', target: 'member', pointsTenths: 10,
    capTenths: null, capPeriod: 'year', approver: 'county', trigger: 'manual', active: true, createdAt: now, updatedAt: now, publishedAt: now,
  } });
  const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'bench.award' } });
  const pool = await strapi.db.query('api::member.member').findMany({ select: ['documentId'], limit: 3000, orderBy: { id: 'desc' } });
  const N = Number(process.env.BENCH_APPENDS ?? 500);
  const [appendMs] = await time(async () => {
    for (let i = 0; i < N; i++) {
      await post('/api/points/bulk', { rule: rule.documentId, members: [pool[i % pool.length].documentId], reason: '基准测试', occurredOn: '2026-11-20', idempotencyKey: `bench-one-${i}-${Date.now()}` });
    }
  });
  rows.push([`sequential single appends via API (${N})`, appendMs / N, `${Math.round((N / appendMs) * 1000)} appends/s`]);
  // The floor under any request: authentication and routing, nothing else.
  const floor = await measure('me', () => get('/ra/_me'));
  rows.push(['  for scale: GET /ra/_me (auth + routing only)', floor, `${Math.round(1000 / floor)} requests/s`]);
  const thousand = pool.slice(0, 1000).map((m: any) => m.documentId);
  const [bulkMs, bulk] = await time(() => post('/api/points/bulk', { rule: rule.documentId, members: thousand, reason: '基准测试批量', occurredOn: '2026-11-21', idempotencyKey: `bench-bulk-${Date.now()}` }));
  rows.push([`one bulk award of ${(bulk as any).created} members via API`, bulkMs, `${(bulk as any).approved} approved`]);

  const [verifyMs, v] = await time(() => get('/api/points/verify'));
  rows.push([`chain verification via API (${v.checked} entries, ok=${v.ok})`, verifyMs, `${Math.round((v.checked / verifyMs) * 1000)} entries/s`]);

  console.log(`\nledger of ${entries} entries, SQLite, medians of ${ROUNDS} runs where repeated`);
  for (const [label, ms, note] of rows) console.log(label.padEnd(48), `${ms.toFixed(2).padStart(9)} ms`, ' ', note);
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
