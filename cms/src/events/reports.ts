// Read side of command and dispatch: the township centre's board, the monthly assessment per
// township or county department (from the kept totals plus an indexed count of open items already
// past their deadline), and the 四个一 visit cadence per grid and person.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../db/knex';
import { linkTable, tableOf } from '../db/link-tables';
import type { Principal } from '../scoping/principal';
import { narrowToScope } from '../scoping/scope-sql';
import { addCounts, assess, type Counts } from '../domain/assessment/formulas';
import { assessmentRules } from '../assessment/rules';
import { addDays, chinaDay } from '../domain/calendar/days';
import { cadenceFor } from '../domain/events/dispatch-rules';
import { checkVisits } from '../domain/events/visits';
import { forbid, refuse, roleOf, visibleRow } from '../meetings/access';
import { dispatchContext } from './rules';
import { EVENT_TOTALS } from './tables';
import { isoOf, timeValue } from './db';
import { ASSIGNMENT, EVENT } from './transitions';

type Row = Record<string, any>;

export function monthParam(v: unknown, now = new Date()): string {
  if (v == null || v === '') return chinaDay(now.toISOString()).slice(0, 7);
  if (typeof v !== 'string' || !/^20\d\d-(0[1-9]|1[0-2])$/.test(v)) refuse('月份应为 YYYY-MM 格式，如 2026-05', { param: 'month' });
  return v as string;
}

export interface UnitAssessment {
  unitId: number;
  id: string;
  name: string;
  counts: Counts;
  volume: number;
  open: number;
  rates: Record<string, { num: number; den: number; permille: number | null }>;
  /** average rating ×10, rounded down; null without ratings */
  satisfactionAvgTenths: number | null;
}

/**
 * GET /api/event-reports/assessment?month=YYYY-MM&by=township|department. The county sees every
 * unit; a township its own row; a county department its own row.
 */
export async function assessment(strapi: Core.Strapi, p: Principal, query: Row, now = new Date()) {
  const month = monthParam(query.month, now);
  const by = query.by ?? 'township';
  if (by !== 'township' && by !== 'department') refuse('by 应为 township 或 department', { param: 'by' });
  const role = roleOf(p);
  let only: number[] | null = null;
  if (role === 'township' && p.kind === 'user') {
    if (by !== 'township') forbid('乡镇（街道）只能查看本乡镇的考核');
    only = p.townshipIds;
  } else if (role === 'department' && p.kind === 'user') {
    if (by !== 'department') forbid('县直部门只能查看本部门的考核');
    only = p.departmentIds;
  } else if (role !== 'county') {
    forbid('无权查看指挥调度考核');
  }
  const rules = { assessment: await assessmentRules(strapi) };
  return withKnex(strapi, async (knex) => {
    const unitTable = by === 'township' ? tableOf(strapi, 'api::township.township') : tableOf(strapi, 'api::county-department.county-department');
    let units = knex(unitTable).select('id', 'document_id', by === 'township' ? 'name' : 'short_name as name').orderBy(by === 'township' ? 'code' : 'code');
    if (only) units = units.whereIn('id', only);
    let totals = knex(EVENT_TOTALS).where({ unit_kind: by, month }).select('*');
    if (only) totals = totals.whereIn('unit_id', only);
    const refColumn = by === 'township' ? 'township_ref' : 'department_ref';
    let overdue = knex(tableOf(strapi, ASSIGNMENT)).where({ state: 'open', month }).where('deadline', '<', timeValue(knex, now.toISOString()) as any)
      .groupBy(refColumn).select(`${refColumn} as unit`).count({ n: '*' });
    overdue = by === 'township' ? overdue.whereNull('department_ref') : overdue.whereNotNull('department_ref');
    if (only) overdue = overdue.whereIn(refColumn, only);
    const [unitRows, totalRows, overdueRows] = [await units, await totals, await overdue];
    const kept = new Map<number, Row>(totalRows.map((r: Row) => [Number(r.unit_id), r]));
    const late = new Map<number, number>(overdueRows.map((r: Row) => [Number(r.unit), Number(r.n)]));
    const rows: UnitAssessment[] = unitRows.map((u: Row) => {
      const t = kept.get(Number(u.id));
      const counts = countsOf(t, late.get(Number(u.id)) ?? 0);
      const a = assess(counts, rules.assessment);
      const satCount = Number(t?.sat_count ?? 0);
      return {
        unitId: Number(u.id), id: u.document_id, name: u.name, counts, volume: a.volume, open: a.open, rates: a.rates,
        satisfactionAvgTenths: satCount ? Math.floor((Number(t!.sat_sum) * 10) / satCount) : null,
      };
    });
    const all = addCounts(...rows.map((r) => r.counts));
    const total = assess(all, rules.assessment);
    return {
      month, by, asOf: now.toISOString(),
      formulas: rules.assessment.formulas.map((f) => ({ code: f.code, label: f.label })),
      rows,
      total: { counts: all, volume: total.volume, open: total.open, rates: total.rates },
    };
  });
}

