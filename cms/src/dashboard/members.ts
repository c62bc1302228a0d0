// Members by group and status (正式/预备), from one grouped query over the member links.
import { tableOf } from '../db/link-tables';
import { narrowToScope } from '../scoping/scope-sql';
import type { DashboardContext, Group, ListLink } from './context';
import { groupNames, memberGroupLink, ordered } from './groups';

const MEMBER = 'api::member.member';

export interface MemberGroup extends Group {
  code?: string | null;
  full: number;
  probationary: number;
  link: ListLink;
}

/** Members in the caller's scope by the dashboard's dimension and status. */
export function membersByGroup(ctx: DashboardContext): Promise<MemberGroup[]> {
  return ctx.once('members', async () => {
    const { knex, strapi } = ctx;
    const l = memberGroupLink(ctx);
    const members = tableOf(strapi, MEMBER);
    const q = knex(`${members} as m`).leftJoin(`${l.table} as g`, `g.${l.owner}`, 'm.id')
      .groupBy(`g.${l.target}`, 'm.status')
      .select(knex.raw(`g.?? as gid`, [l.target]), 'm.status as status').count({ n: '*' });
    narrowToScope(strapi, knex, ctx.p, MEMBER, q, 'm.id');
    const rows = (await q) as unknown as Array<{ gid: number | null; status: string; n: number | string }>;
    const names = await groupNames(ctx, rows.map((r) => r.gid));
    const byGroup = new Map<number | null, MemberGroup & { code?: string | null }>();
    for (const r of rows) {
      const key = r.gid == null ? null : Number(r.gid);
      const named = key == null ? undefined : names.get(key);
      const g = byGroup.get(key) ?? { id: named?.id ?? null, name: named?.name ?? '', code: named?.code, full: 0, probationary: 0, link: memberLink(ctx, named?.id ?? null) };
      if (r.status === 'full' || r.status === 'probationary') g[r.status] += Number(r.n);
      byGroup.set(key, g);
    }
    return ordered([...byGroup.values()]);
  });
}

function memberLink(ctx: DashboardContext, groupId: string | null): ListLink {
  // Members without a party group (a branch's dashboard) have no filter that finds exactly them.
  if (groupId == null) return { resource: 'members' };
  const field = ctx.dimension === 'township' ? 'township' : ctx.dimension === 'branch' ? 'partyOrganisation' : 'partyGroup';
  return { resource: 'members', filter: { [field]: groupId } };
}
