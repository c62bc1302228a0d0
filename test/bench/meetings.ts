// `npm run bench:meetings`: a scratch SQLite database with the seeded county and a year of meetings
// for every organisation (about 47,000 meetings, 1.75 million attendance rows), then, side by side
// in one run:
//   - the county's compliance matrix (a page of 25 organisations × 12 months × every kind) and the
//     county summary (13 townships × 12 months) against a plain 25-row /ra page, as ratios;
//   - the same after four more years of meetings (five in all), to show the cost does not grow;
//   - finalising a 200-member meeting (attendance already saved): verdict, attendance and
//     compliance totals, 200 points entries sealed on the ledger's chain, in one transaction.
import { bootScratch, median, time } from './boot';
import { seedMeetings } from '../../seeds/meetings/load';
import { bulkBranch } from '../api/bulk-branch';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const EXTRA_YEARS = Number(process.env.BENCH_EXTRA_YEARS ?? 4);
const FINALISE_ROUNDS = Number(process.env.BENCH_FINALISE_ROUNDS ?? 5);

async function main() {
  const t0 = Date.now();
  const server = await bootScratch();
  const { strapi, baseUrl } = server;
  const knex: any = strapi.db.connection;
  const count = async (table: string) => Number((await knex(table).count({ n: '*' }).first()).n);
  console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${await count('meetings')} meetings, ${await count('meeting_attendances')} attendance rows, ${await count('points_entries')} ledger entries`);

  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'county' } });
  const township = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'wangji' } });
  const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const townshipJwt = strapi.plugin('users-permissions').service('jwt').issue({ id: township.id });
  // Seeding a year blocks the server for minutes; a kept-alive socket it closed meanwhile is retried once.
  const send = (method: string, url: string, body: unknown, token: string) => {
    const go = () => fetch(baseUrl + url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return go().catch((e) => (e?.cause?.code === 'ECONNRESET' ? go() : Promise.reject(e)));
  };
  const call = (method: string, url: string, body?: unknown, token = jwt) => send(method, url, body, token).then(async (r) => {
    const text = await r.text();
    if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  });
  const get = (url: string) => call('GET', url);

  const reads = {
    ra: '/ra/members?range=[0,24]&sort=["name","ASC"]',
    matrix: '/api/meeting-reports/compliance?range=[0,24]',
    summary: '/api/meeting-reports/summary',
  };
  // Interleaved, so load on the machine hits all three alike.
  const measure = async () => {
    const xs: Record<keyof typeof reads, number[]> = { ra: [], matrix: [], summary: [] };
    for (let i = 0; i < 5; i++) for (const url of Object.values(reads)) await get(url);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [k, url] of Object.entries(reads) as Array<[keyof typeof reads, string]>) xs[k].push((await time(() => get(url)))[0]);
    }
    return { ra: median(xs.ra), matrix: median(xs.matrix), summary: median(xs.summary) };
  };

  const rows: Array<[string, string]> = [];
  const report = (label: string, m: { ra: number; matrix: number; summary: number }) => {
    rows.push([`${label}: plain 25-row /ra page (members)`, `${m.ra.toFixed(2)} ms`]);
    rows.push([`${label}: county compliance matrix, 25 organisations`, `${m.matrix.toFixed(2)} ms = ${(m.matrix / m.ra).toFixed(2)}× the /ra page`]);
    rows.push([`${label}: county summary, 13 townships × 12 months`, `${m.summary.toFixed(2)} ms = ${(m.summary / m.ra).toFixed(2)}× the /ra page`]);
  };
  const oneYear = await measure();
  report('1 year', oneYear);
  for (const [label, value] of rows) console.log(label.padEnd(78), value);

  for (let y = 1; y <= EXTRA_YEARS; y++) {
    const year = 2026 - y;
    const [ms] = await time(() => seedMeetings(strapi, { year, today: `${year}-12-31` }));
    process.stdout.write(`  added ${year}: ${(ms / 1000).toFixed(0)} s\n`);
  }
  const fiveYears = await measure();
  const years = 1 + EXTRA_YEARS;
  console.log(`${years} years: ${await count('meetings')} meetings, ${await count('meeting_attendances')} attendance rows, ${await count('meetings_org_periods')} kept organisation-period rows, ${await count('points_entries')} ledger entries`);
  report(`${years} years`, fiveYears);
  rows.push([`matrix ratio ${years} years / 1 year`, `${((fiveYears.matrix / fiveYears.ra) / (oneYear.matrix / oneYear.ra)).toFixed(2)}`]);

  // Finalising a 200-member meeting: attendance saved first (one request), then the finalise request alone is timed.
  const saves: number[] = [];
  const finalises: number[] = [];
  for (let i = 0; i < FINALISE_ROUNDS; i++) {
    const b = await bulkBranch(strapi, { n: 200, probationary: 8 });
    const m = await call('POST', '/ra/meetings', { organisation: b.branch.documentId, kind: 'party_lecture', startsAt: new Date(Date.now() - 86_400_000).toISOString(), topic: '基准测试党课' }, townshipJwt);
    const records = b.members.map((x: any, j: number) => ({ member: x.documentId, status: j % 20 === 3 ? 'excused' : j % 25 === 7 ? 'absent' : 'present', reason: j % 20 === 3 ? '外出' : undefined }));
    const [saveMs] = await time(() => call('PUT', `/api/meetings/${m.id}/attendance`, { records }, townshipJwt));
    const [finMs, res] = await time(() => call('POST', `/api/meetings/${m.id}/finalise`, {}, townshipJwt));
    if (res.points.posted < 180) throw new Error(`expected ~190 entries, got ${JSON.stringify(res.points)}`);
    saves.push(saveMs);
    finalises.push(finMs);
  }
  rows.push([`saving attendance of 200 members (one request, median of ${FINALISE_ROUNDS})`, `${median(saves).toFixed(0)} ms`]);
  rows.push([`finalising a 200-member meeting: verdict, totals, ~190 sealed entries (median of ${FINALISE_ROUNDS})`, `${median(finalises).toFixed(0)} ms (max ${Math.max(...finalises).toFixed(0)} ms)`]);
  const verify = await get('/api/points/verify');
  rows.push([`ledger chain after all of it`, `ok=${verify.ok}, ${verify.checked} approved entries`]);

  console.log(`\nmeetings benchmark, SQLite, medians of ${ROUNDS} interleaved requests`);
  for (const [label, value] of rows) console.log(label.padEnd(78), value);
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
