// Login attempts counted in Redis, so the limit holds for the whole service and not per process:
// users-permissions' limiter (koa2-ratelimit) takes this store when REDIS_URL is set.
import { Stores } from 'koa2-ratelimit';
import { redis, redisKey } from '../shared/redis';

export class RedisRateLimitStore extends Stores.Store {
  async incr(key: string, options: { interval: number }, weight: number): Promise<{ counter: number; dateEnd: number }> {
    const k = redisKey(`ratelimit:${key}`);
    // One round trip, atomic: count, start the window on the first hit, read what is left of it.
    const res = await redis()!.multi().incrby(k, weight).pexpire(k, options.interval, 'NX').pttl(k).exec();
    const counter = Number(res?.[0]?.[1] ?? weight);
    const ttl = Number(res?.[2]?.[1] ?? options.interval);
    return { counter, dateEnd: Date.now() + (ttl > 0 ? ttl : options.interval) };
  }

  async decrement(key: string, _options: unknown, weight: number): Promise<void> {
    await redis()!.decrby(redisKey(`ratelimit:${key}`), weight);
  }

  saveAbuse(): void {}
}
