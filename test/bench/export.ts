// `npm run bench:export`: the member list (30,000 members, whole county, sorted by name) exported as
// .xlsx and .csv through GET /ra/members/_export, timed to the last byte, with the server's heap
// sampled while it runs; then one township's members (about a tenth of the rows), to show that the
// memory an export takes does not grow with its length. The files are read back to count the rows.
import os from 'os';
import { PassThrough, Readable } from 'stream';
import ExcelJS from 'exceljs';
import { bootScratch } from './boot';

const MB = 1024 * 1024;

async function main() {
  const server = await bootScratch({ points: { townships: [] } });
  const user = await server.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'county' } });
  const jwt = server.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const wangji = await server.strapi.db.query('api::township.township').findOne({ where: { code: '321323102' } });
  const members = await server.strapi.db.query('api::member.member').count();

  async function run(label: string, format: 'xlsx' | 'csv', filter?: Record<string, unknown>) {
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 20);
    const qs = new URLSearchParams({ format, sort: JSON.stringify(['name', 'ASC']), ...(filter ? { filter: JSON.stringify(filter) } : {}) });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await fetch(`${server.baseUrl}/ra/members/_export?${qs}`, { headers: { Authorization: `Bearer ${jwt}` } });
    if (res.status !== 200) throw new Error(`${label}: ${res.status} ${await res.text()}`);
    const body = Buffer.from(await res.arrayBuffer());
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    const rows = format === 'csv' ? body.toString('utf8').split('\r\n').length - 2 : await xlsxRows(body);
    // CPU time of this process (server and client together): wall time on a busy machine includes waiting.
    console.log(`${label.padEnd(34)} ${String(rows).padStart(6)} rows  ${(ms / 1000).toFixed(2).padStart(5)} s  cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2).padStart(5)} s  ${(body.length / MB).toFixed(1).padStart(5)} MB  heap +${((peak - heap0) / MB).toFixed(0).padStart(3)} MB at peak`);
    return { ms, rows };
  }

  console.log(`\nexport of the member list, SQLite, ${members.toLocaleString('en')} members (county login, sorted by name); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  await run('warm-up (one township, csv)', 'csv', { township: wangji.documentId });
  const x = await run('county, xlsx', 'xlsx');
  const c = await run('county, csv', 'csv');
  await run('王集镇 only, xlsx', 'xlsx', { township: wangji.documentId });
  await run('county, probationary only, xlsx', 'xlsx', { status: 'probationary' });
  const ok = x.ms < 5000 && c.ms < 5000 && x.rows === members && c.rows === members;
  console.log(ok ? `\nOK: ${members} rows in under 5 s in both formats` : '\nSLOW or incomplete: see above');
  await server.close();
  if (!ok) process.exitCode = 1;
}

/** Rows in the first sheet, read back with exceljs's streaming reader (the header not counted). */
async function xlsxRows(body: Buffer): Promise<number> {
  const input = new PassThrough();
  Readable.from([body]).pipe(input);
  let n = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(input, {})) for await (const _row of sheet) n++;
  return n - 1;
}

main().then(() => process.exit(process.exitCode ?? 0), (e) => { console.error(e); process.exit(1); });