/** The domain's counters from a kept row and the open items past their deadline now. */
export function countsOf(t: Row | undefined, openOverdue: number): Counts {
  const volume = Number(t?.volume ?? 0);
  const finished = Number(t?.finished ?? 0);
  const onTime = Number(t?.on_time ?? 0);
  const returned = Number(t?.returned ?? 0);
  const satCount = Number(t?.sat_count ?? 0);
  const satisfied = Number(t?.satisfied ?? 0);
  return {
    finished_on_time: onTime,
    finished_late: finished - onTime,
    returned,
    open_overdue: openOverdue,
    open_in_time: Math.max(0, volume - finished - returned - openOverdue),
    satisfied,
    unsatisfied: satCount - satisfied,
  };
}

export const BOARD_TABS = ['new', 'assigned', 'overdue', 'escalated', 'handled', 'closed'] as const;
type Tab = (typeof BOARD_TABS)[number];
const TAB_STATE: Record<Exclude<Tab, 'overdue'>, string> = { new: 'reported', assigned: 'in_progress', escalated: 'escalated', handled: 'handled', closed: 'closed' };

/** Ids of events holding an open assignment past its deadline (index on assignments' state and deadline). */
function overdueEventIds(strapi: Core.Strapi, knex: Knex, now: Date) {
  const l = linkTable(strapi, ASSIGNMENT, 'event');
  return knex(l.table).select(l.target).whereIn(l.owner,
    knex(tableOf(strapi, ASSIGNMENT)).select('id').where('state', 'open').where('deadline', '<', timeValue(knex, now.toISOString()) as any));
}

/**
 * GET /api/event-reports/board?tab=new|assigned|overdue|escalated|handled|closed&start=0&limit=50:
 * counts per tab in the caller's scope, and one page of the tab with names and open assignments.
 */
