// Balances, ranks, leaderboards, branch points with stars, and appraisal suggestions — all read
// from the totals tables with indexed queries; nothing here loads ledger entries.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { linkTable, tableOf } from '../db/link-tables';
import { starsFor, suggestGrades, type GradeBands, type StarShares } from '../domain/points/appraisal';
import { quarterOf } from '../domain/points/periods';
import { T } from './tables';

type Row = Record<string, any>;

const notFound = (m: string): never => {
  throw new errors.NotFoundError(m);
};

export async function rowByDoc(strapi: Core.Strapi, uid: string, documentId: unknown): Promise<Row | null> {
  if (typeof documentId !== 'string') return null;
  return strapi.db.query(uid as any).findOne({ where: { documentId } });
}

async function activeRule(strapi: Core.Strapi, kind: 'member_grades' | 'branch_stars'): Promise<any> {
  const r = await strapi.db.query('api::appraisal-rule.appraisal-rule').findOne({ where: { kind, active: true }, orderBy: { id: 'asc' } });
  return r?.parameters ? (typeof r.parameters === 'string' ? JSON.parse(r.parameters) : r.parameters) : null;
}

/** Where a member sits: branch and township ids. */
async function placeOf(strapi: Core.Strapi, knex: Knex, memberId: number) {
  const b = linkTable(strapi, 'api::member.member', 'partyOrganisation');
  const t = linkTable(strapi, 'api::member.member', 'township');
  const branch = await knex(b.table).where(b.owner, memberId).first(b.target);
  const township = await knex(t.table).where(t.owner, memberId).first(t.target);
  return { branchId: branch?.[b.target] ?? null, townshipId: township?.[t.target] ?? null };
}

/** A ranking's group: one branch, one township, or (null) the whole county. */
type Group = { column: 'branch_id' | 'township_id'; id: number } | null;

/** 1 + how many in the group scored more; members without points count as 0. Index reads only. */
async function rankIn(knex: Knex, group: Group, year: number, total: number) {
  const q = knex(T.memberYears).where({ year }).andWhere('total_tenths', '>', total);
  if (group) q.andWhere(group.column, group.id);
  const above = await q.count({ n: '*' }).first();
  return 1 + Number(above?.n ?? 0);
}

const groupOf = (column: 'branch_id' | 'township_id', id: number | null): Group | undefined => (id == null ? undefined : { column, id });

const rankOrNull = (knex: Knex, group: Group | undefined, year: number, total: number) => (group === undefined ? null : rankIn(knex, group, year, total));

async function membersIn(strapi: Core.Strapi, knex: Knex, attr: 'partyOrganisation' | 'township', id: number | null) {
  if (id == null) return 0;
  const l = linkTable(strapi, 'api::member.member', attr);
  return Number((await knex(l.table).where(l.target, id).count({ n: '*' }).first())?.n ?? 0);
}

/** 我的积分: balance for the year, quarter and month, ranks, monthly line, breakdown by rule. */
export async function memberSummary(strapi: Core.Strapi, knex: Knex, member: Row, year: number, today = new Date()) {
  const { branchId, townshipId } = await placeOf(strapi, knex, member.id);
  const yearRow = await knex(T.memberYears).where({ member_id: member.id, year }).first();
  const months = await knex(T.memberMonths).where({ member_id: member.id, year }).select('month', 'total_tenths');
  const monthly = Array.from({ length: 12 }, (_, i) => Number(months.find((m: Row) => Number(m.month) === i + 1)?.total_tenths ?? 0));
  const month = today.getUTCFullYear() === year ? today.getUTCMonth() + 1 : 12;
  const q = quarterOf(month);
  const rules = tableOf(strapi, 'api::points-rule.points-rule');
  const byRule = await knex(`${T.rulePeriods} as u`).join(`${rules} as r`, 'r.id', 'u.rule_id')
    .where('u.member_id', member.id).andWhere('u.period', 'like', `${year}%`)
    .groupBy('r.id', 'r.code', 'r.name', 'r.category')
    .select('r.code', 'r.name', 'r.category').sum({ approved: 'u.approved_tenths', pending: 'u.pending_tenths' })
    .orderBy('r.code');
  const total = Number(yearRow?.total_tenths ?? 0);
  return {
    member: { id: member.documentId, name: member.name, status: member.status },
    year,
    totalTenths: total,
    baseTenths: Number(yearRow?.base_tenths ?? 0),
    monthTenths: monthly[month - 1],
    quarterTenths: monthly.slice(q * 3 - 3, q * 3).reduce((a, b) => a + b, 0),
    monthly,
    byRule: byRule.map((r: Row) => ({ code: r.code, name: r.name, category: r.category, approvedTenths: Number(r.approved ?? 0), pendingTenths: Number(r.pending ?? 0) })),
    rank: {
      branch: { rank: await rankOrNull(knex, groupOf('branch_id', branchId), year, total), of: await membersIn(strapi, knex, 'partyOrganisation', branchId) },
      township: { rank: await rankOrNull(knex, groupOf('township_id', townshipId), year, total), of: await membersIn(strapi, knex, 'township', townshipId) },
      county: { rank: await rankIn(knex, null, year, total), of: Number((await knex(tableOf(strapi, 'api::member.member')).count({ n: '*' }).first())?.n ?? 0) },
    },
  };
}

export interface Page {
  start: number;
  limit: number;
}

/**
 * Leaderboard of one branch, one township or the whole county: one page, with ranks (ties share a
 * rank). Rows and ranks come from the kept yearly totals through their (group, year, total) indexes.
 */
