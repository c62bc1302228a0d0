// Monthly totals per township, kept in the same transaction as every case write (receipt, refusal,
// finishing, return, rating), so the assessment reads 13 × 12 rows, never the cases. Derived data:
// `rebuildTotals` recomputes them from the cases (the seed uses it after its bulk insert).
import type { Knex } from 'knex';

export const TOTALS = 'services_township_months';

/** Counters of one township × month (the month the case was received in, China time). */
export const TOTAL_COLUMNS = ['cases', 'refused', 'finished', 'finished_on_time', 'returned', 'satisfaction_sum', 'satisfaction_count',
  'score_1', 'score_2', 'score_3', 'score_4', 'score_5'] as const;
export type TotalColumn = (typeof TOTAL_COLUMNS)[number];
export type TotalDeltas = Partial<Record<TotalColumn, number>>;

export async function ensureServiceTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(TOTALS))) {
    await knex.schema.createTable(TOTALS, (t) => {
      t.integer('township_id').notNullable();
      t.string('month', 7).notNullable();
      t.integer('year').notNullable();
      for (const c of TOTAL_COLUMNS) t.integer(c).notNullable().defaultTo(0);
      t.primary(['township_id', 'month']);
      t.index(['year'], `${TOTALS}_year`);
    });
  }
  // The hall screen lists a hall's open cases; the assessment counts open cases past their due day.
  if (await knex.schema.hasTable('approval_cases')) {
    await knex.raw('CREATE INDEX IF NOT EXISTS approval_cases_status_due_idx ON approval_cases (status, due_on)');
    await knex.raw('CREATE INDEX IF NOT EXISTS approval_cases_month_idx ON approval_cases (month)');
    await knex.raw('CREATE INDEX IF NOT EXISTS approval_cases_received_idx ON approval_cases (received_at)');
  }
}

/** Adds deltas to a township's month, creating the row at zero first (SQLite ≥ 3.24 and PostgreSQL). */
export async function addTotals(knex: Knex, townshipId: number, month: string, deltas: TotalDeltas): Promise<void> {
  const cols = Object.keys(deltas).filter((c) => deltas[c as TotalColumn]) as TotalColumn[];
  if (!cols.length) return;
  const merge: Record<string, Knex.Raw> = {};
  for (const c of cols) merge[c] = knex.raw('??.?? + excluded.??', [TOTALS, c, c]);
  await knex(TOTALS).insert({ township_id: townshipId, month, year: Number(month.slice(0, 4)), ...deltas }).onConflict(['township_id', 'month']).merge(merge);
}

/** What one case adds to its month, by its current state. */
export function deltasOf(c: { status: string; onTime?: boolean | null; satisfaction?: number | null }): TotalDeltas {
  if (c.status === 'refused') return { refused: 1 };
  const d: TotalDeltas = { cases: 1 };
  if (c.status === 'finished') {
    d.finished = 1;
    if (c.onTime) d.finished_on_time = 1;
  }
  if (c.status === 'returned') d.returned = 1;
  if (c.satisfaction != null) {
    d.satisfaction_sum = c.satisfaction;
    d.satisfaction_count = 1;
    d[`score_${c.satisfaction}` as TotalColumn] = 1;
  }
  return d;
}

/** Recomputes every township's months from the cases, in one grouped statement. */
export async function rebuildTotals(knex: Knex, lnk: { table: string; owner: string; target: string }): Promise<void> {
  const n = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;
  await knex(TOTALS).delete();
  await knex.raw(`INSERT INTO ${TOTALS} (township_id, month, year, ${TOTAL_COLUMNS.join(', ')})
    SELECT l."${lnk.target}", c.month, CAST(SUBSTR(c.month, 1, 4) AS INTEGER),
      ${n("c.status <> 'refused'")}, ${n("c.status = 'refused'")}, ${n("c.status = 'finished'")},
      ${n("c.status = 'finished' AND c.on_time")}, ${n("c.status = 'returned'")},
      COALESCE(SUM(c.satisfaction), 0), COUNT(c.satisfaction),
      ${n('c.satisfaction = 1')}, ${n('c.satisfaction = 2')}, ${n('c.satisfaction = 3')}, ${n('c.satisfaction = 4')}, ${n('c.satisfaction = 5')}
    FROM approval_cases c JOIN "${lnk.table}" l ON l."${lnk.owner}" = c.id
    WHERE c.month IS NOT NULL
    GROUP BY l."${lnk.target}", c.month`);
}
