// `npm run start:cluster` (or `WORKERS=N npm start`): N server processes behind one port, with Node's
// cluster module sharing the listening socket. The primary prepares once (schema, roles, seed) and
// then forks; a worker that dies is replaced. Everything the processes share lives in PostgreSQL
// (data, the ledger's chain lock, idempotency keys) and Redis (login attempts, cache invalidation),
// so SQLite, which allows one writer, is refused, and so is a cluster without REDIS_URL.
import cluster from 'node:cluster';
import os from 'os';
import { prepare } from './prepare';
import { loadStrapi } from './strapi';

export async function runCluster(workers: number): Promise<void> {
  if (cluster.isPrimary) {
    if (process.env.DATABASE_CLIENT !== 'postgres') {
      throw new Error('多进程运行需要 PostgreSQL（DATABASE_CLIENT=postgres）：SQLite 同一时间只允许一个写入进程。单进程请用 npm start。');
    }
    if (!process.env.REDIS_URL) {
      throw new Error('多进程运行需要 Redis（REDIS_URL，例如 redis://127.0.0.1:6379）：登录限流和缓存失效须在各进程间共享。');
    }
    const strapi = await prepare();
    await strapi.destroy();
    let stopping = false;
    for (let i = 0; i < workers; i++) cluster.fork();
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      cluster.fork();
    });
    const stop = () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
      setTimeout(() => process.exit(0), 10_000).unref();
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    console.log(`\n  泗阳县党建引领基层治理 — ${workers} processes on http://localhost:${process.env.PORT ?? 1337}\n`);
    return;
  }
  const strapi = await loadStrapi();
  process.on('SIGTERM', () => strapi.destroy().finally(() => process.exit(0)));
  await strapi.start();
}

if (require.main === module) {
  runCluster(Number(process.env.WORKERS ?? os.cpus().length)).catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
