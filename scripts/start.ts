// `npm start`: one server process on :1337 (see prepare.ts); `WORKERS=N npm start` runs N of them
// behind the same port (cluster.ts, PostgreSQL only).
import { prepare } from './prepare';
import { runCluster } from './cluster';

async function main() {
  const workers = Number(process.env.WORKERS ?? 1);
  if (workers > 1) return runCluster(workers);
  const strapi = await prepare();
  console.log(`\n  泗阳县党建引领基层治理 — http://localhost:${process.env.PORT ?? 1337}  (Strapi admin: /admin)\n`);
  await strapi.start();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
