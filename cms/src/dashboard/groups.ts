// Names of the groups a dashboard breaks numbers down by, and each member's group as SQL.
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import type { DashboardContext, Group } from './context';

const MEMBER = 'api::member.member';
const ORG = 'api::party-organisation.party-organisation';
const TOWNSHIP = 'api::township.township';

/** The member link that holds the dashboard's dimension (township, branch or party group). */
export function memberGroupLink(ctx: DashboardContext) {
  const attribute = ctx.dimension === 'township' ? 'township' : ctx.dimension === 'branch' ? 'partyOrganisation' : 'partyGroup';
  return linkTable(ctx.strapi, MEMBER, attribute);
}

/** Numeric id → { documentId, name } for the groups that occur. */
export interface NamedGroup extends Group {
  numericId: number;
  code: string | null;
}

export async function groupNames(ctx: DashboardContext, ids: Array<number | null>): Promise<Map<number, NamedGroup>> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null).map(Number))];
  const uid = ctx.dimension === 'township' ? TOWNSHIP : ORG;
  const rows = wanted.length
    ? await ctx.knex(tableOf(ctx.strapi, uid)).whereIn('id', wanted).select('id', 'document_id', 'name', 'code')
    : [];
  return new Map(rows.map((r: any) => [Number(r.id), { numericId: Number(r.id), id: r.document_id, name: r.name, code: r.code ?? null }]));
}

/** Groups in a stable order: by code (townships by division code, organisations by their code), the unnamed last. */
export function ordered<T extends { id: string | null; code?: string | null; name: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.id == null ? 1 : b.id == null ? -1 : String(a.code ?? a.name).localeCompare(String(b.code ?? b.name))));
}

export type Qb = Knex.QueryBuilder;
