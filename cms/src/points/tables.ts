// Totals kept in the same transaction as each ledger write, so balances and ranks are index reads,
// never sums over the ledger. These tables are derived data: Strapi does not manage them, and
// `rebuildTotals` can recompute them from the approved entries at any time.
import type { Knex } from 'knex';

export const T = {
  memberYears: 'points_member_years',
  memberMonths: 'points_member_months',
  rulePeriods: 'points_member_rule_periods',
  branchYears: 'points_branch_years',
  bulkRequests: 'points_bulk_requests',
  /** a closed year's published results (closing.ts) */
  yearMembers: 'points_year_members',
  yearBranches: 'points_year_branches',
} as const;

export async function ensureTables(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasTable(T.memberYears))) {
    await knex.schema.createTable(T.memberYears, (t) => {
      t.integer('member_id').notNullable();
      t.integer('year').notNullable();
      t.integer('township_id');
      t.integer('branch_id');
      t.integer('total_tenths').notNullable().defaultTo(0);
      /** base and deduction categories together: what floors at zero */
      t.integer('base_tenths').notNullable().defaultTo(0);
      t.primary(['member_id', 'year']);
      t.index(['township_id', 'year', 'total_tenths'], `${T.memberYears}_township`);
      t.index(['branch_id', 'year', 'total_tenths'], `${T.memberYears}_branch`);
    });
  }
  if (!(await knex.schema.hasTable(T.memberMonths))) {
    await knex.schema.createTable(T.memberMonths, (t) => {
      t.integer('member_id').notNullable();
      t.integer('year').notNullable();
      t.integer('month').notNullable();
      t.integer('total_tenths').notNullable().defaultTo(0);
      t.primary(['member_id', 'year', 'month']);
    });
  }
  if (!(await knex.schema.hasTable(T.rulePeriods))) {
    await knex.schema.createTable(T.rulePeriods, (t) => {
      t.integer('member_id').notNullable();
      t.integer('rule_id').notNullable();
      t.string('period', 10).notNullable();
      t.integer('approved_tenths').notNullable().defaultTo(0);
      t.integer('pending_tenths').notNullable().defaultTo(0);
      t.primary(['member_id', 'rule_id', 'period']);
    });
  }
  if (!(await knex.schema.hasTable(T.branchYears))) {
    await knex.schema.createTable(T.branchYears, (t) => {
      t.integer('branch_id').notNullable();
      t.integer('year').notNullable();
      t.integer('township_id');
      t.integer('own_tenths').notNullable().defaultTo(0);
      t.primary(['branch_id', 'year']);
      t.index(['township_id', 'year'], `${T.branchYears}_township`);
    });
  }
  if (!(await knex.schema.hasTable(T.bulkRequests))) {
    await knex.schema.createTable(T.bulkRequests, (t) => {
      t.string('idempotency_key', 80).primary();
      t.integer('user_id');
      t.string('username', 255);
      t.text('response').notNullable();
      t.timestamp('created_at').notNullable();
    });
  }
  if (!(await knex.schema.hasTable(T.yearMembers))) {
    await knex.schema.createTable(T.yearMembers, (t) => {
      t.integer('year').notNullable();
      t.integer('member_id').notNullable();
      t.integer('branch_id');
      t.integer('township_id');
      t.integer('total_tenths').notNullable();
      t.integer('rank_county').notNullable();
      t.integer('rank_township').notNullable();
      t.integer('rank_branch').notNullable();
      t.string('grade', 20);
      t.primary(['year', 'member_id']);
      t.index(['year', 'rank_county'], `${T.yearMembers}_county`);
      t.index(['year', 'township_id', 'rank_township'], `${T.yearMembers}_township`);
      t.index(['year', 'branch_id', 'rank_branch'], `${T.yearMembers}_branch`);
    });
  }
  if (!(await knex.schema.hasTable(T.yearBranches))) {
    await knex.schema.createTable(T.yearBranches, (t) => {
      t.integer('year').notNullable();
      t.integer('branch_id').notNullable();
      t.integer('members_tenths').notNullable();
      t.integer('own_tenths').notNullable();
      t.integer('total_tenths').notNullable();
      t.integer('rank_county').notNullable();
      t.integer('stars').notNullable();
      t.primary(['year', 'branch_id']);
    });
  }
  // Tables from before replays were tied to their caller.
  if (!(await knex.schema.hasColumn(T.bulkRequests, 'username'))) {
    await knex.schema.alterTable(T.bulkRequests, (t) => t.string('username', 255));
  }
  // The county-wide ranking counts who scored more in a year across every township.
  await knex.raw(`CREATE INDEX IF NOT EXISTS ${T.memberYears}_county ON ${T.memberYears} (year, total_tenths)`);
  // No forks: two approvals can never take the same place in the chain. NULLs (pending) are allowed.
  await knex.raw('CREATE UNIQUE INDEX IF NOT EXISTS points_entries_seq_unique ON points_entries (seq)');
  await knex.raw('CREATE INDEX IF NOT EXISTS points_entries_status_idx ON points_entries (status, occurred_on)');
}

/** Adds to a row keyed by `key`, creating it at zero first. Works on SQLite and PostgreSQL. */
export async function addTo(knex: Knex, table: string, key: Record<string, unknown>, deltas: Record<string, number>, extra: Record<string, unknown> = {}): Promise<void> {
  const merge: Record<string, Knex.Raw> = {};
  for (const [col, d] of Object.entries(deltas)) merge[col] = knex.raw('??.?? + ?', [table, col, d]);
  await knex(table).insert({ ...key, ...extra, ...deltas }).onConflict(Object.keys(key)).merge(merge);
}
