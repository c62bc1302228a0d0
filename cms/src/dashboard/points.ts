// Points by group (average per member, members without points counting 0) and their distribution in
// bands of 10 points, from the kept yearly totals (points/tables.ts): grouped reads, never the ledger.
import { linkTable } from '../db/link-tables';
import { T } from '../points/tables';
import { narrowToScope } from '../scoping/scope-sql';
import type { DashboardContext, Group, ListLink } from './context';
import { groupNames, ordered } from './groups';
import { membersByGroup } from './members';

const MEMBER = 'api::member.member';
const BAND_TENTHS = 100;

export interface PointsGroup extends Group {
  members: number;
  totalTenths: number;
  /** rounded to a tenth: for display, never compared with a rule */
  averageTenths: number;
  link: ListLink;
}

export interface PointsBand {
  fromTenths: number;
  toTenths: number;
  members: number;
}

export async function pointsSection(ctx: DashboardContext) {
  const { knex, strapi, year } = ctx;
  const groupColumn = ctx.dimension === 'township' ? 'y.township_id' : ctx.dimension === 'branch' ? 'y.branch_id' : 'g.gid';
  const base = () => {
    const q = knex(`${T.memberYears} as y`).where('y.year', year);
    if (ctx.dimension === 'party_group') {
      const l = linkTable(strapi, MEMBER, 'partyGroup');
      q.leftJoin(knex(l.table).select(`${l.owner} as mid`, `${l.target} as gid`).as('g'), 'g.mid', 'y.member_id');
    }
    return narrowToScope(strapi, knex, ctx.p, MEMBER, q, 'y.member_id');
  };
  const sums: Array<{ gid: number | null; total: number | string; n: number | string }> = await base()
    .groupBy(groupColumn).select(knex.raw(`${groupColumn} as gid`)).sum({ total: 'y.total_tenths' }).count({ n: '*' });
  const bands: Array<{ band: number | string; n: number | string }> = await base()
    // A literal divisor: bound parameters are floats in SQLite, which would make this a real division.
    .groupByRaw(`y.total_tenths / ${BAND_TENTHS}`).select(knex.raw(`y.total_tenths / ${BAND_TENTHS} as band`)).count({ n: '*' });

  const members = await membersByGroup(ctx);
  const names = await groupNames(ctx, sums.map((s) => s.gid));
  const totalOf = new Map<string | null, number>();
  for (const s of sums) {
    const id = s.gid == null ? null : names.get(Number(s.gid))?.id ?? null;
    totalOf.set(id, (totalOf.get(id) ?? 0) + Number(s.total ?? 0));
  }
  const groups: PointsGroup[] = ordered(members.map((m) => {
    const count = m.full + m.probationary;
    const total = totalOf.get(m.id) ?? 0;
    return { id: m.id, name: m.name, code: m.code, members: count, totalTenths: total, averageTenths: count ? Math.round(total / count) : 0, link: rankingLink(ctx, m.id) };
  }));
  const memberCount = groups.reduce((a, g) => a + g.members, 0);
  const withPoints = bands.reduce((a, b) => a + Number(b.n), 0);
  const byBand = new Map<number, number>();
  // Members with no points this year are in the lowest band, like a total of 0 (negative totals too).
  byBand.set(0, memberCount - withPoints);
  for (const b of bands) byBand.set(Math.max(0, Number(b.band)), (byBand.get(Math.max(0, Number(b.band))) ?? 0) + Number(b.n));
  const top = Math.max(0, ...byBand.keys());
  const distribution: PointsBand[] = Array.from({ length: top + 1 }, (_, i) => ({ fromTenths: i * BAND_TENTHS, toTenths: (i + 1) * BAND_TENTHS, members: byBand.get(i) ?? 0 }));
  const total = groups.reduce((a, g) => a + g.totalTenths, 0);
  return { year, groups, distribution, members: memberCount, averageTenths: memberCount ? Math.round(total / memberCount) : 0 };
}

/** The ranking behind a group's average: the township's or branch's leaderboard. */
function rankingLink(ctx: DashboardContext, groupId: string | null): ListLink {
  if (groupId == null || ctx.dimension === 'party_group') return { path: '/points-ranking' };
  return { path: '/points-ranking', query: { [ctx.dimension === 'township' ? 'township' : 'branch']: groupId, year: String(ctx.year) } };
}
