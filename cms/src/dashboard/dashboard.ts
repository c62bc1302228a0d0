// GET /api/dashboard: everything a staff home page shows, in one request, for the caller's scope —
// county by township, township by branch, branch by party group. Every number is a grouped query
// or a kept total; nothing pages through a list.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withKnex } from '../db/knex';
import type { Principal } from '../scoping/principal';
import { can } from '../scoping/roles';
import { dashboardContext, type DashboardContext } from './context';
import { membersByGroup } from './members';
import { pointsSection } from './points';
import { branchSection, gridSection, structureSection } from './findings';
import { approvalsSection } from './approvals';
import { todosFor } from './todos';

const COUNTED: Array<[resource: string, uid: string]> = [
  ['townships', 'api::township.township'],
  ['party-organisations', 'api::party-organisation.party-organisation'],
  ['grids', 'api::grid.grid'],
  ['members', 'api::member.member'],
];

async function counts(ctx: DashboardContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [resource, uid] of COUNTED) {
    if (can(ctx.role, resource, 'read')) out[resource] = await (ctx.strapi.documents(uid as any) as any).count({});
  }
  return out;
}

export async function dashboard(strapi: Core.Strapi, p: Principal, year: number) {
  const role = p.kind === 'user' ? p.role : 'county';
  if (!role || role === 'member') throw new errors.PolicyError('党员的首页是“我的积分”，没有统计看板');
  if (role === 'department') throw new errors.PolicyError('县直部门的首页是“事件调度台”，没有统计看板');
  return withKnex(strapi, async (knex) => {
    const ctx = dashboardContext(strapi, knex, p, role, year);
    // Sequential on purpose: SQLite has one connection, and the sections share memoised reads.
    const members = await membersByGroup(ctx);
    const points = await pointsSection(ctx);
    const grids = await gridSection(ctx);
    const branches = await branchSection(ctx);
    const structure = role === 'branch' ? null : await structureSection(ctx);
    const approvals = await approvalsSection(ctx);
    const todos = await todosFor(ctx);
    return {
      role, year, dimension: ctx.dimension,
      counts: await counts(ctx),
      members: {
        groups: members,
        full: members.reduce((a, m) => a + m.full, 0),
        probationary: members.reduce((a, m) => a + m.probationary, 0),
      },
      points, grids, branches, structure, approvals, todos,
    };
  });
}
