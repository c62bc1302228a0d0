// `npm run bench:export`: the member list (30,000 members, whole county, sorted by name) exported as
// .xlsx and .csv through GET /ra/members/_export, timed to the last byte (and the CPU time of this
// process, server and client together), then again with the heap measured after forced collections:
// what an export keeps alive is the same for 1,200 or 30,000 rows. The files are read back to count the rows.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PassThrough, Readable } from 'stream';
import { pipeline } from 'stream/promises';
import ExcelJS from 'exceljs';
import { bootScratch } from './boot';

const MB = 1024 * 1024;

async function main() {
  const server = await bootScratch({ points: { townships: [] } });
  const user = await server.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'county' } });
  const jwt = server.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
  const wangji = await server.strapi.db.query('api::township.township').findOne({ where: { code: '321323102' } });
  const members = await server.strapi.db.query('api::member.member').count();

  /** Runs once for the time (nothing else in the way), once for the live heap (forced collections). */
  async function run(label: string, format: 'xlsx' | 'csv', filter?: Record<string, unknown>) {
    const timed = await once(label, format, filter, false);
    const measured = await once(label, format, filter, true);
    console.log(`${label.padEnd(34)} ${String(timed.rows).padStart(6)} rows  ${(timed.ms / 1000).toFixed(2).padStart(5)} s  cpu ${timed.cpu.toFixed(2).padStart(5)} s  ${(timed.bytes / MB).toFixed(1).padStart(5)} MB  heap +${(timed.peak / MB).toFixed(0).padStart(3)} MB at peak, +${(measured.live / MB).toFixed(0).padStart(3)} MB live`);
    return timed;
  }

  async function once(label: string, format: 'xlsx' | 'csv', filter: Record<string, unknown> | undefined, sampleLive: boolean) {
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    let live = heap0;
    // The heap's peak includes garbage not yet collected; what the export keeps alive is measured
    // after a forced collection every 250 ms (node --expose-gc).
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 20);
    const liveSampler = sampleLive ? setInterval(() => { global.gc?.(); live = Math.max(live, process.memoryUsage().heapUsed); }, 250) : undefined;
    const qs = new URLSearchParams({ format, sort: JSON.stringify(['name', 'ASC']), ...(filter ? { filter: JSON.stringify(filter) } : {}) });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await fetch(`${server.baseUrl}/ra/members/_export?${qs}`, { headers: { Authorization: `Bearer ${jwt}` } });
    if (res.status !== 200) throw new Error(`${label}: ${res.status} ${await res.text()}`);
    // The client counts the bytes and keeps the file on disk, so its own memory stays out of the figures.
    const file = path.join(os.tmpdir(), `siyang-bench-export.${format}`);
    await pipeline(Readable.fromWeb(res.body as any), fs.createWriteStream(file));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    clearInterval(liveSampler);
    const body = fs.readFileSync(file);
    fs.rmSync(file, { force: true });
    const rows = format === 'csv' ? body.toString('utf8').split('\r\n').length - 2 : await xlsxRows(body);
    return { ms, rows, bytes: body.length, cpu: (cpu.user + cpu.system) / 1e6, peak: peak - heap0, live: live - heap0 };
  }

  console.log(`\nexport of the member list, SQLite, ${members.toLocaleString('en')} members (county login, sorted by name); load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
  await run('warm-up (one township, csv)', 'csv', { township: wangji.documentId });
  const x = await run('county, xlsx', 'xlsx');
  const c = await run('county, csv', 'csv');
  await run('王集镇 only, xlsx', 'xlsx', { township: wangji.documentId });
  await run('county, probationary only, xlsx', 'xlsx', { status: 'probationary' });
  const complete = x.rows === members && c.rows === members;
  const fast = x.ms < 5000 && c.ms < 5000;
  console.log(!complete ? '\nINCOMPLETE: rows are missing (see above)'
    : fast ? `\nOK: all ${members} rows in under 5 s in both formats`
      : `\nall ${members} rows, but slower than 5 s on this machine now (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; see the CPU times)`);
  await server.close();
  if (!complete) process.exitCode = 1;
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
