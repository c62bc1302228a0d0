// `npm run start:cluster` (or `WORKERS=N npm start`): N server processes behind one port, with Node's
// cluster module sharing the listening socket. A first child prepares (builds, schema, roles, seed)
// and exits; then the workers start, and a worker that dies is replaced. Everything the processes
// share lives in PostgreSQL (data, the ledger's chain lock, idempotency keys) and Redis (login
// attempts, cache invalidation), so SQLite, which allows one writer, is refused, and so is a cluster
// without REDIS_URL.
import cluster from 'node:cluster';
import os from 'os';
import { prepare } from './prepare';
import { loadStrapi } from './strapi';

function refuseUnlessShared(): void {
  if (process.env.DATABASE_CLIENT !== 'postgres') {
    throw new Error('多进程运行需要 PostgreSQL（DATABASE_CLIENT=postgres）：SQLite 同一时间只允许一个写入进程。单进程请用 npm start。');
  }
  if (!process.env.REDIS_URL) {
    throw new Error('多进程运行需要 Redis（REDIS_URL，例如 redis://127.0.0.1:6379）：登录限流和缓存失效须在各进程间共享。');
  }
}

/** Runs `role` in a child process and resolves when it exits cleanly. */
function child(role: string): Promise<void> {
  return new Promise((resolve, reject) => {
    cluster.fork({ CLUSTER_ROLE: role }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${role} failed (exit ${code})`))));
  });
}

async function primary(workers: number): Promise<void> {
  refuseUnlessShared();
  await child('prepare');
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork({ CLUSTER_ROLE: 'serve' });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    if (code === 0 && !signal) return;
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork({ CLUSTER_ROLE: 'serve' });
  });
  const stop = () => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGTERM');
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`\n  泗阳县党建引领基层治理 — ${workers} processes on http://localhost:${process.env.PORT ?? 1337}\n`);
}

async function worker(): Promise<void> {
  if (process.env.CLUSTER_ROLE === 'prepare') {
    const strapi = await prepare();
    await strapi.destroy();
    process.exit(0);
  }
  const strapi = await loadStrapi();
  process.on('SIGTERM', () => strapi.destroy().finally(() => process.exit(0)));
  await strapi.start();
}

export function runCluster(workers: number): Promise<void> {
  return cluster.isPrimary ? primary(workers) : worker();
}

if (require.main === module) {
  runCluster(Number(process.env.WORKERS ?? os.cpus().length)).catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
