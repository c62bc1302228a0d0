// `npm run backup -- <file>`: one file with everything needed to bring the platform back: the database
// (SQLite's online backup API, or pg_dump -Fc from a consistent snapshot), the uploaded files, and a
// manifest (row counts of every table, the heads of the points ledger and of the sealed decisions).
// Works while the server runs: SQLite copies a consistent state page by page, PostgreSQL dumps one
// snapshot and counts in that same snapshot.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { createRequire } from 'module';
import * as tar from 'tar';
import { Client } from 'pg';
import { CMS_DIR } from './strapi';
import { dbSettings, pgEnv } from './db-settings';
import { headsOf, tableCounts, toPg, type Manifest } from './backup-manifest';

const UPLOADS = path.join(CMS_DIR, 'public', 'uploads');

async function main() {
  const target = process.argv[2];
  if (!target) throw new Error('用法：npm run backup -- <备份文件>');
  const out = path.resolve(process.cwd(), target);
  const s = dbSettings();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-backup-'));
  try {
    let manifest: Manifest;
    if (s.client === 'sqlite') {
      if (!fs.existsSync(s.filename)) throw new Error(`数据库文件不存在：${s.filename}`);
      const Database = createRequire(path.join(CMS_DIR, 'package.json'))('better-sqlite3');
      const live = new Database(s.filename, { readonly: true, fileMustExist: true });
      await live.backup(path.join(work, 'database.sqlite'));
      live.close();
      const copy = new Database(path.join(work, 'database.sqlite'), { readonly: true });
      const query = async (sql: string, params: unknown[] = []) => copy.prepare(sql).all(...params);
      manifest = { format: 'siyang-backup/1', createdAt: new Date().toISOString(), engine: 'sqlite', counts: await tableCounts('sqlite', query), heads: await headsOf(query), files: 0 };
      copy.close();
    } else {
      const pg = new Client({ host: s.host, port: s.port, database: s.database, user: s.user, password: s.password });
      await pg.connect();
      try {
        await pg.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const { rows } = await pg.query('SELECT pg_export_snapshot() AS id');
        // The default schema is not named (else the dump would try to create "public", which exists).
        const schema = s.schema === 'public' ? [] : ['-n', s.schema];
        execFileSync('pg_dump', ['-Fc', '--no-owner', '--no-privileges', `--snapshot=${rows[0].id}`, ...schema, '-f', path.join(work, 'database.pgdump')], { env: pgEnv(s), stdio: 'inherit' });
        const query = async (sql: string, params: unknown[] = []) => (await pg.query(toPg(sql), params)).rows;
        manifest = { format: 'siyang-backup/1', createdAt: new Date().toISOString(), engine: 'postgres', counts: await tableCounts('postgres', query, s.schema), heads: await headsOf(query), files: 0 };
        await pg.query('COMMIT');
      } finally {
        await pg.end();
      }
    }
    if (fs.existsSync(UPLOADS)) {
      fs.cpSync(UPLOADS, path.join(work, 'uploads'), { recursive: true, filter: (src) => path.basename(src) !== '.gitkeep' });
      manifest.files = fs.readdirSync(path.join(work, 'uploads')).length;
    }
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await tar.c({ gzip: true, file: out, cwd: work }, fs.readdirSync(work));
    const rows = Object.values(manifest.counts).reduce((a, b) => a + b, 0);
    console.log(`backup written to ${out}: ${manifest.engine}, ${Object.keys(manifest.counts).length} tables, ${rows} rows, ${manifest.files} files, ledger head seq ${manifest.heads.ledger?.seq ?? 0}`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
