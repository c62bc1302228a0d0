// `npm run bench:profile`: a CPU profile of the server answering a 25-row member page as a township
// login (300 times), summarised by self time per function — where a list page's time goes. The
// full .cpuprofile (open in Chrome DevTools) is written to test/artifacts/list-page.cpuprofile.
import fs from 'fs';
import path from 'path';
import inspector from 'inspector';
import { bootScratch } from './boot';
import { ARTIFACTS_DIR } from './artifacts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const URL_PATH = process.env.PROFILE_URL ?? `/ra/members?range=${encodeURIComponent('[25,49]')}&sort=${encodeURIComponent('["name","ASC"]')}`;

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
}

async function main() {
  const server = await bootScratch({ points: { townships: ['321323102'] } });
  const user = await server.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: process.env.PROFILE_LOGIN ?? 'wangji' } });
  const jwt = server.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const get = async () => {
    const res = await fetch(server.baseUrl + URL_PATH, { headers: { Authorization: `Bearer ${jwt}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${res.status}`);
  };
  for (let i = 0; i < 30; i++) await get();
  const session = new inspector.Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) await get();
  const ms = (performance.now() - t0) / ROUNDS;
  const { profile } = await post<{ profile: any }>(session, 'Profiler.stop');
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS_DIR, 'list-page.cpuprofile'), JSON.stringify(profile));
  // Self time per function (samples × interval), top 25.
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas as number[];
  profile.samples.forEach((id: number, i: number) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url || '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${URL_PATH}: ${ms.toFixed(2)} ms per request over ${ROUNDS}; top self time:`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
  await server.close();
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