export async function leaderboard(strapi: Core.Strapi, knex: Knex, by: { townshipId?: number; branchId?: number }, year: number, page: Page) {
  const members = tableOf(strapi, 'api::member.member');
  const orgs = tableOf(strapi, 'api::party-organisation.party-organisation');
  const towns = tableOf(strapi, 'api::township.township');
  const group: Group = by.branchId != null ? { column: 'branch_id', id: by.branchId } : by.townshipId != null ? { column: 'township_id', id: by.townshipId } : null;
  const rowsQuery = knex(`${T.memberYears} as y`).join(`${members} as m`, 'm.id', 'y.member_id')
    .leftJoin(`${orgs} as o`, 'o.id', 'y.branch_id').leftJoin(`${towns} as t`, 't.id', 'y.township_id')
    .where('y.year', year);
  if (group) rowsQuery.andWhere(`y.${group.column}`, group.id);
  const rows = await rowsQuery
    .orderBy([{ column: 'y.total_tenths', order: 'desc' }, { column: 'y.member_id', order: 'asc' }])
    .offset(page.start).limit(page.limit)
    .select('m.document_id as id', 'm.name', 'm.code', 'o.name as branch', 'o.document_id as branchId', 't.name as township', 'y.total_tenths as totalTenths');
  const totalQuery = knex(T.memberYears).where({ year });
  if (group) totalQuery.andWhere(group.column, group.id);
  const total = Number((await totalQuery.count({ n: '*' }).first())?.n ?? 0);
  const out = [];
  for (const r of rows) out.push({ ...r, totalTenths: Number(r.totalTenths), rank: await rankIn(knex, group, year, Number(r.totalTenths)) });
  return { rows: out, total };
}

/** Branch points (members' sum + the branch's own entries) and stars by the county-wide share rule. */
export async function branchPoints(strapi: Core.Strapi, knex: Knex, year: number, filter: { townshipId?: number; branchIds?: number[] }, page: Page) {
  const orgs = tableOf(strapi, 'api::party-organisation.party-organisation');
  const tl = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
  const sums = knex(T.memberYears).where('year', year).groupBy('branch_id').select('branch_id').sum({ members: 'total_tenths' }).as('s');
  const ranked = await knex(`${orgs} as o`).join(`${tl.table} as t`, `t.${tl.owner}`, 'o.id')
    .leftJoin(sums, 's.branch_id', 'o.id')
    .leftJoin(`${T.branchYears} as b`, function (this: Knex.JoinClause) { this.on('b.branch_id', '=', 'o.id').andOn('b.year', '=', knex.raw('?', [year])); })
    .where('o.level', 'branch')
    .select('o.id', 'o.document_id as documentId', 'o.name', `t.${tl.target} as townshipId`,
      knex.raw('COALESCE(s.members, 0) as "membersTenths"'), knex.raw('COALESCE(b.own_tenths, 0) as "ownTenths"'))
    .orderByRaw('COALESCE(s.members, 0) + COALESCE(b.own_tenths, 0) DESC, o.id ASC');
  const shares: StarShares | null = await activeRule(strapi, 'branch_stars');
  const all = ranked.map((r: Row, i: number) => {
    const total = Number(r.membersTenths) + Number(r.ownTenths);
    return { orgId: r.id, id: r.documentId, name: r.name, townshipId: r.townshipId, membersTenths: Number(r.membersTenths), ownTenths: Number(r.ownTenths), totalTenths: total, countyRank: i + 1, stars: shares ? starsFor(i + 1, ranked.length, shares) : 0 };
  });
  const visible = all.filter((r: Row) => (filter.townshipId == null || r.townshipId === filter.townshipId) && (!filter.branchIds || filter.branchIds.includes(r.orgId)));
  return { rows: visible.slice(page.start, page.start + page.limit).map(({ townshipId, orgId, ...r }: Row) => r), total: visible.length, branches: all.length };
}

/** Suggested annual grades for one branch's members. */
export async function branchGrades(strapi: Core.Strapi, knex: Knex, branch: Row, year: number) {
  const bands: GradeBands | null = await activeRule(strapi, 'member_grades');
  if (!bands) notFound('没有启用的年度评定规则');
  const members = tableOf(strapi, 'api::member.member');
  const l = linkTable(strapi, 'api::member.member', 'partyOrganisation');
  const rows = await knex(`${l.table} as l`).join(`${members} as m`, 'm.id', `l.${l.owner}`)
    .leftJoin(`${T.memberYears} as y`, function (this: Knex.JoinClause) { this.on('y.member_id', '=', 'm.id').andOn('y.year', '=', knex.raw('?', [year])); })
    .where(`l.${l.target}`, branch.id)
    .select('m.id', 'm.document_id as documentId', 'm.name', 'm.status', knex.raw('COALESCE(y.total_tenths, 0) as score'))
    .orderBy('score', 'desc');
  const grades = suggestGrades(rows.map((r: Row) => ({ memberId: r.id, score: Number(r.score), probationary: r.status === 'probationary' })), bands!);
  return {
    branch: { id: branch.documentId, name: branch.name }, year,
    excellentLimit: Math.floor((rows.length * bands!.excellentMaxShare.numerator) / bands!.excellentMaxShare.denominator),
    members: rows.map((r: Row) => ({ id: r.documentId, name: r.name, status: r.status, scoreTenths: Number(r.score), grade: grades.get(r.id) })),
  };
}
