// The county's checks over everything in the caller's scope: grids against their staffing standard,
// branches against the branch rules, townships against their template and 四个到位. The rows are read
// through the document service (so scope applies and the checks are the very ones every read
// computes, one grouped query per type), then counted here by group, status and finding code.
import type { CheckResult } from '../domain/check-result';
import { statusOf, type CheckStatus } from '../checks/check-filter';
import type { DashboardContext, Group, ListLink } from './context';
import { ordered } from './groups';

type Row = Record<string, any> & { id: number; documentId: string; check?: CheckResult };

export interface StatusCounts {
  total: number;
  error: number;
  warning: number;
  ok: number;
}

export interface FindingGroup extends Group, StatusCounts {
  /** the records with errors behind the bar */
  link: ListLink;
}

export interface FindingCount {
  code: string;
  severity: 'error' | 'warning';
  count: number;
  link: ListLink;
}

const GRID = 'api::grid.grid';
const ORG = 'api::party-organisation.party-organisation';
const TOWNSHIP = 'api::township.township';

const docs = (ctx: DashboardContext, uid: string) => ctx.strapi.documents(uid as any) as any;

function tally(rows: Row[]): StatusCounts {
  const c = { total: rows.length, error: 0, warning: 0, ok: 0 };
  for (const r of rows) c[statusOf(r.check)]++;
  return c;
}

function byCode(rows: Row[], link: (code: string) => ListLink): FindingCount[] {
  const counts = new Map<string, FindingCount>();
  for (const r of rows) {
    for (const code of new Set((r.check?.findings ?? []).map((f) => `${f.severity}:${f.code}`))) {
      const [severity, c] = code.split(':') as ['error' | 'warning', string];
      const hit = counts.get(c) ?? { code: c, severity, count: 0, link: link(c) };
      hit.count++;
      if (severity === 'error') hit.severity = 'error';
      counts.set(c, hit);
    }
  }
  return [...counts.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}

/** Records that fail, by name, for the to-do panel and short lists (at most `limit`). */
function failing(rows: Row[], resource: string, limit = 10) {
  return rows.filter((r) => statusOf(r.check) === 'error').slice(0, limit)
    .map((r) => ({ id: r.documentId, name: r.name as string, findings: (r.check?.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.message), link: { resource, path: `/${resource}/${r.documentId}/show` } }));
}

/** Grids in scope with their checks and where they belong (township, and the branch their party group is under). */
export function gridRows(ctx: DashboardContext): Promise<Row[]> {
  return ctx.once('grids', () => docs(ctx, GRID).findMany({
    fields: ['name', 'code', 'kind'],
    sort: [{ code: 'asc' }],
    populate: {
      township: { fields: ['name', 'code'] },
      partyOrganisations: { fields: ['name', 'code', 'level'], populate: { parent: { fields: ['name', 'code', 'level'] } } },
    },
  }));
}

/** The branch a grid's party organisation belongs to: itself if a branch, else its parent. */
function branchOfGrid(g: Row): Group & { code?: string } | null {
  for (const o of g.partyOrganisations ?? []) {
    if (o.level === 'branch') return { id: o.documentId, name: o.name, code: o.code };
    if (o.parent?.level === 'branch') return { id: o.parent.documentId, name: o.parent.name, code: o.parent.code };
  }
  return null;
}

function groupOf(ctx: DashboardContext, row: Row): Group & { code?: string } | null {
  if (ctx.dimension === 'township') return row.township ? { id: row.township.documentId, name: row.township.name, code: row.township.code } : null;
  return branchOfGrid(row);
}

export async function gridSection(ctx: DashboardContext) {
  const rows = await gridRows(ctx);
  const groups = new Map<string | null, { group: Group & { code?: string }; rows: Row[] }>();
  for (const r of rows) {
    const g = ctx.dimension === 'party_group' ? null : groupOf(ctx, r);
    const key = g?.id ?? null;
    const entry = groups.get(key) ?? { group: g ?? { id: null, name: '' }, rows: [] };
    entry.rows.push(r);
    groups.set(key, entry);
  }
  const out: FindingGroup[] = ordered([...groups.values()].map(({ group, rows: rs }) => ({
    ...group,
    ...tally(rs),
    link: ctx.dimension === 'township' && group.id
      ? { resource: 'grids', filter: { township: group.id, check: 'error' } }
      : { resource: 'grids', filter: { id: (rs.some((r) => statusOf(r.check) === 'error') ? rs.filter((r) => statusOf(r.check) === 'error') : rs).map((r) => r.documentId) } },
  })));
  return {
    ...tally(rows),
    groups: ctx.dimension === 'party_group' ? [] : out,
    findings: byCode(rows, (code) => ({ resource: 'grids', filter: { finding: code } })),
    failing: failing(rows, 'grids'),
    link: { resource: 'grids', filter: { check: 'error' } } as ListLink,
  };
}

/** Branches (level 党支部) in scope with their size checks. */
export function branchRows(ctx: DashboardContext): Promise<Row[]> {
  return ctx.once('branches', () => docs(ctx, ORG).findMany({
    filters: { level: 'branch' },
    fields: ['name', 'code', 'level'],
    sort: [{ code: 'asc' }],
    populate: { township: { fields: ['name', 'code'] } },
  }));
}

export async function branchSection(ctx: DashboardContext) {
  const rows = await branchRows(ctx);
  let groups: FindingGroup[] = [];
  if (ctx.dimension === 'township') {
    const by = new Map<string, { group: Group & { code?: string }; rows: Row[] }>();
    for (const r of rows) {
      if (!r.township) continue;
      const e = by.get(r.township.documentId) ?? { group: { id: r.township.documentId, name: r.township.name, code: r.township.code }, rows: [] as Row[] };
      e.rows.push(r);
      by.set(r.township.documentId, e);
    }
    groups = ordered([...by.values()].map(({ group, rows: rs }) => ({ ...group, ...tally(rs), link: { resource: 'party-organisations', filter: { township: group.id, level: 'branch', check: 'error' } } })));
  }
  return {
    ...tally(rows),
    groups,
    findings: byCode(rows, (code) => ({ resource: 'party-organisations', filter: { level: 'branch', finding: code } })),
    failing: failing(rows, 'party-organisations'),
    link: { resource: 'party-organisations', filter: { level: 'branch', check: 'error' } } as ListLink,
  };
}

/** Townships in scope (the county's 13, or the caller's own) with their structure checks. */
export function townshipRows(ctx: DashboardContext): Promise<Row[]> {
  return ctx.once('townships', () => docs(ctx, TOWNSHIP).findMany({ fields: ['name', 'code'], sort: [{ code: 'asc' }] }));
}

export async function structureSection(ctx: DashboardContext) {
  const rows = await townshipRows(ctx);
  return {
    ...tally(rows),
    townships: rows.map((r) => ({
      id: r.documentId, name: r.name, status: statusOf(r.check) as CheckStatus,
      findings: (r.check?.findings ?? []).map((f) => ({ code: f.code, severity: f.severity, message: f.message })),
      link: { resource: 'townships', path: `/townships/${r.documentId}/show` } as ListLink,
    })),
    findings: byCode(rows, (code) => ({ resource: 'townships', filter: { finding: code } })),
    link: { resource: 'townships', filter: { check: 'error' } } as ListLink,
  };
}
