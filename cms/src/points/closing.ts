// Year-end close (封账). The county closes a points year once the ledger chain verifies and no
// proposal of that year waits: from then on no entry dated in that year can be proposed, approved or
// reversed (a correction goes into the open year, with its reason), and the year's results — every
// member's total and ranks with the suggested grade, every branch's points and stars — are kept as
// published, read-only rows. Reopening is the county's, with a reason. Both are audited.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { errors } from '@strapi/utils';
import { withKnex } from '../db/knex';
import { documentId } from '../db/document-id';
import { linkTable, tableOf } from '../db/link-tables';
import { writeAudit } from '../audit/write-audit';
import { asOperation } from '../audit/operation';
import type { Principal } from '../scoping/principal';
import { suggestGrades, type GradeBands } from '../domain/points/appraisal';
import { actorName, ENTRY, refuse } from './ledger';
import { chainHead, lockChain, verifyChain } from './chain';
import { branchPoints } from './reports';
import { T } from './tables';
export { isClosed, refuseIfClosed } from './closed-years';

export const YEAR = 'api::points-year.points-year';

export function checkYear(value: unknown): number {
  const y = Number(value);
  if (!Number.isInteger(y) || y < 2000 || y > 2100) refuse('年份应为 2000–2100 之间的整数', { param: 'year' });
  return y;
}

const actionsOf = (strapi: Core.Strapi) => ({
  async close(p: Principal, yearValue: unknown) {
    const year = checkYear(yearValue);
    return asOperation('close_year', () => strapi.db.transaction(() => withKnex(strapi, async (knex) => {
      await lockChain(knex);
      const current = await strapi.db.query(YEAR as any).findOne({ where: { year } });
      if (current?.status === 'closed') refuse(`${year} 年度已封账`, { code: 'already_closed' });
      const pending = Number((await knex(tableOf(strapi, ENTRY)).where({ status: 'pending' }).whereBetween('occurred_on', [`${year}-01-01`, `${year}-12-31`]).count({ n: '*' }).first())?.n ?? 0);
      if (pending) refuse(`${year} 年度尚有 ${pending} 条待审批的积分记录，请先审批或驳回再封账`, { code: 'pending_entries', pending });
      const chain = await verifyChain(strapi, knex);
      if (!chain.ok) refuse(`积分台账哈希链校验未通过（第 ${chain.broken?.seq} 条），不能封账`, { code: 'chain_broken', seq: chain.broken?.seq });
      const head = await chainHead(knex);
      const summary = await snapshot(strapi, knex, year);
      const actor = actorName(p);
      const now = new Date();
      const data = { year, status: 'closed', closedAt: now, closedByName: actor.name, ledgerSeq: head.seq, ledgerHash: head.hash, summary };
      const row = current
        ? await strapi.db.query(YEAR as any).update({ where: { id: current.id }, data })
        : await strapi.db.query(YEAR as any).create({ data: { documentId: documentId(), ...data, createdAt: now, updatedAt: now, publishedAt: now } });
      await writeAudit(strapi, p, {
        action: current ? 'update' : 'create', uid: YEAR, recordId: row.documentId, recordName: `${year} 年度`,
        before: current ? { status: current.status } : null, after: { status: 'closed', ledgerSeq: head.seq, ...summary }, township: null,
      });
      return row;
    })));
  },

  async reopen(p: Principal, yearValue: unknown, reason: unknown) {
    const year = checkYear(yearValue);
    if (typeof reason !== 'string' || !reason.trim()) refuse('重新开账须填写原因', { field: 'reason' });
    if ((reason as string).length > 500) refuse('原因最多 500 字', { field: 'reason' });
    return asOperation('reopen_year', () => strapi.db.transaction(async () => {
      const current = await strapi.db.query(YEAR as any).findOne({ where: { year } });
      if (current?.status !== 'closed') refuse(`${year} 年度未封账`, { code: 'not_closed' });
      const actor = actorName(p);
      const row = await strapi.db.query(YEAR as any).update({
        where: { id: current.id }, data: { status: 'open', reopenedAt: new Date(), reopenedByName: actor.name, reopenReason: (reason as string).trim() },
      });
      await writeAudit(strapi, p, {
        action: 'update', uid: YEAR, recordId: row.documentId, recordName: `${year} 年度`,
        before: { status: 'closed' }, after: { status: 'open', reopenReason: (reason as string).trim() }, township: null,
      });
      return row;
    }));
  },
});

export const yearActions = actionsOf;

/**
 * The year's results as published rows, replacing an earlier publication of the same year: members
 * with their totals, ranks (county, township, branch: ties share a rank) and suggested grade; branches
 * with their points, county rank and stars. Computed from the kept totals in SQL.
 */
