// Write-side rules Strapi's schema cannot express: required relations, the organisation tree's
// shape, grid roles from the staffing standards, and townships derived from organisations. They run
// inside the write's transaction (before it, or right after it for what only the result shows), so
// a refused request writes nothing.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import { withKnex } from '../db/knex';
import { T } from '../points/tables';
import { organisationSubtree } from '../scoping/organisation-tree';
import { bumpAuthEpoch } from '../shared/auth-epoch';
import { singleRef } from '../scoping/relation-input';

type Ctx = { uid: string; action: string; params: any };

const ORG = 'api::party-organisation.party-organisation';
const MEMBER = 'api::member.member';
const LEVEL_RANK: Record<string, number> = { committee: 0, general_branch: 1, branch: 2, party_group: 3 };

const LABELS: Record<string, string> = {
  township: '所属乡镇（街道）', grid: '所属网格', partyOrganisation: '所属党组织', parent: '上级党组织',
  organisation: '党组织', meeting: '会议', member: '党员', round: '评选', nomination: '推荐',
  department: '赋权的县直部门', item: '赋权事项', hall: '便民服务中心',
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

  /** Each organisation in `ids` sits below its parent (党委 → 党总支 → 党支部 → 党小组), checked after a write
   * so that every way of moving one (its own parent, or a parent's children) is covered. */
  const organisationShape = async (knex: Knex, ids: number[]) => {
    const l = linkTable(strapi, ORG, 'parent');
    const table = tableOf(strapi, ORG);
    const rows = await knex(`${table} as o`).whereIn('o.id', ids)
      .join(`${l.table} as l`, `l.${l.owner}`, 'o.id')
      .join(`${table} as p`, 'p.id', `l.${l.target}`)
      .select('o.level as level', 'p.level as parentLevel');
    if (rows.some((r: any) => LEVEL_RANK[r.parentLevel] >= LEVEL_RANK[r.level])) {
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

  /**
   * A record's township follows its organisation: a member's its branch's, an organisation's its
   * parent's. Whatever township the client sends is replaced, so nobody moves a record to another
   * township without moving its organisation (and the scope checks see the derived value).
   */
  const deriveTownship = async (knex: Knex, uid: string, data: any, documentId?: string): Promise<{ orgId: number; townshipId: number | null } | null> => {
    const via = uid === MEMBER ? 'partyOrganisation' : uid === ORG ? 'parent' : null;
    if (!via || (!(via in data) && !('township' in data))) return null;
    let ref = via in data ? singleRef(data[via]) : null;
    if (!(via in data) && documentId) {
      const current = await findRow(knex, uid, { documentId });
      const l = linkTable(strapi, uid, via);
      const link = current ? await knex(l.table).where(l.owner, current.id).first(l.target) : null;
      ref = link ? { id: link[l.target] } : null;
    }
    const org = ref ? await findRow(knex, ORG, ref) : null;
    if (!org) return null; // no organisation (a 党委 has no parent): the township is its own field
    const l = linkTable(strapi, ORG, 'township');
    const township = await knex(l.table).where(`${l.table}.${l.owner}`, org.id)
      .join(tableOf(strapi, 'api::township.township') + ' as t', 't.id', `${l.table}.${l.target}`)
      .first('t.id as id', 't.document_id as documentId');
    data.township = township ? township.documentId : null;
    return { orgId: org.id, townshipId: township?.id ?? null };
  };

  const currentTownship = async (knex: Knex, documentId: string): Promise<number | null> => {
    const org = await findRow(knex, ORG, { documentId });
    const l = linkTable(strapi, ORG, 'township');
    const link = org ? await knex(l.table).where(l.owner, org.id).first(l.target) : null;
    return link ? link[l.target] : null;
  };

  /** An organisation that changed township takes everything below it along: organisations, members, totals. */
  const cascadeTownship = async (knex: Knex, orgId: number, townshipId: number | null) => {
    const below = (await organisationSubtree(strapi, orgId)).filter((id) => id !== orgId);
    const ol = linkTable(strapi, ORG, 'township');
    const ml = linkTable(strapi, MEMBER, 'township');
    const pl = linkTable(strapi, MEMBER, 'partyOrganisation');
    const orgs = [orgId, ...below];
    const members = (await knex(pl.table).whereIn(pl.target, orgs).select(pl.owner)).map((r: any) => r[pl.owner]);
    const relink = async (l: { table: string; owner: string; target: string }, ids: number[]) => {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await knex(l.table).whereIn(l.owner, chunk).delete();
        if (townshipId != null) await knex(l.table).insert(chunk.map((id) => ({ [l.owner]: id, [l.target]: townshipId })));
      }
    };
    await relink(ol, below);
    await relink(ml, members);
    const year = new Date().getUTCFullYear();
    for (let i = 0; i < members.length; i += 500) {
      await knex(T.memberYears).whereIn('member_id', members.slice(i, i + 500)).andWhere('year', '>=', year).update({ township_id: townshipId });
    }
    await knex(T.branchYears).whereIn('branch_id', orgs).andWhere('year', '>=', year).update({ township_id: townshipId });
    bumpAuthEpoch(); // branch logins below it now belong to another township
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
    const documentId = ctx.params?.documentId;
    let derived: { orgId: number; townshipId: number | null } | null = null;
    let townshipBefore: number | null = null;
    await withKnex(strapi, async (knex) => {
      derived = await deriveTownship(knex, ctx.uid, data, documentId);
      if (ctx.uid === ORG && documentId && derived) townshipBefore = await currentTownship(knex, documentId);
      if (ctx.uid === 'api::grid-staff.grid-staff') await gridRole(knex, data);
    });
    requiredRelations(ctx);
    dateFields(ctx);
    const result = await next();
    const place = derived as { orgId: number; townshipId: number | null } | null;
    await withKnex(strapi, async (knex) => {
      if (ctx.uid === ORG && result?.id) {
        const l = linkTable(strapi, ORG, 'parent');
        const children = 'children' in data ? (await knex(l.table).where(l.target, result.id).select(l.owner)).map((r: any) => r[l.owner]) : [];
        if ('parent' in data || 'level' in data || children.length) await organisationShape(knex, [result.id, ...children]);
        if (place && ctx.action === 'update' && place.townshipId !== townshipBefore) await cascadeTownship(knex, result.id, place.townshipId);
      }
      if (ctx.uid === MEMBER && place && ctx.action === 'update' && documentId) await moveTotals(knex, documentId, { branchId: place.orgId, townshipId: place.townshipId });
    });
    return result;
  };
}
