// A seeded Strapi on a scratch SQLite file (or a scratch PostgreSQL database), listening on a free
// port, for benchmarks. Not part of `npm test`.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { CMS_DIR, compileIfChanged, createStrapi } from '../../scripts/strapi';
import { seedCounty, type SeedOptions } from '../../seeds';

/** `points` narrows the seeded ledger (the full one takes a while) when a benchmark does not need it. */
export async function bootScratch(options: Pick<SeedOptions, 'points' | 'meetings' | 'events'> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-bench-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db'), PORT: '0', HOST: '127.0.0.1',
    STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_STARTUP_BANNER: 'false',
  });
  process.chdir(CMS_DIR);
  await compileIfChanged();
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  strapi.log.level = 'warn';
  await strapi.load();
  await seedCounty(strapi, { demoLogins: true, ...options });
  await strapi.listen();
  const address = strapi.server.httpServer.address() as { port: number };
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await strapi.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** How long `fn` took (ms), with what it returned. */
export async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const v = await fn();
  return [performance.now() - t0, v];
}
