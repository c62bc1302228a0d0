// One counter that says "who may do what may have changed": writes to logins, roles, permissions and
// the organisation tree bump it, and every cached login and scope older than it is recomputed. With
// REDIS_URL every process hears every bump (pub/sub), so a change made in one process holds in all.
import type { Core } from '@strapi/strapi';
import { redis, redisKey, redisSubscriber } from './redis';

const CHANNEL = () => redisKey('auth-epoch');
const WATCHED = [
  'plugin::users-permissions.user', 'plugin::users-permissions.role', 'plugin::users-permissions.permission',
  'api::party-organisation.party-organisation',
];
const EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'];

let epoch = 0;
const origin = `${process.pid}-${Math.random().toString(36).slice(2)}`;

export const authEpoch = (): number => epoch;

/** Call after any write that can change a login, its role's rights or its scope. */
export function bumpAuthEpoch(): void {
  epoch++;
  redis()?.publish(CHANNEL(), origin).catch(() => {});
}

export function watchAuthChanges(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: WATCHED,
    ...Object.fromEntries(EVENTS.map((e) => [e, () => bumpAuthEpoch()])),
  } as any);
  const sub = redisSubscriber();
  if (!sub) return;
  sub.subscribe(CHANNEL()).catch(() => {});
  sub.on('message', (_channel: string, from: string) => {
    if (from !== origin) epoch++;
  });
  // While Redis is away, another process's change could go unheard: distrust every cache then.
  sub.on('ready', () => epoch++);
  strapi.server?.httpServer?.on('close', () => sub.disconnect());
}
