// Compliance and attendance reads, all from the kept totals (meetings_*): the matrix of a page of
// organisations, the township (county) summary by month, a member's meetings (我的参会) and members'
// attendance rates. Nothing here scans meetings or attendance rows beyond one member's own.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import {
  attendanceRate, countsByMonth, monthKeys, organisationYear, rulesFor, whyNotFor, yearCalendar, type MeetingRule, type StatusCounts,
} from '../domain/meetings';
import type { OrganisationCategory, OrganisationLevel } from '../domain/branch-rules';
import { dayOf, MEETING, ATTENDANCE } from './due';
import { MT } from './tables';

const ORG = 'api::party-organisation.party-organisation';
const TOWNSHIP = 'api::township.township';
type Row = Record<string, any>;

export interface MatrixFilter {
  townshipIds?: number[];
  organisationIds?: number[];
  level?: string;
  category?: string;
  kind?: string;
  q?: string;
}

const LEVELS_WITH_MEETINGS = (rules: MeetingRule[]) => [...new Set(rules.flatMap((r) => r.levels))];

const rate = (present: number, due: number) => {
  const r = attendanceRate(Math.min(present, due), due);
  return { due, present, perMille: r.perMille };
};

/** One page of organisations × months, with every kind × period behind each cell. */
export async function complianceMatrix(strapi: Core.Strapi, knex: Knex, rules: MeetingRule[], year: number, today: string, f: MatrixFilter, page: { start: number; limit: number }) {
  const orgs = tableOf(strapi, ORG);
  const tl = linkTable(strapi, ORG, 'township');
  const townships = tableOf(strapi, TOWNSHIP);
  const wanted = f.kind ? rules.filter((r) => r.kind === f.kind) : rules;
  const base = knex(`${orgs} as o`).join(`${tl.table} as tl`, `tl.${tl.owner}`, 'o.id').join(`${townships} as t`, 't.id', `tl.${tl.target}`)
    .whereIn('o.level', f.level ? [f.level] : LEVELS_WITH_MEETINGS(wanted));
  if (f.townshipIds) base.whereIn(`tl.${tl.target}`, f.townshipIds);
  if (f.organisationIds) base.whereIn('o.id', f.organisationIds);
  if (f.category) base.where('o.category', f.category);
  if (f.q) base.where('o.name', 'like', `%${f.q.replace(/[%_]/g, '')}%`);
  const [{ n }] = await base.clone().count({ n: '*' });
  const rows: Row[] = await base.clone()
    .select('o.id', 'o.document_id as documentId', 'o.name', 'o.level', 'o.category', 'o.committee_size as committeeSize', 't.document_id as townshipDoc', 't.name as townshipName')
    .orderBy([{ column: 't.code', order: 'asc' }, { column: 'o.level', order: 'asc' }, { column: 'o.id', order: 'asc' }])
    .offset(page.start).limit(page.limit);
  const ids = rows.map((r) => Number(r.id));
  const kept: Row[] = ids.length
    ? await knex(MT.orgPeriods).whereIn('organisation_id', ids).andWhere('year', year).select('organisation_id', 'kind', 'period', 'held', 'late', 'due', 'present')
    : [];
  const calendar = yearCalendar(wanted, year, today);
  const byOrg = new Map<number, Row[]>();
  for (const k of kept) byOrg.set(Number(k.organisation_id), [...(byOrg.get(Number(k.organisation_id)) ?? []), k]);
  const out = rows.map((o) => {
    const level = o.level as OrganisationLevel;
    const facts = { id: Number(o.id), level, category: o.category as OrganisationCategory, hasCommittee: level === 'branch' || level === 'general_branch' ? Number(o.committeeSize ?? 0) > 0 : null };
    const mine = rulesFor(facts, wanted);
    const rowsOf = (byOrg.get(facts.id) ?? []).map((k) => ({ kind: k.kind, period: k.period, held: Number(k.held), late: Number(k.late), due: Number(k.due), present: Number(k.present) }));
    const y = organisationYear(mine, rowsOf, year, today, calendar);
    const due = rowsOf.reduce((s, k) => s + k.due, 0);
    const present = rowsOf.reduce((s, k) => s + k.present, 0);
    return {
      id: o.documentId, name: o.name, level, category: o.category, township: { id: o.townshipDoc, name: o.townshipName },
      months: y.months.map((m) => m.status),
      periods: y.periods.map((p) => ({ kind: p.kind, period: p.period, status: p.status, held: p.held, required: p.required, late: p.late, daysLeft: p.daysLeft })),
      attendance: rate(present, due),
    };
  });
  return {
    year, today, months: monthKeys(year),
    kinds: wanted.map((r) => ({ kind: r.kind, name: r.name, period: r.frequency.period, count: r.frequency.count, dueSoonDays: r.dueSoonDays })),
    rows: out, total: Number(n),
  };
}

