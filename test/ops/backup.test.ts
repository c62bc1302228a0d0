// Backup while the server runs, restore into an empty database, on both engines: the same rows, the
// same chain heads, chains that verify; a restore into a database that is not empty is refused.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { describe, expect, it } from 'vitest';
import { baseEnv, call, login, pool, runScript, scratchDb, startServer } from './harness';

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`backup and restore on ${engine}`, () => {
    it('round-trips a seeded database taken while the server works, and refuses a database in use', async () => {
      const source = await scratchDb(engine);
      const target = await scratchDb(engine);
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-bk-')), 'backup.tgz');
      const env = baseEnv(source);
      const server = await startServer(env);
      try {
        const county = await login(server.url, 'county');
        // Writes keep coming while the backup runs: it must still be one consistent state.
        const rule = (await call(server.url, county, 'GET', `/ra/points-rules?filter=${encodeURIComponent(JSON.stringify({ code: 'base60.study' }))}`)).body[0];
        const members: string[] = (await call(server.url, county, 'GET', `/ra/members?range=${encodeURIComponent('[0,59]')}`)).body.map((m: any) => m.id);
        const writes = pool(members.map((m, i) => () => call(server.url, county, 'POST', '/api/points/bulk', { rule: rule.id, members: [m], reason: '备份期间写入', occurredOn: '2026-09-01', idempotencyKey: `bk-${engine}-${i}-${Date.now()}` })), 4);
        const backup = runScript('scripts/backup.ts', [file], env);
        expect(backup.status, backup.out).toBe(0);
        expect((await writes).every((r) => r.status === 201 || r.status === 200)).toBe(true);
      } finally {
        await server.kill();
      }
      const manifest = backupManifest(file);
      expect(manifest.engine).toBe(engine);
      expect(manifest.counts.members).toBe(3000);
      expect(manifest.heads.ledger.seq).toBeGreaterThan(0);

      const restore = runScript('scripts/restore.ts', [file], baseEnv(target));
      expect(restore.status, restore.out).toBe(0);
      expect(restore.out).toMatch(/restored and verified/);
      const again = runScript('scripts/restore.ts', [file], baseEnv(target));
      expect(again.status).toBe(1);
      expect(again.out).toMatch(/不是空的/);
      // the restored database serves
      const restored = await startServer(baseEnv(target));
      try {
        const county = await login(restored.url, 'county');
        expect((await call(restored.url, county, 'GET', '/api/points/verify')).body.ok).toBe(true);
        const res = await fetch(`${restored.url}/ra/members?range=${encodeURIComponent('[0,0]')}`, { headers: { Authorization: `Bearer ${county}` } });
        expect(res.headers.get('content-range')).toMatch(/\/3000$/);
      } finally {
        await restored.kill();
        await source.drop();
        await target.drop();
      }
    });
  });
}

function backupManifest(file: string): any {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-bk-x-'));
  require('tar').x({ file, cwd: dir, sync: true, filter: (p: string) => p.endsWith('manifest.json') });
  return JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
}
