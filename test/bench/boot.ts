// A seeded Strapi on a scratch SQLite file (or a scratch PostgreSQL database), listening on a free
// port, for benchmarks. Not part of `npm test`.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { CMS_DIR, compileStrapi, createStrapi } from '../../scripts/strapi';
import { seedCounty } from '../../seeds';

export async function bootScratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-bench-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db'), PORT: '0', HOST: '127.0.0.1',
    STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_STARTUP_BANNER: 'false',
  });
  process.chdir(CMS_DIR);
  await compileStrapi({ appDir: CMS_DIR });
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  strapi.log.level = 'warn';
  await strapi.load();
  await seedCounty(strapi, { demoLogins: true });
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
