// `npm run bench:ra`: median latency of a 25-row member list through the bridge (/ra) and through
// Strapi's REST API (/api), side by side in one run on the seeded county (30,000 members).
// Requests alternate between the variants so drift hits them equally.
import { bootScratch, median, percentile } from './boot';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const WARMUP = 30;

async function main() {
  const server = await bootScratch();
  const user = await server.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'county' } });
  const jwt = server.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const headers = { Authorization: `Bearer ${jwt}` };
  const populate = ['partyOrganisation', 'partyGroup', 'grid', 'township'].map((r) => `populate[${r}][fields][0]=documentId`).join('&');
  // The same page each time: members 25-49 by name.
  const variants: Record<string, string> = {
    '/ra (bridge)': `/ra/members?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[25,49]')}`,
    '/api, relations populated (same content)': `/api/members?sort=name:asc&pagination[start]=25&pagination[limit]=25&${populate}`,
    '/api, scalars only': `/api/members?sort=name:asc&pagination[start]=25&pagination[limit]=25`,
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  for (let i = 0; i < WARMUP + ROUNDS; i++) {
    for (const [name, url] of Object.entries(variants)) {
      const t0 = performance.now();
      const res = await fetch(server.baseUrl + url, { headers });
      const body = await res.json();
      const ms = performance.now() - t0;
      const rows = Array.isArray(body) ? body.length : body.data?.length;
      if (res.status !== 200 || rows !== 25) throw new Error(`${name}: ${res.status} ${rows} rows`);
      if (i >= WARMUP) times[name].push(ms);
    }
  }
  const base = median(times['/api, relations populated (same content)']);
  console.log(`\n25-row member list, ${ROUNDS} requests each (after ${WARMUP} warm-up), SQLite, 30,000 members`);
  console.log('variant'.padEnd(44), 'median ms', '  p95 ms', '  vs /api same content');
  for (const [name, xs] of Object.entries(times)) {
    console.log(name.padEnd(44), median(xs).toFixed(2).padStart(9), percentile(xs, 95).toFixed(2).padStart(8), `  ${(median(xs) / base).toFixed(2)}×`);
  }
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
