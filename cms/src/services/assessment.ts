// The approvals assessment per township per month: volume, 办结率, 按时率, 满意率, 退件率 from the kept
// monthly totals; the only read of cases is the count of open cases already past their due day
// (they count as late, so leaving cases open never helps), which the (status, due_on) index serves.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import { assess, formatPerMille, type Counts } from '../domain/assessment/formulas';
import { TOTALS } from './tables';
import { CASE } from './rules';
import { assessmentRules } from '../assessment/rules';

type Row = Record<string, any>;

export interface AssessmentFilter {
  year: number;
  month?: string;
  townshipIds?: number[] | null;
}

export interface AssessmentRow {
  township: { id: string; name: string; code: string };
  month: string;
  volume: number;
  finished: number;
  finishedOnTime: number;
  returned: number;
  open: number;
  openOverdue: number;
  refused: number;
  rated: number;
  satisfactionAverage: number | null;
  rates: Record<string, { num: number; den: number; permille: number | null; text: string }>;
}

/** The status buckets and satisfaction counters of one township-month. */
export function countsOf(t: Row, overdue: number, satisfiedFrom: number): Counts {
  const finished = Number(t.finished);
  const onTime = Number(t.finished_on_time);
  const returned = Number(t.returned);
  const open = Number(t.cases) - finished - returned;
  let satisfied = 0;
  let unsatisfied = 0;
  for (let s = 1; s <= 5; s++) (s >= satisfiedFrom ? (satisfied += Number(t[`score_${s}`])) : (unsatisfied += Number(t[`score_${s}`])));
  return {
    finished_on_time: onTime, finished_late: finished - onTime, returned,
    open_overdue: overdue, open_in_time: open - overdue, satisfied, unsatisfied,
  };
}

export async function servicesAssessment(strapi: Core.Strapi, knex: Knex, f: AssessmentFilter, today: string): Promise<AssessmentRow[]> {
  const rules = await assessmentRules(strapi);
  const q = knex(TOTALS).where('year', f.year);
  if (f.month) q.where('month', f.month);
  if (f.townshipIds) q.whereIn('township_id', f.townshipIds);
  const totals: Row[] = await q.orderBy([{ column: 'township_id' }, { column: 'month' }]);
  const lnk = linkTable(strapi, CASE, 'township');
  const oq = knex(`${tableOf(strapi, CASE)} as c`).join(`${lnk.table} as l`, `l.${lnk.owner}`, 'c.id')
    .where('c.status', 'received').where('c.due_on', '<', today).where('c.month', 'like', `${f.year}-%`)
    .groupBy(`l.${lnk.target}`, 'c.month').select({ township: `l.${lnk.target}`, month: 'c.month' }).count({ n: '*' });
  if (f.month) oq.where('c.month', f.month);
  if (f.townshipIds) oq.whereIn(`l.${lnk.target}`, f.townshipIds);
  const overdue = new Map<string, number>((await oq).map((r: Row) => [`${r.township}:${r.month}`, Number(r.n)]));
  const towns = new Map<number, Row>((await knex(tableOf(strapi, 'api::township.township')).select('id', 'document_id', 'name', 'code')).map((t: Row) => [Number(t.id), t]));
  return totals.filter((t) => towns.has(Number(t.township_id))).map((t) => {
    const counts = countsOf(t, overdue.get(`${t.township_id}:${t.month}`) ?? 0, rules.satisfiedFrom);
    const a = assess(counts, rules);
    const town = towns.get(Number(t.township_id))!;
    const n = Number(t.satisfaction_count);
    return {
      township: { id: town.document_id, name: town.name, code: town.code },
      month: t.month,
      volume: a.volume,
      finished: Number(t.finished),
      finishedOnTime: Number(t.finished_on_time),
      returned: Number(t.returned),
      open: a.open,
      openOverdue: counts.open_overdue ?? 0,
      refused: Number(t.refused),
      rated: n,
      satisfactionAverage: n ? Math.round((Number(t.satisfaction_sum) / n) * 100) / 100 : null,
      rates: Object.fromEntries(Object.entries(a.rates).map(([k, r]) => [k, { ...r, text: formatPerMille(r.permille) }])),
    };
  });
}