/**
 * Per township (one or all): how many organisation × kind obligations covering each month are
 * held, open, due soon, overdue, upcoming. Organisations owing each kind are counted from the
 * organisation table (grouped), those that met each period from the township totals.
 */
export async function complianceSummary(strapi: Core.Strapi, knex: Knex, rules: MeetingRule[], year: number, today: string, townshipIds: number[] | null) {
  const orgs = tableOf(strapi, ORG);
  const tl = linkTable(strapi, ORG, 'township');
  const townships = tableOf(strapi, TOWNSHIP);
  const tq = knex(townships).select('id', 'document_id as documentId', 'name', 'code').orderBy('code');
  if (townshipIds) tq.whereIn('id', townshipIds);
  const towns: Row[] = await tq;
  const ids = towns.map((t) => Number(t.id));
  const groups: Row[] = await knex(`${orgs} as o`).join(`${tl.table} as tl`, `tl.${tl.owner}`, 'o.id').whereIn(`tl.${tl.target}`, ids)
    .whereIn('o.level', LEVELS_WITH_MEETINGS(rules))
    .groupBy(`tl.${tl.target}`, 'o.level', 'o.category', knex.raw('CASE WHEN o.committee_size > 0 THEN 1 ELSE 0 END'))
    .select(`tl.${tl.target} as townshipId`, 'o.level', 'o.category', knex.raw('CASE WHEN o.committee_size > 0 THEN 1 ELSE 0 END as "hasCommittee"')).count({ n: '*' });
  const met: Row[] = await knex(MT.townshipPeriods).whereIn('township_id', ids).andWhere('year', year).select('township_id', 'kind', 'period', 'met', 'due', 'present');
  const all: StatusCounts[] = monthKeys(year).map(() => ({ held: 0, due_soon: 0, overdue: 0, open: 0, upcoming: 0 }));
  const calendar = yearCalendar(rules, year, today);
  let countyDue = 0;
  let countyPresent = 0;
  const rows = towns.map((t) => {
    const mine = groups.filter((g) => Number(g.townshipId) === Number(t.id));
    const kinds = rules.map((rule) => ({
      rule,
      organisations: mine.filter((g) => !whyNotFor({ id: 0, level: g.level, category: g.category, hasCommittee: g.level === 'branch' || g.level === 'general_branch' ? Number(g.hasCommittee) === 1 : null }, rule))
        .reduce((s, g) => s + Number(g.n), 0),
      met: Object.fromEntries(met.filter((m) => Number(m.township_id) === Number(t.id) && m.kind === rule.kind).map((m) => [m.period, Number(m.met)])),
    }));
    const months = countsByMonth(kinds, year, today, calendar);
    months.forEach((m, i) => { for (const k of Object.keys(m.counts) as Array<keyof StatusCounts>) all[i][k] += m.counts[k]; });
    const mineMet = met.filter((m) => Number(m.township_id) === Number(t.id));
    const due = mineMet.reduce((s, m) => s + Number(m.due), 0);
    const present = mineMet.reduce((s, m) => s + Number(m.present), 0);
    countyDue += due;
    countyPresent += present;
    return {
      id: t.documentId, name: t.name, code: t.code,
      organisations: mine.reduce((s, g) => s + Number(g.n), 0),
      months: months.map((m) => m.counts),
      attendance: rate(present, due),
    };
  });
  return {
    year, today, months: monthKeys(year), kinds: rules.map((r) => ({ kind: r.kind, name: r.name, period: r.frequency.period, count: r.frequency.count })),
    rows, total: { months: all, attendance: rate(countyPresent, countyDue) },
  };
}

