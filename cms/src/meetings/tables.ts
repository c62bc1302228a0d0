// Totals kept in the same transaction as each finalisation or correction, so compliance and
// attendance rates are index reads, never scans of meetings or attendance rows. Derived data:
// Strapi does not manage these tables and `rebuildKind` recomputes them from the meetings.
import type { Knex } from 'knex';

export const MT = {
  /** one row per organisation × meeting kind × period that has a counted meeting */
  orgPeriods: 'meetings_org_periods',
  /** organisations per township × kind × period that reached the required count */
  townshipPeriods: 'meetings_township_periods',
  /** each member's attendance per year */
  memberYears: 'meetings_member_years',
} as const;

export async function ensureMeetingTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(MT.orgPeriods))) {
    await knex.schema.createTable(MT.orgPeriods, (t) => {
      t.integer('organisation_id').notNullable();
      t.string('kind', 40).notNullable();
      t.string('period', 10).notNullable();
      t.integer('year').notNullable();
      /** the organisation's township when the meeting was finalised */
      t.integer('township_id');
      t.integer('held').notNullable().defaultTo(0);
      t.integer('late').notNullable().defaultTo(0);
      t.integer('due').notNullable().defaultTo(0);
      t.integer('present').notNullable().defaultTo(0);
      t.integer('excused').notNullable().defaultTo(0);
      t.integer('absent').notNullable().defaultTo(0);
      t.primary(['organisation_id', 'kind', 'period']);
      t.index(['organisation_id', 'year'], `${MT.orgPeriods}_org_year`);
      t.index(['year', 'kind'], `${MT.orgPeriods}_year_kind`);
    });
  }
  if (!(await knex.schema.hasTable(MT.townshipPeriods))) {
    await knex.schema.createTable(MT.townshipPeriods, (t) => {
      t.integer('township_id').notNullable();
      t.string('kind', 40).notNullable();
      t.string('period', 10).notNullable();
      t.integer('year').notNullable();
      t.integer('met').notNullable().defaultTo(0);
      t.integer('due').notNullable().defaultTo(0);
      t.integer('present').notNullable().defaultTo(0);
      t.primary(['township_id', 'kind', 'period']);
      t.index(['year'], `${MT.townshipPeriods}_year`);
    });
  }
  if (!(await knex.schema.hasTable(MT.memberYears))) {
    await knex.schema.createTable(MT.memberYears, (t) => {
      t.integer('member_id').notNullable();
      t.integer('year').notNullable();
      t.integer('due').notNullable().defaultTo(0);
      t.integer('present').notNullable().defaultTo(0);
      t.integer('excused').notNullable().defaultTo(0);
      t.integer('absent').notNullable().defaultTo(0);
      t.primary(['member_id', 'year']);
    });
  }
  // Lookups the finalise and 我的参会 paths make; Strapi indexes the link tables itself.
  await knex.raw('CREATE INDEX IF NOT EXISTS meetings_status_kind_idx ON meetings (status, kind, held_on)');
  await knex.raw('CREATE INDEX IF NOT EXISTS meetings_series_idx ON meetings (series)');
  await knex.raw('CREATE INDEX IF NOT EXISTS meeting_attendances_org_idx ON meeting_attendances (organisation_ref)');
  await knex.raw('CREATE INDEX IF NOT EXISTS meeting_attendances_township_idx ON meeting_attendances (township_ref)');
  // One attendance entry per meeting, member and version of the meeting: a retried finalisation
  // or correction cannot post twice (the key counts the member's originals in the series).
  await knex.raw("CREATE UNIQUE INDEX IF NOT EXISTS points_entries_meeting_key ON points_entries (idempotency_key) WHERE idempotency_key LIKE 'meeting:%'");
}

export type Deltas = Record<string, number>;

/**
 * Adds each row's deltas to the row with its key, creating it at zero first; one statement per
 * chunk. Rows must share their columns. Works on SQLite (≥ 3.24) and PostgreSQL.
 */
export async function addToMany(knex: Knex, table: string, keys: string[], rows: Array<Record<string, unknown>>, deltaColumns: string[]): Promise<void> {
  if (!rows.length) return;
  const merge: Record<string, Knex.Raw> = {};
  for (const col of deltaColumns) merge[col] = knex.raw('??.?? + excluded.??', [table, col, col]);
  for (let i = 0; i < rows.length; i += 300) {
    await knex(table).insert(rows.slice(i, i + 300)).onConflict(keys).merge(merge);
  }
}
