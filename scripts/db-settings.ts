// The configured database as plain settings (the same environment cms/config/database.ts reads), for
// tools that work on the database without starting the server: backup and restore.
import path from 'path';
import { CMS_DIR } from './strapi';
import { ensureSecrets } from '../cms/src/secrets';

export type DbSettings =
  | { client: 'sqlite'; filename: string }
  | { client: 'postgres'; url?: string; host: string; port: number; database: string; user: string; password: string; schema: string };

export function dbSettings(): DbSettings {
  ensureSecrets(() => {}); // loads cms/.env, where the database settings may live
  const env = process.env;
  if (env.DATABASE_CLIENT === 'postgres') {
    if (env.DATABASE_URL) {
      const u = new URL(env.DATABASE_URL);
      return { client: 'postgres', url: env.DATABASE_URL, host: u.hostname, port: Number(u.port || 5432), database: u.pathname.slice(1), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), schema: env.DATABASE_SCHEMA ?? 'public' };
    }
    return {
      client: 'postgres', host: env.DATABASE_HOST ?? '127.0.0.1', port: Number(env.DATABASE_PORT ?? 5432), database: env.DATABASE_NAME ?? 'test',
      user: env.DATABASE_USERNAME ?? 'postgres', password: env.DATABASE_PASSWORD ?? '', schema: env.DATABASE_SCHEMA ?? 'public',
    };
  }
  return { client: 'sqlite', filename: path.resolve(CMS_DIR, env.DATABASE_FILENAME ?? '.tmp/data.db') };
}

/** Environment for pg_dump / pg_restore / psql. */
export function pgEnv(s: Extract<DbSettings, { client: 'postgres' }>): NodeJS.ProcessEnv {
  return { ...process.env, PGHOST: s.host, PGPORT: String(s.port), PGDATABASE: s.database, PGUSER: s.user, PGPASSWORD: s.password };
}
