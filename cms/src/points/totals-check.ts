// The kept totals recomputed from the ledger itself: every member's year (total and base) and month,
// every member × rule × cap period (approved and pending, what caps are checked against) and every
// branch's own points. Used by `npm run ledger:verify -- --totals` and the tests after crashes and
// concurrent writes: the totals are right when this finds nothing. Grouped SQL, read once.
import type { Knex } from 'knex';
import { periodKey, type PeriodKind } from '../domain/points/periods';
import { T } from './tables';

export interface TotalsMismatch {
  table: string;
  key: string;
  kept: number;
  ledger: number;
}

const n = (v: unknown) => Number(v ?? 0);

export async function checkTotals(knex: Knex): Promise<{ ok: boolean; checked: number; mismatches: TotalsMismatch[] }> {
  const rules = new Map<number, { category: string; capPeriod: PeriodKind }>(
    (await knex('points_rules').select('id', 'category', 'cap_period')).map((r: any) => [Number(r.id), { category: r.category, capPeriod: r.cap_period }]),
  );
  // One pass over the ledger, grouped by what the totals are keyed by.
  const groups: any[] = await knex('points_entries')
    .whereIn('status', ['approved', 'pending'])
    .groupBy('status', 'member_ref', 'organisation_ref', 'rule_ref', 'occurred_on')
    .select('status', 'member_ref', 'organisation_ref', 'rule_ref', 'occurred_on')
    .sum({ tenths: 'points_tenths' });

  const expected = {
    years: new Map<string, { total: number; base: number }>(),
    months: new Map<string, number>(),
    rulePeriods: new Map<string, { approved: number; pending: number }>(),
    branches: new Map<string, number>(),
  };
  for (const g of groups) {
    const day = typeof g.occurred_on === 'string' ? g.occurred_on.slice(0, 10) : new Date(g.occurred_on).toISOString().slice(0, 10);
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const tenths = n(g.tenths);
    const rule = rules.get(Number(g.rule_ref));
    const member = g.member_ref == null ? null : Number(g.member_ref);
    if (member != null && rule) {
      const rp = `${member}/${g.rule_ref}/${periodKey(rule.capPeriod, day)}`;
      const cur = expected.rulePeriods.get(rp) ?? { approved: 0, pending: 0 };
      if (g.status === 'approved') cur.approved += tenths;
      else cur.pending += tenths;
      expected.rulePeriods.set(rp, cur);
    }
    if (g.status !== 'approved') continue;
    if (member != null) {
      const y = expected.years.get(`${member}/${year}`) ?? { total: 0, base: 0 };
      y.total += tenths;
      if (rule && (rule.category === 'base' || rule.category === 'deduction')) y.base += tenths;
      expected.years.set(`${member}/${year}`, y);
      expected.months.set(`${member}/${year}/${month}`, (expected.months.get(`${member}/${year}/${month}`) ?? 0) + tenths);
    } else if (g.organisation_ref != null) {
      const k = `${g.organisation_ref}/${year}`;
      expected.branches.set(k, (expected.branches.get(k) ?? 0) + tenths);
    }
  }

  const mismatches: TotalsMismatch[] = [];
  let checked = 0;
  const compare = (table: string, kept: Map<string, number>, ledger: Map<string, number>) => {
    for (const key of new Set([...kept.keys(), ...ledger.keys()])) {
      checked++;
      const k = kept.get(key) ?? 0;
      const l = ledger.get(key) ?? 0;
      if (k !== l && mismatches.length < 100) mismatches.push({ table, key, kept: k, ledger: l });
    }
  };
  const map = <R>(rows: R[], key: (r: R) => string, value: (r: R) => number) => new Map(rows.map((r) => [key(r), value(r)]));
  const years: any[] = await knex(T.memberYears).select('member_id', 'year', 'total_tenths', 'base_tenths');
  compare(`${T.memberYears}.total_tenths`, map(years, (r) => `${r.member_id}/${r.year}`, (r) => n(r.total_tenths)), new Map([...expected.years].map(([k, v]) => [k, v.total])));
  compare(`${T.memberYears}.base_tenths`, map(years, (r) => `${r.member_id}/${r.year}`, (r) => n(r.base_tenths)), new Map([...expected.years].map(([k, v]) => [k, v.base])));
  const months: any[] = await knex(T.memberMonths).select('member_id', 'year', 'month', 'total_tenths');
  compare(T.memberMonths, map(months, (r) => `${r.member_id}/${r.year}/${r.month}`, (r) => n(r.total_tenths)), expected.months);
  const periods: any[] = await knex(T.rulePeriods).select('member_id', 'rule_id', 'period', 'approved_tenths', 'pending_tenths');
  compare(`${T.rulePeriods}.approved_tenths`, map(periods, (r) => `${r.member_id}/${r.rule_id}/${r.period}`, (r) => n(r.approved_tenths)), new Map([...expected.rulePeriods].map(([k, v]) => [k, v.approved])));
  compare(`${T.rulePeriods}.pending_tenths`, map(periods, (r) => `${r.member_id}/${r.rule_id}/${r.period}`, (r) => n(r.pending_tenths)), new Map([...expected.rulePeriods].map(([k, v]) => [k, v.pending])));
  const branches: any[] = await knex(T.branchYears).select('branch_id', 'year', 'own_tenths');
  compare(T.branchYears, map(branches, (r) => `${r.branch_id}/${r.year}`, (r) => n(r.own_tenths)), expected.branches);
  return { ok: mismatches.length === 0, checked, mismatches };
}
