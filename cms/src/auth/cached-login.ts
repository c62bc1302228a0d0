// users-permissions, on every request, reads the user and its role, the plugin's settings and the
// role's permissions, and builds a permission "ability" from them: ~10 ms before a request does
// anything. A login that passed once is kept (by its token) until it expires, for at most
// AUTH_CACHE_SECONDS, and never past a change to logins, roles, permissions or the organisation
// tree (the auth epoch, shared between processes through Redis).
import { authEpoch } from '../shared/auth-epoch';
import { Lru } from '../shared/lru';
import { databaseAnswers, DatabaseUnavailableError } from '../db/unavailable';

interface Entry {
  result: unknown;
  user: unknown;
  epoch: number;
  until: number;
}

const TTL_MS = Number(process.env.AUTH_CACHE_SECONDS ?? 60) * 1000;
const logins = new Lru<string, Entry>(10_000);

/** When the token itself expires (its `exp`), read without verifying: only tokens that passed are cached. */
function expiresAt(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : Infinity;
  } catch {
    return 0;
  }
}

export function cacheLogins(strategy: { authenticate: (ctx: any) => Promise<any>; cached?: boolean }): void {
  if (strategy.cached) return; // the strategy is a module singleton: wrap it once per process
  strategy.cached = true;
  const authenticate = strategy.authenticate;
  strategy.authenticate = async (ctx: any) => {
    const m = /^Bearer\s+(\S+)$/i.exec(ctx.request?.header?.authorization ?? '');
    if (!m || TTL_MS <= 0) return authenticate(ctx);
    const token = m[1];
    const hit = logins.get(token);
    const now = Date.now();
    if (hit && hit.epoch === authEpoch() && hit.until > now) {
      ctx.state.user = hit.user;
      return hit.result;
    }
    const epoch = authEpoch();
    const result = await authenticate(ctx);
    if (result?.authenticated && result.credentials && !ctx.state.session) {
      logins.set(token, { result, user: ctx.state.user, epoch, until: Math.min(now + TTL_MS, expiresAt(token)) });
    } else {
      logins.delete(token);
      // users-permissions swallows every error as "not logged in"; a 401 would sign the panel out
      // while the database restarts, so say 503 when that is what happened.
      if (!(await databaseAnswers((globalThis as any).strapi, 1000))) throw new DatabaseUnavailableError();
    }
    return result;
  };
}
