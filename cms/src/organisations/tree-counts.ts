// What an organisation holds including everything below it: members (full and probationary) and
// the organisations under it by level, for a page of organisations at once. One recursive query
// walks the subtrees and the counts are grouped SQL, so the cost follows the page and the subtree
// sizes, never a list paged through in the browser.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';

const ORG = 'api::party-organisation.party-organisation';
const MEMBER = 'api::member.member';

export interface TreeCounts {
  members: { full: number; probationary: number };
  /** organisations below, by level */
  below: { general_branch: number; branch: number; party_group: number };
  /** direct children, so the panel knows whether a row unfolds */
  children: number;
}

const empty = (): TreeCounts => ({ members: { full: 0, probationary: 0 }, below: { general_branch: 0, branch: 0, party_group: 0 }, children: 0 });

export async function treeCounts(strapi: Core.Strapi, knex: Knex, roots: Array<{ id: number; level: string }>): Promise<Map<number, TreeCounts>> {
  const out = new Map<number, TreeCounts>(roots.map((r) => [r.id, empty()]));
  if (!roots.length) return out;
  const orgs = tableOf(strapi, ORG);
  const members = tableOf(strapi, MEMBER);
  const parent = linkTable(strapi, ORG, 'parent');
  const branchOf = linkTable(strapi, MEMBER, 'partyOrganisation');
  const groupOf = linkTable(strapi, MEMBER, 'partyGroup');
  const ids = roots.map((r) => r.id);
  const marks = ids.map(() => '?').join(', ');
  // UNION (not UNION ALL) ends the walk even if bad data ever made a cycle.
  const sub = `WITH RECURSIVE sub(root, id) AS (
      SELECT o.id, o.id FROM ?? o WHERE o.id IN (${marks})
      UNION SELECT sub.root, l.?? FROM sub JOIN ?? l ON l.?? = sub.id)`;
  const subBindings = [orgs, ...ids, parent.owner, parent.table, parent.target];
  const rowsOf = (r: any) => (Array.isArray(r) ? r : r.rows) as Array<Record<string, any>>;

  // Members belong to a branch, so everything but a party group counts them through its subtree's branches.
  const byBranch = rowsOf(await knex.raw(`${sub}
    SELECT sub.root AS root, m.status AS status, COUNT(*) AS n
    FROM sub JOIN ?? ml ON ml.?? = sub.id JOIN ?? m ON m.id = ml.??
    GROUP BY sub.root, m.status`, [...subBindings, branchOf.table, branchOf.target, members, branchOf.owner]));
  const groups = roots.filter((r) => r.level === 'party_group').map((r) => r.id);
  const byGroup = groups.length
    ? await knex(`${groupOf.table} as gl`).join(`${members} as m`, 'm.id', `gl.${groupOf.owner}`).whereIn(`gl.${groupOf.target}`, groups)
      .groupBy(`gl.${groupOf.target}`, 'm.status').select(`gl.${groupOf.target} as root`, 'm.status as status').count({ n: '*' })
    : [];
  for (const row of [...byBranch.filter((r) => !groups.includes(Number(r.root))), ...(byGroup as Array<Record<string, any>>)]) {
    const c = out.get(Number(row.root));
    if (c && (row.status === 'full' || row.status === 'probationary')) c.members[row.status as 'full' | 'probationary'] += Number(row.n);
  }

  const levels = rowsOf(await knex.raw(`${sub}
    SELECT sub.root AS root, o.level AS level, COUNT(*) AS n
    FROM sub JOIN ?? o ON o.id = sub.id WHERE sub.id <> sub.root
    GROUP BY sub.root, o.level`, [...subBindings, orgs]));
  for (const row of levels) {
    const c = out.get(Number(row.root));
    if (c && row.level in c.below) c.below[row.level as keyof TreeCounts['below']] += Number(row.n);
  }

  const direct = await knex(parent.table).whereIn(parent.target, ids).groupBy(parent.target).select(`${parent.target} as root`).count({ n: '*' });
  for (const row of direct as Array<Record<string, any>>) {
    const c = out.get(Number(row.root));
    if (c) c.children = Number(row.n);
  }
  return out;
}
