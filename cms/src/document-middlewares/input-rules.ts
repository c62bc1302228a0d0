// Write-side rules Strapi's schema cannot express: required relations, the organisation tree's
// shape, grid roles from the staffing standards, and a member's township derived from its branch.
// They run before the write, so a refused request writes nothing.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import { withKnex } from '../db/knex';
import { T } from '../points/tables';

type Ctx = { uid: string; action: string; params: any };

const LEVEL_RANK: Record<string, number> = { committee: 0, general_branch: 1, branch: 2, party_group: 3 };

const LABELS: Record<string, string> = {
  township: '所属乡镇（街道）', grid: '所属网格', partyOrganisation: '所属党组织', parent: '上级党组织',
};

/** Does a relation input (id, documentId, {connect}, {set}, array) name at least one target? */
function namesTarget(v: unknown): boolean {
  if (v == null) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('set' in o) return namesTarget(o.set);
    if ('connect' in o) return namesTarget(o.connect);
    return 'id' in o || 'documentId' in o;
  }
  return typeof v === 'string' ? v.length > 0 : typeof v === 'number';
}

/** Resolves a single relation input to its documentId or numeric id, when it is one. */
function singleRef(v: unknown): { documentId?: string; id?: number } | null {
  if (v == null) return null;
  if (typeof v === 'string') return { documentId: v };
  if (typeof v === 'number') return { id: v };
  if (Array.isArray(v)) return v.length === 1 ? singleRef(v[0]) : null;
  if (typeof v === 'object') {
    const o = v as any;
    if ('set' in o) return singleRef(o.set);
    if ('connect' in o) return singleRef(o.connect);
    if (typeof o.documentId === 'string') return { documentId: o.documentId };
    if (typeof o.id === 'number') return { id: o.id };
  }
  return null;
}

function fail(message: string, details: Record<string, unknown> = {}): never {
  throw new errors.ValidationError(message, details);
}

export function inputRules(strapi: Core.Strapi) {
  const findRow = async (knex: Knex, uid: string, ref: { documentId?: string; id?: number }) => {
    const where = ref.documentId ? { document_id: ref.documentId } : { id: ref.id };
    return knex(tableOf(strapi, uid)).where(where).first();
  };

  const requiredRelations = (ctx: Ctx) => {
    const attrs = strapi.getModel(ctx.uid as any)?.attributes ?? {};
    const data = ctx.params?.data ?? {};
    for (const [name, attr] of Object.entries<any>(attrs)) {
      if (attr.type !== 'relation' || !attr.required) continue;
      const given = Object.prototype.hasOwnProperty.call(data, name);
      if ((ctx.action === 'create' && !namesTarget(data[name])) || (ctx.action === 'update' && given && !namesTarget(data[name]))) {
        fail(`${LABELS[name] ?? name}不能为空`, { field: name, code: 'relation_required' });
      }
    }
  };

  /** Strapi's own date error does not say which field; this one does. */
  const dateFields = (ctx: Ctx) => {
    const attrs = strapi.getModel(ctx.uid as any)?.attributes ?? {};
    const data = ctx.params?.data ?? {};
    for (const [name, attr] of Object.entries<any>(attrs)) {
      const v = data[name];
      if (attr.type === 'date' && v != null && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))) {
        fail(`${name} 应为日期，格式 YYYY-MM-DD`, { field: name, code: 'invalid_date' });
      }
    }
  };

  const organisationShape = async (knex: Knex, data: any, documentId?: string) => {
    if (!('parent' in data) && !('level' in data)) return;
    const current = documentId ? await findRow(knex, 'api::party-organisation.party-organisation', { documentId }) : null;
    const level = data.level ?? current?.level;
    // On an update that changes only the level, the parent stays: check against it.
    let parentRef = singleRef(data.parent);
    if (!('parent' in data) && current) {
      const l = linkTable(strapi, 'api::party-organisation.party-organisation', 'parent');
      const link = await knex(l.table).where(l.owner, current.id).first(l.target);
      parentRef = link ? { id: link[l.target] } : null;
    }
    if (!parentRef || !level) return;
    const parent = await findRow(knex, 'api::party-organisation.party-organisation', parentRef);
    if (!parent) return; // Strapi itself answers unknown relation targets
    if (LEVEL_RANK[parent.level] >= LEVEL_RANK[level]) {
      fail('上级党组织的层级必须高于本组织（党委 → 党总支 → 党支部 → 党小组）', { field: 'parent', code: 'parent_level' });
    }
  };

  const gridRole = async (knex: Knex, data: any) => {
    if (!('role' in data) || typeof data.role !== 'string') return;
    const rows = await knex(tableOf(strapi, 'api::grid-standard.grid-standard')).select('roles');
    const known = new Set<string>();
    for (const r of rows) for (const role of (typeof r.roles === 'string' ? JSON.parse(r.roles) : r.roles) ?? []) known.add(role.role);
    if (!known.has(data.role)) {
      fail(`岗位“${data.role}”不在网格配备标准中（可选：${[...known].join('、')}）`, { field: 'role', code: 'unknown_role' });
    }
  };

  /** A member's township always follows its branch, so scoping and ranks can use it directly. */
  const memberTownship = async (knex: Knex, data: any): Promise<{ branchId: number; townshipId: number | null } | null> => {
    if (!('partyOrganisation' in data)) return null;
    const ref = singleRef(data.partyOrganisation);
    if (!ref) return null;
    const org = await findRow(knex, 'api::party-organisation.party-organisation', ref);
    if (!org) return null;
    const l = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
    const township = await knex(l.table).where(`${l.table}.${l.owner}`, org.id)
      .join(tableOf(strapi, 'api::township.township') + ' as t', 't.id', `${l.table}.${l.target}`)
      .first('t.id as id', 't.document_id as documentId');
    if (township) data.township = township.documentId;
    return { branchId: org.id, townshipId: township?.id ?? null };
  };

  /** This year's points totals move with a member who changes branch, so ranks count them there. */
  const moveTotals = async (knex: Knex, documentId: string, place: { branchId: number; townshipId: number | null }) => {
    const member = await findRow(knex, 'api::member.member', { documentId });
    if (!member) return;
    await knex(T.memberYears).where('member_id', member.id).andWhere('year', '>=', new Date().getUTCFullYear())
      .update({ branch_id: place.branchId, township_id: place.townshipId });
  };

  return async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action !== 'create' && ctx.action !== 'update') return next();
    const data = ctx.params?.data;
    if (!data || typeof data !== 'object') return next();
    requiredRelations(ctx);
    dateFields(ctx);
    let moved: { branchId: number; townshipId: number | null } | null = null;
    await withKnex(strapi, async (knex) => {
      if (ctx.uid === 'api::party-organisation.party-organisation') await organisationShape(knex, data, ctx.params?.documentId);
      if (ctx.uid === 'api::grid-staff.grid-staff') await gridRole(knex, data);
      if (ctx.uid === 'api::member.member') moved = await memberTownship(knex, data);
    });
    const result = await next();
    const place = moved as { branchId: number; townshipId: number | null } | null;
    if (place && ctx.action === 'update' && ctx.params?.documentId) await withKnex(strapi, (knex) => moveTotals(knex, ctx.params.documentId, place));
    return result;
  };
}
