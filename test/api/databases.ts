// Where a test worker's Strapi keeps its data: a temp SQLite file, or a fresh PostgreSQL database
// when DATABASE_CLIENT=postgres (created here, dropped by the global teardown).
import path from 'path';
import { Client } from 'pg';

export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** A connection to the maintenance database, to create and drop scratch databases. */
export async function adminClient(): Promise<Client> {
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: process.env.DATABASE_ADMIN_DB ?? 'test',
  });
  await client.connect();
  return client;
}

/** Points Strapi's database config (cms/config/database.ts) at this worker's own database. */
export async function useWorkerDatabase(runDir: string, runId: string, worker: string): Promise<void> {
  if (isPostgres()) {
    const name = `${runId}_w${worker}`;
    const pg = await adminClient();
    await pg.query(`DROP DATABASE IF EXISTS "${name}"`);
    await pg.query(`CREATE DATABASE "${name}"`);
    await pg.end();
    delete process.env.DATABASE_URL;
    process.env.DATABASE_NAME = name;
  } else {
    process.env.DATABASE_CLIENT = 'sqlite';
    process.env.DATABASE_FILENAME = path.join(runDir, `worker-${worker}.db`);
  }
}
