// Everything `npm start` does before serving: build what is missing, open the database (compiling
// the server only when its sources changed), seed the demo if it is empty (never in production) and
// make sure Strapi's super admin exists. Returns the loaded, not yet listening, server.
import fs from 'fs';
import path from 'path';
import { execSync } from 'child_process';
import type { Core } from '@strapi/strapi';
import { CMS_DIR, ROOT, loadStrapi } from './strapi';
import { ensureSuperAdmin } from '../seeds/super-admin';

export async function prepare(): Promise<Core.Strapi> {
  const production = process.env.NODE_ENV === 'production';
  // Strapi's own admin (/admin) needs a one-off build (~30 s); later starts reuse it.
  if (!fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'))) {
    console.log('building the Strapi admin panel (first start only)…');
    execSync('npx strapi build', { cwd: CMS_DIR, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } });
  }
  // The react-admin panel served at / (a Vite build, ~20 s).
  if (!fs.existsSync(path.join(ROOT, 'admin', 'dist', 'index.html'))) {
    console.log('building the panel (first start only)…');
    execSync('npm run build --workspace admin', { cwd: ROOT, stdio: 'inherit' });
  }
  const strapi = await loadStrapi();
  const townships = await strapi.db.query('api::township.township').count();
  if (townships === 0 && !production) {
    console.log('empty database: seeding the demo county (about 30,000 members)…');
    // Loaded only when needed: the seed's modules are most of what a restart would compile.
    const { seedCounty } = await import('../seeds');
    await seedCounty(strapi, { log: (l) => console.log(l), demoLogins: true });
  } else if (townships === 0) {
    console.log('empty database (production: no demo data). Create the first county login with `npm run user:create -- <name> county`.');
  }
  await ensureSuperAdmin(strapi, (l) => console.log(l));
  return strapi;
}
