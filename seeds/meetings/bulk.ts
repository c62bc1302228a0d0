// Bulk writes below Strapi's query engine, for seeds of a million rows: explicit ids, values in
// the database's own types (SQLite keeps datetimes as epoch milliseconds and booleans as 0/1),
// large chunks, and the id sequence moved past the rows on PostgreSQL.
type Row = Record<string, unknown>;

export const isSqlite = (knex: any) => ['better-sqlite3', 'sqlite3', 'sqlite'].includes(knex.client.config.client);

export function dbValues(knex: any) {
  const sqlite = isSqlite(knex);
  return {
    time: (d: Date | null) => (d == null ? null : sqlite ? d.getTime() : d),
    bool: (b: boolean | null | undefined) => (b == null ? null : sqlite ? (b ? 1 : 0) : b),
    json: (v: unknown) => (v == null ? null : JSON.stringify(v)),
  };
}

/** `n` fresh ids for `table`, after its highest. */
export async function nextIds(knex: any, table: string, n: number): Promise<number[]> {
  const row = await knex(table).max({ m: 'id' }).first();
  const first = Number(row?.m ?? 0) + 1;
  return Array.from({ length: n }, (_, i) => first + i);
}

/**
 * Multi-row INSERT … VALUES written out (knex builds SQLite inserts as UNION ALL selects, capped
 * at 500 rows and slow); SQLite takes 32,766 variables a statement, PostgreSQL 65,535.
 */
export async function insertRows(knex: any, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const quoted = columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const chunk = Math.max(1, Math.floor(30000 / columns.length));
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const bindings: unknown[] = [];
    for (const r of part) for (const c of columns) bindings.push(r[c] ?? null);
    await knex.raw(`INSERT INTO "${table}" (${quoted}) VALUES ${part.map(() => tuple).join(', ')}`, bindings);
  }
}

/** After rows with explicit ids: PostgreSQL's sequence must not hand those ids out again. */
export async function syncSequence(knex: any, table: string): Promise<void> {
  if (isSqlite(knex)) return;
  await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 1) FROM ??))`, [table, table]);
}

// cuid2 (Strapi's documentId) hashes every id, about 50 µs each: minutes for a county's attendance.
// Bulk rows get ids of the same shape (24 characters, a letter first) from a random pool instead.
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
let pool = Buffer.alloc(0);
let at = 0;
export function bulkDocumentId(): string {
  if (at + 24 > pool.length) {
    pool = require('crypto').randomBytes(24 * 4096);
    at = 0;
  }
  let out = ALPHABET[pool[at++] % 26];
  for (let i = 1; i < 24; i++) out += ALPHABET[pool[at++] % 36];
  return out;
}