/** 我的参会: the meetings a member was (or is) due at in a year, with their attendance and the points each brought. */
export async function memberMeetings(strapi: Core.Strapi, knex: Knex, member: Row, year: number, rules: MeetingRule[]) {
  const att = tableOf(strapi, ATTENDANCE);
  const am = linkTable(strapi, ATTENDANCE, 'member');
  const ame = linkTable(strapi, ATTENDANCE, 'meeting');
  const mt = tableOf(strapi, MEETING);
  const mo = linkTable(strapi, MEETING, 'organisation');
  const orgs = tableOf(strapi, ORG);
  const rows: Row[] = await knex(`${att} as a`).join(`${am.table} as lm`, `lm.${am.owner}`, 'a.id').join(`${ame.table} as le`, `le.${ame.owner}`, 'a.id')
    .join(`${mt} as m`, 'm.id', `le.${ame.target}`).leftJoin(`${mo.table} as lo`, `lo.${mo.owner}`, 'm.id').leftJoin(`${orgs} as o`, 'o.id', `lo.${mo.target}`)
    .where(`lm.${am.target}`, member.id).whereNot('m.status', 'superseded')
    // A correction still being drafted is not a meeting to attend: its finalised version shows until it replaces it.
    .where((q: Knex.QueryBuilder) => q.whereNot('m.status', 'draft').orWhere('m.version', 1).orWhereNull('m.version')).whereBetween('m.held_on', [`${year}-01-01`, `${year}-12-31`])
    .select('m.id', 'm.document_id as documentId', 'm.kind', 'm.held_on as heldOn', 'm.starts_at as startsAt', 'm.topic', 'm.theme', 'm.place', 'm.status as meetingStatus', 'm.counted', 'm.series',
      'o.name as organisation', 'a.status', 'a.reason')
    .orderBy('m.starts_at', 'desc');
  const series = [...new Set(rows.map((r) => r.series ?? r.documentId))];
  const el = linkTable(strapi, 'api::points-entry.points-entry', 'meeting');
  // Points of every version of these meetings: a correction's entries count for the meeting.
  const points: Row[] = series.length
    ? await knex('points_entries as e').join(`${el.table} as l`, `l.${el.owner}`, 'e.id').join(`${mt} as m`, 'm.id', `l.${el.target}`)
      .where('e.member_ref', member.id).whereIn('m.series', series).whereNot('e.status', 'rejected')
      .groupBy('m.series', 'e.status').select('m.series', 'e.status').sum({ tenths: 'e.points_tenths' })
    : [];
  const bySeries = new Map<string, { approved: number; pending: number }>();
  for (const p of points) {
    const v = bySeries.get(p.series) ?? { approved: 0, pending: 0 };
    v[p.status as 'approved' | 'pending'] += Number(p.tenths ?? 0);
    bySeries.set(p.series, v);
  }
  const names = new Map(rules.map((r) => [r.kind, r.name]));
  const totals = await knex(MT.memberYears).where({ member_id: member.id, year }).first();
  const list = rows.map((r) => {
    const pts = bySeries.get(r.series ?? r.documentId) ?? { approved: 0, pending: 0 };
    return {
      id: r.documentId, kind: r.kind, kindName: names.get(r.kind) ?? r.kind, heldOn: dayOf(r.heldOn), startsAt: r.startsAt instanceof Date ? r.startsAt.toISOString() : new Date(r.startsAt).toISOString(),
      topic: r.theme || r.topic, place: r.place, organisation: r.organisation, meetingStatus: r.meetingStatus, counted: !!r.counted,
      attendance: r.status ?? null, reason: r.reason ?? null, pointsTenths: pts.approved, pendingTenths: pts.pending,
    };
  });
  const due = Number(totals?.due ?? 0);
  return {
    member: { id: member.documentId, name: member.name },
    year,
    rate: { ...rate(Number(totals?.present ?? 0), due), excused: Number(totals?.excused ?? 0), absent: Number(totals?.absent ?? 0) },
    counts: {
      upcoming: list.filter((m) => m.meetingStatus === 'draft').length,
      attended: list.filter((m) => m.meetingStatus === 'finalised' && m.attendance === 'present').length,
      missed: list.filter((m) => m.meetingStatus === 'finalised' && m.attendance === 'absent').length,
      excused: list.filter((m) => m.meetingStatus === 'finalised' && m.attendance === 'excused').length,
      pointsTenths: list.reduce((s, m) => s + m.pointsTenths, 0),
    },
    meetings: list,
  };
}

/** Attendance rates of an organisation's members for a year, one page, lowest rate first. */
export async function memberRates(strapi: Core.Strapi, knex: Knex, organisationIds: number[], year: number, page: { start: number; limit: number }) {
  const members = tableOf(strapi, 'api::member.member');
  const po = linkTable(strapi, 'api::member.member', 'partyOrganisation');
  const base = knex(`${members} as m`).join(`${po.table} as p`, `p.${po.owner}`, 'm.id').whereIn(`p.${po.target}`, organisationIds)
    .leftJoin(`${MT.memberYears} as y`, function (this: Knex.JoinClause) { this.on('y.member_id', '=', 'm.id').andOn('y.year', '=', knex.raw('?', [year])); });
  const [{ n }] = await base.clone().count({ n: '*' });
  const rows: Row[] = await base.clone().select('m.document_id as id', 'm.name', 'm.code', knex.raw('COALESCE(y.due, 0) as due'), knex.raw('COALESCE(y.present, 0) as present'),
    knex.raw('COALESCE(y.excused, 0) as excused'), knex.raw('COALESCE(y.absent, 0) as absent'))
    .orderByRaw('CASE WHEN COALESCE(y.due, 0) = 0 THEN 1 ELSE 0 END, (COALESCE(y.present, 0) * 1.0) / NULLIF(y.due, 0) ASC, m.id ASC').offset(page.start).limit(page.limit);
  return {
    rows: rows.map((r) => ({ id: r.id, name: r.name, code: r.code, excused: Number(r.excused), absent: Number(r.absent), ...rate(Number(r.present), Number(r.due)) })),
    total: Number(n),
  };
}
