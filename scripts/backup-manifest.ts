// What a backup says about itself, and how it is read from a database: every table's row count and the
// heads of the two hash chains, so a restore can prove it brought back exactly what was saved.
export interface Manifest {
  format: 'siyang-backup/1';
  createdAt: string;
  engine: 'sqlite' | 'postgres';
  counts: Record<string, number>;
  heads: { ledger: { seq: number; hash: string } | null; decisions: { seq: number; hash: string } | null };
  files: number;
}

type Query = (sql: string, params?: unknown[]) => Promise<any[]>;

/** `?` placeholders as PostgreSQL's $1, $2… */
export const toPg = (sql: string): string => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

/** Row counts of every table (Strapi's and the kept totals), by name. */
export async function tableCounts(engine: 'sqlite' | 'postgres', query: Query, schema = 'public'): Promise<Record<string, number>> {
  const tables: string[] = engine === 'sqlite'
    ? (await query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).map((r) => r.name)
    : (await query('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ? AND table_type = ? ORDER BY table_name', [schema, 'BASE TABLE'])).map((r) => r.name);
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await query(`SELECT count(*) AS n FROM "${t}"`))[0].n);
  return out;
}

async function head(query: Query, table: string) {
  try {
    const rows = await query(`SELECT seq, hash FROM "${table}" WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`);
    return rows[0] ? { seq: Number(rows[0].seq), hash: String(rows[0].hash) } : null;
  } catch {
    return null; // a database from before that chain existed
  }
}

export async function headsOf(query: Query): Promise<Manifest['heads']> {
  return { ledger: await head(query, 'points_entries'), decisions: await head(query, 'decisions') };
}
