// GET /readyz: the readiness probe (the database answers); /_health stays the liveness probe. And
// any request that fails because the database is away answers 503 with a Chinese message and a
// Retry-After, instead of a 500. In a cluster, X-Served-By names the process that answered.
import cluster from 'node:cluster';
import { BUSY_MESSAGE, databaseAnswers, isBusy, isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from '../db/unavailable';

export default (_config: unknown, { strapi }: { strapi: any }) => async (ctx: any, next: () => Promise<void>) => {
  if (cluster.isWorker) ctx.set('X-Served-By', String(process.pid));
  if (ctx.path === '/readyz' && (ctx.method === 'GET' || ctx.method === 'HEAD')) {
    const ok = await databaseAnswers(strapi);
    ctx.status = ok ? 200 : 503;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { status: ok ? 'ok' : 'unavailable', database: ok ? 'ok' : UNAVAILABLE_MESSAGE };
    return;
  }
  try {
    await next();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    ctx.status = 503;
    ctx.set('Retry-After', '5');
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message: isBusy(error) ? BUSY_MESSAGE : UNAVAILABLE_MESSAGE } };
  }
};
