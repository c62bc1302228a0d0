// `npm run restore -- <file>`: loads a backup (npm run backup) into the configured database, which must
// be empty — a restore never merges into live data — then proves it: every table has the row count the
// manifest recorded, the chain heads are the recorded ones, and both hash chains verify from the start.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { createRequire } from 'module';
import * as tar from 'tar';
import { Client } from 'pg';
import { CMS_DIR, loadStrapi } from './strapi';
import { dbSettings, pgEnv, type DbSettings } from './db-settings';
import { headsOf, tableCounts, toPg, type Manifest } from './backup-manifest';

const UPLOADS = path.join(CMS_DIR, 'public', 'uploads');
type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/** Runs `fn` with a query function on the configured database. */
async function withDatabase<T>(s: DbSettings, fn: (query: Query) => Promise<T>): Promise<T> {
  if (s.client === 'sqlite') {
    const Database = createRequire(path.join(CMS_DIR, 'package.json'))('better-sqlite3');
    const db = new Database(s.filename);
    try {
      return await fn(async (sql, params = []) => db.prepare(sql).all(...params));
    } finally {
      db.close();
    }
  }
  const pg = new Client({ host: s.host, port: s.port, database: s.database, user: s.user, password: s.password });
  await pg.connect();
  try {
    return await fn(async (sql, params = []) => (await pg.query(toPg(sql), params)).rows);
  } finally {
    await pg.end();
  }
}

async function isEmpty(s: DbSettings): Promise<boolean> {
  if (s.client === 'sqlite' && !fs.existsSync(s.filename)) return true;
  const counts = await withDatabase(s, (q) => tableCounts(s.client, q, s.client === 'postgres' ? s.schema : undefined));
  return Object.keys(counts).length === 0;
}

async function main() {
  const source = process.argv[2];
  if (!source || !fs.existsSync(source)) throw new Error('用法：npm run restore -- <备份文件>（文件不存在）');
  const s = dbSettings();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-restore-'));
  try {
    await tar.x({ file: source, cwd: work });
    const manifest: Manifest = JSON.parse(fs.readFileSync(path.join(work, 'manifest.json'), 'utf8'));
    if (manifest.format !== 'siyang-backup/1') throw new Error('不是本平台的备份文件');
    if (manifest.engine !== s.client) throw new Error(`备份来自 ${manifest.engine}，当前配置的数据库是 ${s.client}：请配置同一种数据库`);
    if (!(await isEmpty(s))) throw new Error('目标数据库不是空的：恢复只能载入空数据库（请新建一个数据库，或先删除现有数据）');

    if (s.client === 'sqlite') {
      fs.mkdirSync(path.dirname(s.filename), { recursive: true });
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(s.filename + suffix, { force: true });
      fs.copyFileSync(path.join(work, 'database.sqlite'), s.filename);
    } else {
      // One transaction: a restore that fails leaves the database as empty as it found it.
      execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '-d', s.database, path.join(work, 'database.pgdump')], { env: pgEnv(s), stdio: 'inherit' });
    }
    const uploads = path.join(work, 'uploads');
    if (fs.existsSync(uploads)) {
      fs.mkdirSync(UPLOADS, { recursive: true });
      for (const name of fs.readdirSync(uploads)) {
        const to = path.join(UPLOADS, name);
        if (fs.existsSync(to) && !fs.readFileSync(to).equals(fs.readFileSync(path.join(uploads, name)))) throw new Error(`上传目录中已有不同的同名文件：${name}`);
        fs.copyFileSync(path.join(uploads, name), to);
      }
    }

    // Proof, before the server touches anything: the same rows, the same chain heads.
    const [counts, heads] = await withDatabase(s, async (q) => [await tableCounts(s.client, q, s.client === 'postgres' ? s.schema : undefined), await headsOf(q)] as const);
    const differ = Object.keys({ ...counts, ...manifest.counts }).filter((t) => counts[t] !== manifest.counts[t]);
    if (differ.length) throw new Error(`恢复后行数与备份清单不符：${differ.map((t) => `${t} ${counts[t] ?? '缺失'}≠${manifest.counts[t] ?? '缺失'}`).join('，')}`);
    if (JSON.stringify(heads) !== JSON.stringify(manifest.heads)) throw new Error('恢复后哈希链的链头与备份清单不符');

    // And the chains verify from their first entry, as the server computes them.
    const strapi = await loadStrapi();
    strapi.log.level = 'warn';
    try {
      const { verifyChain } = require(path.join(CMS_DIR, 'dist', 'src', 'points', 'chain.js'));
      const ledger = await verifyChain(strapi, strapi.db.connection as any);
      if (!ledger.ok) throw new Error(`积分台账哈希链校验失败：seq ${ledger.broken?.seq}`);
      const { verifyDecisionChain } = require(path.join(CMS_DIR, 'dist', 'src', 'decisions', 'chain.js'));
      const decisions = await verifyDecisionChain(strapi, strapi.db.connection as any);
      if (!decisions.ok) throw new Error(`决策记录哈希链校验失败：seq ${decisions.broken?.seq}`);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      console.log(`restored and verified: ${Object.keys(counts).length} tables, ${rows} rows as recorded; ledger chain OK (${ledger.checked} entries), decisions chain OK (${decisions.checked}); ${manifest.files} files`);
    } finally {
      await strapi.destroy();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
