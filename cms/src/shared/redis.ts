// Redis, when REDIS_URL is set: what several server processes must share (login attempts, cache
// invalidation). Without it everything stays in the process, which is right for one process.
import Redis from 'ioredis';

let client: Redis | null | undefined;

export const redisUrl = (): string | null => process.env.REDIS_URL || null;

/** Keys and channels of this deployment (several may share one Redis): REDIS_PREFIX, default `siyang`. */
export const redisKey = (name: string): string => `${process.env.REDIS_PREFIX || 'siyang'}:${name}`;

/** The shared connection, or null when no REDIS_URL is set. */
export function redis(): Redis | null {
  if (client !== undefined) return client;
  const url = redisUrl();
  client = url ? new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false }) : null;
  client?.on('error', () => {}); // reconnects by itself; callers see their own command fail
  return client;
}

/** A separate connection for subscribing (a subscribed connection can issue no other command). */
export function redisSubscriber(): Redis | null {
  const url = redisUrl();
  if (!url) return null;
  const sub = new Redis(url, { maxRetriesPerRequest: null });
  sub.on('error', () => {});
  return sub;
}

export async function closeRedis(): Promise<void> {
  if (client) await client.quit().catch(() => {});
  client = undefined;
}
