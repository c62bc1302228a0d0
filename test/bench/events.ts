// `npm run bench:events`: a scratch SQLite database with the seeded county and a year of grid events
// (≥ 200,000 by default, BENCH_EVENTS to change) driven through the 四办 state machine, then, side by
// side in one run:
//   - the county's monthly assessment by township (13 rows) and by county department, from the kept
//     totals plus the indexed count of open overdue items, against a plain 25-row /ra page, as ratios;
//   - dispatching an event (交办 to a township office): assignment, event, totals and audit in one
//     transaction, as the township centre's request time (an upper bound of the server time).
import { bootScratch, median, percentile, time } from './boot';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const DISPATCHES = Number(process.env.BENCH_DISPATCHES ?? 50);

async function main() {
  const t0 = Date.now();
  // The ledger and meetings for one township only: this benchmark is about events.
  const server = await bootScratch({ points: { townships: ['321323102'] }, meetings: { townships: ['321323102'] }, events: { townships: undefined, count: EVENTS } });
  const { strapi, baseUrl } = server;
  const knex: any = strapi.db.connection;
  const count = async (table: string) => Number((await knex(table).count({ n: '*' }).first()).n);
  console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${await count('events')} events, ${await count('event_assignments')} assignments, ${await count('events_unit_months')} kept unit-month rows`);

  const jwtOf = async (username: string) => {
    const u = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } });
    return strapi.plugin('users-permissions').service('jwt').issue({ id: u.id }) as string;
  };
  const county = await jwtOf('county');
  const township = await jwtOf('wangji');
  let serverMs = NaN;
  let lastTiming = '';
  const call = async (method: string, url: string, body?: unknown, token = county) => {
    const r = await fetch(baseUrl + url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    const timing = r.headers.get('server-timing') ?? '';
    serverMs = Number(/action;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN);
    lastTiming = timing;
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  const get = (url: string) => call('GET', url);

  const month = '2026-06';
  const reads = {
    ra: '/ra/members?range=[0,24]&sort=["name","ASC"]',
    raEvents: '/ra/events?range=[0,24]&sort=["reportedAt","DESC"]',
    byTownship: `/api/event-reports/assessment?month=${month}&by=township`,
    byDepartment: `/api/event-reports/assessment?month=${month}&by=department`,
    board: '/api/event-reports/board?tab=overdue&limit=25',
  };
  type K = keyof typeof reads;
  const xs = Object.fromEntries(Object.keys(reads).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < 5; i++) for (const url of Object.values(reads)) await get(url);
  for (let i = 0; i < ROUNDS; i++) for (const [k, url] of Object.entries(reads) as Array<[K, string]>) xs[k].push((await time(() => get(url)))[0]);
  const m = Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)])) as Record<K, number>;
  const sample = await get(reads.byTownship);
  const rows: Array<[string, string]> = [
    ['plain 25-row /ra page (members)', `${m.ra.toFixed(2)} ms`],
    ['25-row /ra page of events', `${m.raEvents.toFixed(2)} ms = ${(m.raEvents / m.ra).toFixed(2)}×`],
    [`monthly assessment by township (${sample.rows.length} rows, ${sample.total.volume} items in ${month})`, `${m.byTownship.toFixed(2)} ms = ${(m.byTownship / m.ra).toFixed(2)}× the /ra page`],
    ['monthly assessment by county department', `${m.byDepartment.toFixed(2)} ms = ${(m.byDepartment / m.ra).toFixed(2)}× the /ra page`],
    ['county board, overdue tab (counts + 25 rows)', `${m.board.toFixed(2)} ms = ${(m.board / m.ra).toFixed(2)}× the /ra page`],
  ];

  // Dispatching: the township centre reports, then 交办 to one of its offices (only the dispatch is timed).
  const wangji = await strapi.db.query('api::township.township').findOne({ where: { code: '321323102' } });
  const grid = await strapi.db.query('api::grid.grid').findOne({ where: { township: wangji.id } });
  const office = await strapi.db.query('api::office.office').findOne({ where: { township: wangji.id } });
  const dispatches: number[] = [];
  const servers: number[] = [];
  const parts: Record<string, number[]> = {};
  for (let i = 0; i < DISPATCHES + 3; i++) {
    const ev = await call('POST', '/api/events/report', { source: 'grid_phone', grid: grid.documentId, category: '环境卫生', description: '基准测试事件' }, township);
    const [ms, res] = await time(() => call('POST', `/api/events/${ev.id}/dispatch`, { mode: 'assign', offices: [office.documentId] }, township));
    if (res.state !== 'in_progress') throw new Error(JSON.stringify(res));
    if (i >= 3) {
      dispatches.push(ms);
      servers.push(serverMs);
      for (const m of lastTiming.matchAll(/(\w+);dur=([\d.]+)/g)) if (m[1] !== 'action') (parts[m[1]] ??= []).push(Number(m[2]));
    }
  }
  rows.push([`dispatching an event (交办), server time (Server-Timing), median of ${DISPATCHES}`, `${median(servers).toFixed(1)} ms (p95 ${percentile(servers, 95).toFixed(1)} ms, max ${Math.max(...servers).toFixed(1)} ms)`]);
  rows.push(['  of which (medians): ' + Object.entries(parts).map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(', '), 'ms']);
  rows.push([`dispatching an event (交办), request time, median of ${DISPATCHES}`, `${median(dispatches).toFixed(1)} ms (p95 ${percentile(dispatches, 95).toFixed(1)} ms, max ${Math.max(...dispatches).toFixed(1)} ms)`]);

  console.log(`\nevents benchmark, SQLite, ${await count('events')} events, medians of ${ROUNDS} interleaved requests`);
  for (const [label, value] of rows) console.log(label.padEnd(84), value);
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
