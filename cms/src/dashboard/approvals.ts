// Points proposals waiting (status 待审批) in the caller's scope: by township for the county, by rule
// for townships and branches (the approval queue filters by rule), and how many the caller may
// approve (the rule's approver level is at or below the caller's).
import { linkTable, tableOf } from '../db/link-tables';
import { narrowToScope } from '../scoping/scope-sql';
import type { DashboardContext, Group, ListLink } from './context';
import { groupNames, ordered } from './groups';

const ENTRY = 'api::points-entry.points-entry';
const RULE = 'api::points-rule.points-rule';
const LEVELS: Record<string, string[]> = { county: ['branch', 'township', 'county'], township: ['branch', 'township'], branch: ['branch'] };

export interface PendingGroup extends Group {
  pending: number;
  link: ListLink;
}

export function approvalsSection(ctx: DashboardContext) {
  return ctx.once('approvals', async () => {
    const { knex, strapi } = ctx;
    const entries = tableOf(strapi, ENTRY);
    const rules = tableOf(strapi, RULE);
    const rl = linkTable(strapi, ENTRY, 'rule');
    const pending = () => {
      const q = knex(`${entries} as e`).where('e.status', 'pending');
      return narrowToScope(strapi, knex, ctx.p, ENTRY, q, 'e.id');
    };
    const byRule: Array<{ rid: number; name: string; code: string; documentId: string; approver: string; n: number | string }> = await pending()
      .join(`${rl.table} as rl`, `rl.${rl.owner}`, 'e.id').join(`${rules} as r`, 'r.id', `rl.${rl.target}`)
      .groupBy('r.id', 'r.name', 'r.code', 'r.document_id', 'r.approver')
      .select('r.id as rid', 'r.name', 'r.code', 'r.document_id as documentId', 'r.approver').count({ n: '*' });
    const total = byRule.reduce((a, r) => a + Number(r.n), 0);
    const mine = byRule.filter((r) => LEVELS[ctx.role].includes(r.approver)).reduce((a, r) => a + Number(r.n), 0);
    let groups: PendingGroup[];
    if (ctx.dimension === 'township') {
      const tl = linkTable(strapi, ENTRY, 'township');
      const rows: Array<{ gid: number; n: number | string }> = await pending().join(`${tl.table} as tl`, `tl.${tl.owner}`, 'e.id')
        .groupBy(`tl.${tl.target}`).select(knex.raw('tl.?? as gid', [tl.target])).count({ n: '*' });
      const names = await groupNames(ctx, rows.map((r) => r.gid));
      groups = ordered(rows.map((r) => {
        const g = names.get(Number(r.gid));
        return { id: g?.id ?? null, name: g?.name ?? '', code: g?.code, pending: Number(r.n), link: { resource: 'points-entries', filter: { status: 'pending', ...(g ? { township: g.id } : {}) } } };
      }));
    } else {
      groups = byRule.sort((a, b) => a.code.localeCompare(b.code))
        .map((r) => ({ id: r.documentId, name: r.name, pending: Number(r.n), link: { resource: 'points-entries', filter: { status: 'pending', rule: r.documentId } } }));
    }
    return { total, mine, groups, by: ctx.dimension === 'township' ? 'township' : 'rule', link: { resource: 'points-entries', filter: { status: 'pending' } } as ListLink };
  });
}
