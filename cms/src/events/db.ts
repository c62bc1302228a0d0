// Values in the database's own types for raw SQL: SQLite keeps Strapi's datetimes as epoch
// milliseconds, PostgreSQL as timestamps; both come back here as ISO strings.
import type { Knex } from 'knex';

export const isSqlite = (knex: Knex) => ['better-sqlite3', 'sqlite3', 'sqlite'].includes((knex as any).client.config.client);

export function timeValue(knex: Knex, iso: string | null): number | Date | null {
  if (iso == null) return null;
  return isSqlite(knex) ? new Date(iso).getTime() : new Date(iso);
}

export function isoOf(v: unknown): string | null {
  if (v == null) return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