async function snapshot(strapi: Core.Strapi, knex: Knex, year: number) {
  await knex(T.yearMembers).where({ year }).delete();
  await knex(T.yearBranches).where({ year }).delete();
  const members = tableOf(strapi, 'api::member.member');
  const ranked: any[] = await knex(`${T.memberYears} as y`).join(`${members} as m`, 'm.id', 'y.member_id').where('y.year', year)
    .select('y.member_id', 'y.branch_id', 'y.township_id', 'y.total_tenths', 'm.status',
      knex.raw('RANK() OVER (ORDER BY y.total_tenths DESC) AS rank_county'),
      knex.raw('RANK() OVER (PARTITION BY y.township_id ORDER BY y.total_tenths DESC) AS rank_township'),
      knex.raw('RANK() OVER (PARTITION BY y.branch_id ORDER BY y.total_tenths DESC) AS rank_branch'));
  // Grades per branch, by the active grade bands (优秀 at most a third, never a probationary member).
  const bandsRow = await strapi.db.query('api::appraisal-rule.appraisal-rule').findOne({ where: { kind: 'member_grades', active: true }, orderBy: { id: 'asc' } });
  const bands: GradeBands | null = bandsRow?.parameters ? (typeof bandsRow.parameters === 'string' ? JSON.parse(bandsRow.parameters) : bandsRow.parameters) : null;
  const grades = new Map<number, string | undefined>();
  if (bands) {
    const l = linkTable(strapi, 'api::member.member', 'partyOrganisation');
    const byBranch = new Map<number, Array<{ memberId: number; score: number; probationary: boolean }>>();
    const all: any[] = await knex(`${l.table} as l`).join(`${members} as m`, 'm.id', `l.${l.owner}`)
      .leftJoin(`${T.memberYears} as y`, function (this: Knex.JoinClause) { this.on('y.member_id', '=', 'm.id').andOn('y.year', '=', knex.raw('?', [year])); })
      .select(`l.${l.target} as branch`, 'm.id', 'm.status', knex.raw('COALESCE(y.total_tenths, 0) as score'));
    for (const r of all) byBranch.set(r.branch, [...(byBranch.get(r.branch) ?? []), { memberId: r.id, score: Number(r.score), probationary: r.status === 'probationary' }]);
    for (const list of byBranch.values()) for (const [id, g] of suggestGrades(list, bands)) grades.set(id, g);
  }
  const rows = ranked.map((r) => ({
    year, member_id: r.member_id, branch_id: r.branch_id, township_id: r.township_id, total_tenths: Number(r.total_tenths),
    rank_county: Number(r.rank_county), rank_township: Number(r.rank_township), rank_branch: Number(r.rank_branch), grade: grades.get(r.member_id) ?? null,
  }));
  for (let i = 0; i < rows.length; i += 500) await knex(T.yearMembers).insert(rows.slice(i, i + 500));
  const { rows: branches } = await branchPoints(strapi, knex, year, {}, { start: 0, limit: 1_000_000 });
  const orgs = new Map<string, number>((await knex(tableOf(strapi, 'api::party-organisation.party-organisation')).where('level', 'branch').select('id', 'document_id')).map((o: any) => [o.document_id, o.id]));
  const branchRows = branches.map((b: any) => ({
    year, branch_id: orgs.get(b.id), members_tenths: b.membersTenths, own_tenths: b.ownTenths, total_tenths: b.totalTenths, rank_county: b.countyRank, stars: b.stars,
  }));
  for (let i = 0; i < branchRows.length; i += 500) await knex(T.yearBranches).insert(branchRows.slice(i, i + 500));
  const stars: Record<string, number> = {};
  for (const b of branchRows) stars[b.stars] = (stars[b.stars] ?? 0) + 1;
  return { members: rows.length, totalTenths: rows.reduce((a, r) => a + r.total_tenths, 0), branches: branchRows.length, stars };
}

/** The published ranking of a closed year: one page, optionally one township or branch. */
export async function publishedRanking(strapi: Core.Strapi, knex: Knex, year: number, by: { townshipId?: number; branchId?: number }, page: { start: number; limit: number }) {
  const members = tableOf(strapi, 'api::member.member');
  const orgs = tableOf(strapi, 'api::party-organisation.party-organisation');
  const towns = tableOf(strapi, 'api::township.township');
  const q = knex(`${T.yearMembers} as s`).join(`${members} as m`, 'm.id', 's.member_id')
    .leftJoin(`${orgs} as o`, 'o.id', 's.branch_id').leftJoin(`${towns} as t`, 't.id', 's.township_id').where('s.year', year);
  if (by.branchId != null) q.andWhere('s.branch_id', by.branchId);
  else if (by.townshipId != null) q.andWhere('s.township_id', by.townshipId);
  const total = Number((await q.clone().count({ n: '*' }).first())?.n ?? 0);
  const rank = by.branchId != null ? 's.rank_branch' : by.townshipId != null ? 's.rank_township' : 's.rank_county';
  const rows = await q.orderBy([{ column: rank, order: 'asc' }, { column: 's.member_id', order: 'asc' }]).offset(page.start).limit(page.limit)
    .select('m.document_id as id', 'm.name', 'm.code', 'o.name as branch', 't.name as township', 's.total_tenths as totalTenths', `${rank} as rank`, 's.grade');
  return { rows: rows.map((r: any) => ({ ...r, totalTenths: Number(r.totalTenths), rank: Number(r.rank) })), total };
}

export const notClosed = (year: number): never => {
  throw new errors.NotFoundError(`${year} 年度尚未封账，没有已发布的结果`);
};
