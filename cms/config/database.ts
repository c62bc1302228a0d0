import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

import path from 'path';

// SQLite by default (a file under cms/.tmp); PostgreSQL when DATABASE_CLIENT=postgres.
export default ({ env }: { env: Env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const url = env('DATABASE_URL', '');
    return {
      connection: {
        client: 'postgres',
        connection: url
          ? { connectionString: url }
          : {
              host: env('DATABASE_HOST', '127.0.0.1'),
              port: env.int('DATABASE_PORT', 5432),
              database: env('DATABASE_NAME', 'test'),
              user: env('DATABASE_USERNAME', 'postgres'),
              password: env('DATABASE_PASSWORD', ''),
              schema: env('DATABASE_SCHEMA', 'public'),
            },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        // A refused connection fails at once (503); a busy pool is waited for, but not for a minute.
        acquireConnectionTimeout: env.int('DATABASE_ACQUIRE_TIMEOUT_MS', 20_000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      pool: {
        // WAL lets readers run beside the writer, and synchronous=NORMAL syncs at checkpoints rather
        // than at every commit: a crash of the app loses nothing, a power cut at most the last commits.
        afterCreate: (conn: any, done: (err: Error | null, conn: unknown) => void) => {
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = NORMAL');
          done(null, conn);
        },
      },
    },
  };
};