export async function board(strapi: Core.Strapi, p: Principal, query: Row, now = new Date()) {
  const role = roleOf(p);
  if (!['county', 'township', 'branch', 'department'].includes(role ?? '')) forbid('无权查看事件调度台');
  const tab = (query.tab ?? 'new') as Tab;
  if (!BOARD_TABS.includes(tab)) refuse(`tab 应为 ${BOARD_TABS.join('、')} 之一`, { param: 'tab' });
  const start = Number(query.start ?? 0);
  const limit = Number(query.limit ?? 50);
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(limit) || limit < 1 || limit > 200) refuse('分页参数无效（limit 1–200）', { param: 'limit' });
  return withKnex(strapi, async (knex) => {
    const events = tableOf(strapi, EVENT);
    const scoped = () => narrowToScope(strapi, knex, p, EVENT, knex(events), `${events}.id`);
    const counts: Record<string, number> = {};
    const byState = await scoped().groupBy('state').select('state').count({ n: '*' });
    for (const t of BOARD_TABS) if (t !== 'overdue') counts[t] = 0;
    for (const r of byState as Row[]) {
      const tabName = (Object.entries(TAB_STATE).find(([, s]) => s === r.state) ?? [])[0];
      if (tabName) counts[tabName] = Number(r.n);
    }
    counts.overdue = Number(((await scoped().whereIn(`${events}.id`, overdueEventIds(strapi, knex, now)).count({ n: '*' }).first()) as Row)?.n ?? 0);

    let page = scoped().select(`${events}.id`, `${events}.document_id`, `${events}.code`, `${events}.category`, `${events}.description`, `${events}.source`,
      `${events}.state`, `${events}.mode`, `${events}.reported_at`, `${events}.reporter_name`);
    page = tab === 'overdue' ? page.whereIn(`${events}.id`, overdueEventIds(strapi, knex, now)) : page.where(`${events}.state`, TAB_STATE[tab]);
    const rows: Row[] = await page.orderBy(`${events}.reported_at`, tab === 'closed' ? 'desc' : 'asc').orderBy(`${events}.id`).offset(start).limit(limit);
    const ids = rows.map((r) => Number(r.id));
    const names = await placeNames(strapi, knex, ids);
    const assignments = await openAssignments(strapi, knex, ids);
    return {
      tab, counts, total: counts[tab],
      rows: rows.map((r) => ({
        id: r.document_id, code: r.code, category: r.category, description: r.description, source: r.source, state: r.state, mode: r.mode,
        reportedAt: isoOf(r.reported_at), reporterName: r.reporter_name, ...names.get(Number(r.id)),
        assignments: (assignments.get(Number(r.id)) ?? []).map((a) => ({ ...a, overdue: a.state === 'open' && a.deadline < now.toISOString() })),
      })),
    };
  });
}

async function placeNames(strapi: Core.Strapi, knex: Knex, ids: number[]): Promise<Map<number, { grid: string; gridCode: string; township: string; townshipId: string }>> {
  const out = new Map<number, { grid: string; gridCode: string; township: string; townshipId: string }>();
  if (!ids.length) return out;
  const g = linkTable(strapi, EVENT, 'grid');
  const t = linkTable(strapi, EVENT, 'township');
  const rows: Row[] = await knex(g.table)
    .join(tableOf(strapi, 'api::grid.grid') + ' as gr', 'gr.id', `${g.table}.${g.target}`)
    .leftJoin(t.table, `${t.table}.${t.owner}`, `${g.table}.${g.owner}`)
    .leftJoin(tableOf(strapi, 'api::township.township') + ' as tw', 'tw.id', `${t.table}.${t.target}`)
    .whereIn(`${g.table}.${g.owner}`, ids)
    .select(`${g.table}.${g.owner} as event_id`, 'gr.name as grid', 'gr.code as grid_code', 'tw.name as township', 'tw.document_id as township_doc');
  for (const r of rows) out.set(Number(r.event_id), { grid: r.grid, gridCode: r.grid_code, township: r.township, townshipId: r.township_doc });
  return out;
}

async function openAssignments(strapi: Core.Strapi, knex: Knex, ids: number[]) {
  const out = new Map<number, Array<{ id: string; level: string; mode: string; assignee: string; deadline: string; state: string; reason: string | null }>>();
  if (!ids.length) return out;
  const l = linkTable(strapi, ASSIGNMENT, 'event');
  const a = tableOf(strapi, ASSIGNMENT);
  const rows: Row[] = await knex(a).join(l.table, `${l.table}.${l.owner}`, `${a}.id`).whereIn(`${l.table}.${l.target}`, ids)
    .select(`${l.table}.${l.target} as event_id`, `${a}.document_id`, `${a}.level`, `${a}.mode`, `${a}.assignee_key`, `${a}.deadline`, `${a}.state`, `${a}.reason`).orderBy(`${a}.id`);
  const names = await assigneeNames(strapi, knex, rows.map((r) => r.assignee_key));
  for (const r of rows) {
    const list = out.get(Number(r.event_id)) ?? [];
    list.push({ id: r.document_id, level: r.level, mode: r.mode, assignee: names.get(r.assignee_key) ?? r.assignee_key, deadline: isoOf(r.deadline)!, state: r.state, reason: r.reason ?? null });
    out.set(Number(r.event_id), list);
  }
  return out;
}

