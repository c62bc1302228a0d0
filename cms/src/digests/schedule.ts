// Once a day the server signs the heads of both chains. A timer checks every hour whether today's
// (China) daily digest exists and signs one if not, so a server that was down at midnight catches
// up when it comes back. DIGEST_SCHEDULE=off turns it off (tests sign on demand).
import type { Core } from '@strapi/strapi';
import { chinaDay } from '../domain/calendar/days';
import { DIGEST, signNow } from './digests';
import { instantOf } from '../decisions/records';
import { withKnex } from '../db/knex';

const HOUR = 3_600_000;
let timers: NodeJS.Timeout[] = [];

/** Signs today's daily digest unless it exists; returns the new record, or null. Several server
 * processes may tick at once: on PostgreSQL an advisory lock lets one sign and the others see it. */
export async function signDailyIfDue(strapi: Core.Strapi, now = new Date()): Promise<unknown> {
  const today = chinaDay(now.toISOString());
  return strapi.db.transaction(() => withKnex(strapi, async (knex) => {
    if (['postgres', 'pg'].includes(knex.client.config.client)) await knex.raw("SELECT pg_advisory_xact_lock(hashtext('daily_digest'))");
    const last = await strapi.db.query(DIGEST as any).findOne({ where: { trigger: 'daily' }, orderBy: { at: 'desc' } });
    if (last && chinaDay(instantOf(last.at)!) >= today) return null;
    return signNow(strapi, { kind: 'system' }, 'daily');
  }));
}

export function startDigestSchedule(strapi: Core.Strapi): void {
  if (process.env.DIGEST_SCHEDULE === 'off') return;
  const tick = () => {
    signDailyIfDue(strapi).catch((e) => strapi.log.error(`daily digest: ${e?.message ?? e}`));
  };
  const first = setTimeout(tick, 30_000);
  const every = setInterval(tick, HOUR);
  first.unref();
  every.unref();
  timers = [first, every];
}

export function stopDigestSchedule(): void {
  for (const t of timers) clearTimeout(t);
  timers = [];
}
