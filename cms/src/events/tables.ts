// Monthly totals per unit (a township, or a county department) kept in the same transaction as each
// event transition, so the assessment is an index read of ≤ 2 rows per unit, never a scan of events.
// Derived data: Strapi does not manage this table; `rebuildEventTotals` recomputes it.
import type { Knex } from 'knex';

export const EVENT_TOTALS = 'events_unit_months';

export type UnitKind = 'township' | 'department';

export async function ensureEventTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(EVENT_TOTALS))) {
    await knex.schema.createTable(EVENT_TOTALS, (t) => {
      t.string('unit_kind', 12).notNullable();
      t.integer('unit_id').notNullable();
      /** month the assignment was made, China time ('YYYY-MM') */
      t.string('month', 7).notNullable();
      t.integer('volume').notNullable().defaultTo(0);
      t.integer('finished').notNullable().defaultTo(0);
      t.integer('on_time').notNullable().defaultTo(0);
      t.integer('returned').notNullable().defaultTo(0);
      t.integer('sat_sum').notNullable().defaultTo(0);
      t.integer('sat_count').notNullable().defaultTo(0);
      t.integer('satisfied').notNullable().defaultTo(0);
      t.primary(['unit_kind', 'month', 'unit_id']);
    });
  }
  // Open items past their deadline are counted at assessment time from this index (state, month,
  // deadline): a range read of the open rows of one month, not a scan.
  await knex.raw('CREATE INDEX IF NOT EXISTS event_assignments_open_idx ON event_assignments (state, month, deadline)');
  await knex.raw('CREATE INDEX IF NOT EXISTS event_assignments_township_idx ON event_assignments (township_ref, state)');
  await knex.raw('CREATE INDEX IF NOT EXISTS event_assignments_department_idx ON event_assignments (department_ref, state)');
  await knex.raw('CREATE INDEX IF NOT EXISTS events_state_idx ON events (state, reported_at)');
  await knex.raw('CREATE INDEX IF NOT EXISTS events_reported_idx ON events (reported_at)');
  await knex.raw('CREATE INDEX IF NOT EXISTS grid_visits_at_idx ON grid_visits (visited_at)');
}

export interface TotalDelta {
  unitKind: UnitKind;
  unitId: number;
  month: string;
  volume?: number;
  finished?: number;
  onTime?: number;
  returned?: number;
  satSum?: number;
  satCount?: number;
  satisfied?: number;
}

const COLUMNS: Array<[keyof TotalDelta, string]> = [
  ['volume', 'volume'], ['finished', 'finished'], ['onTime', 'on_time'], ['returned', 'returned'],
  ['satSum', 'sat_sum'], ['satCount', 'sat_count'], ['satisfied', 'satisfied'],
];

/** Adds the deltas (merged per key first) with one upsert per row. SQLite ≥ 3.24 and PostgreSQL. */
export async function addTotals(knex: Knex, deltas: TotalDelta[]): Promise<void> {
  const merged = new Map<string, Record<string, unknown>>();
  for (const d of deltas) {
    const key = `${d.unitKind}|${d.unitId}|${d.month}`;
    const row = merged.get(key) ?? { unit_kind: d.unitKind, unit_id: d.unitId, month: d.month, ...Object.fromEntries(COLUMNS.map(([, c]) => [c, 0])) };
    for (const [k, c] of COLUMNS) row[c] = (row[c] as number) + ((d[k] as number | undefined) ?? 0);
    merged.set(key, row);
  }
  if (!merged.size) return;
  const merge: Record<string, Knex.Raw> = {};
  for (const [, c] of COLUMNS) merge[c] = knex.raw('??.?? + excluded.??', [EVENT_TOTALS, c, c]);
  await knex(EVENT_TOTALS).insert([...merged.values()]).onConflict(['unit_kind', 'month', 'unit_id']).merge(merge);
}