async function assigneeNames(strapi: Core.Strapi, knex: Knex, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const idsOf = (k: string) => [...new Set(keys.filter((x) => x?.startsWith(`${k}:`)).map((x) => Number(x.slice(2))))];
  const pairs: Array<[string, string, string]> = [['g', 'api::grid.grid', 'name'], ['o', 'api::office.office', 'name'], ['d', 'api::county-department.county-department', 'short_name']];
  for (const [k, uid, col] of pairs) {
    const ids = idsOf(k);
    if (!ids.length) continue;
    for (const r of await knex(tableOf(strapi, uid)).whereIn('id', ids).select('id', `${col} as name`)) out.set(`${k}:${r.id}`, k === 'g' ? `${r.name}（网格）` : r.name);
  }
  return out;
}

/**
 * GET /api/event-reports/visits?grid=<documentId>&through=YYYY-MM-DD&days=30: each person who
 * entered the grid, checked against the cadence of their role up to `through` (default yesterday).
 */
export async function visits(strapi: Core.Strapi, p: Principal, query: Row, now = new Date()) {
  const grid = await visibleRow(strapi, p, 'api::grid.grid', query.grid);
  if (!grid) refuse('网格不存在或不在您的管理范围内', { param: 'grid' });
  const today = chinaDay(now.toISOString());
  const through = query.through ?? addDays(today, -1);
  if (typeof through !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(through)) refuse('through 应为 YYYY-MM-DD', { param: 'through' });
  const days = Number(query.days ?? 30);
  if (!Number.isInteger(days) || days < 1 || days > 366) refuse('days 应为 1–366 的整数', { param: 'days' });
  const from = addDays(through, -(days - 1));
  const { rules } = dispatchContext();
  return withKnex(strapi, async (knex) => {
    const v = tableOf(strapi, 'api::grid-visit.grid-visit');
    const l = linkTable(strapi, 'api::grid-visit.grid-visit', 'grid');
    // A month before `from` anchors the first gap (and a monthly rule's first month).
    const rows: Row[] = await knex(v).join(l.table, `${l.table}.${l.owner}`, `${v}.id`).where(`${l.table}.${l.target}`, grid!.id)
      .where(`${v}.visited_at`, '>=', timeValue(knex, `${addDays(from, -31)}T00:00:00+08:00`) as any)
      .where(`${v}.visited_at`, '<', timeValue(knex, `${addDays(through, 1)}T00:00:00+08:00`) as any)
      .select(`${v}.person`, `${v}.role`, `${v}.visited_at`);
    const people = new Map<string, { person: string; role: string; days: string[] }>();
    for (const r of rows) {
      const key = `${r.role}|${r.person}`;
      const entry = people.get(key) ?? { person: r.person as string, role: r.role as string, days: [] as string[] };
      entry.days.push(chinaDay(isoOf(r.visited_at)!));
      people.set(key, entry);
    }
    const persons = [...people.values()].map((x) => {
      const rule = cadenceFor(rules, x.role);
      const check = checkVisits({ grid: grid!.name, person: x.person, role: x.role, days: x.days }, rule, from, through);
      const inRange = x.days.filter((d) => d >= from && d <= through);
      return {
        person: x.person, role: x.role, roleLabel: rule.label, rule: rule.text ?? null, visits: new Set(inRange).size,
        lastVisit: x.days.sort().at(-1) ?? null, overdue: !check.ok, findings: check.findings.map((f) => f.message),
      };
    }).sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.person.localeCompare(b.person, 'zh'));
    return { grid: { id: grid!.documentId, name: grid!.name, code: grid!.code }, from, through, persons, overdue: persons.filter((x) => x.overdue).length };
  });
}
