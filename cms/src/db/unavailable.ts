// The database going away (PostgreSQL restarting, a network blip) is not a bug to answer with 500:
// requests fail fast with 503 and a Chinese message, and the pool reconnects by itself when it is back.
import type { Core } from '@strapi/strapi';

const CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
  '57P01', '57P02', '57P03', // admin shutdown, crash shutdown, cannot connect now
  '08000', '08001', '08003', '08004', '08006', // connection exceptions
  'SQLITE_BUSY', 'SQLITE_LOCKED',
]);
const MESSAGES = /Connection terminated|connection error|Knex: Timeout acquiring a connection|terminating connection|the database system is (starting up|shutting down)/i;

export const UNAVAILABLE_MESSAGE = '数据库暂时不可用，请稍后重试';
export const BUSY_MESSAGE = '服务繁忙，请稍后重试';

/** Waiting too long for a free connection: the database is there, the server is overloaded. */
export const isBusy = (error: any): boolean => error?.name === 'KnexTimeoutError';

export class DatabaseUnavailableError extends Error {
  status = 503;
  expose = true;
  constructor() {
    super(UNAVAILABLE_MESSAGE);
    this.name = 'ServiceUnavailableError';
  }
}

export function isDatabaseUnavailable(error: any): boolean {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause ?? e.originalError ?? e.nativeError, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
    if (CODES.has(e.code) || e.name === 'KnexTimeoutError' || MESSAGES.test(String(e.message ?? ''))) return true;
  }
  return false;
}

/** Does the database answer a trivial query within `ms`? */
export async function databaseAnswers(strapi: Core.Strapi, ms = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      strapi.db.connection.raw('select 1'),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), ms); }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
