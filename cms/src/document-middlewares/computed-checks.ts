// Fills the read-only `check` field of townships, party organisations and grids on every read,
// so the domain checks are current through REST, the bridge and GraphQL alike. One grouped query
// per page of results: the cost follows the page, not the table.
import type { Core } from '@strapi/strapi';
import { checkTownship, type OfficeSpec, type OfficeTemplate } from '../domain/township-structure';
import { checkBranch, termYears, type BranchFacts } from '../domain/branch-rules';
import { checkGridStaffing, type GridStandard } from '../domain/grid-staffing';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import { withKnex } from '../db/knex';
import { checkServiceHall } from '../domain/services/service-hall';

type Entity = Record<string, any> & { id: number };
type Compute = (strapi: Core.Strapi, knex: Knex, ids: number[]) => Promise<Map<number, unknown>>;

const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'create', 'update']);

const parseJson = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

const townshipChecks: Compute = async (strapi, knex, ids) => {
  const T = 'api::township.township';
  const towns = await knex(tableOf(strapi, T)).whereIn('id', ids)
    .select('id', 'population', 'signage_posted', 'functions_handed_over', 'staff_assigned', 'offices_colocated');
  const templates: OfficeTemplate[] = (await knex(tableOf(strapi, 'api::office-template.office-template'))
    .select('id', 'code', 'name', 'min_population', 'max_population', 'offices'))
    .map((t: any) => ({ code: t.code, name: t.name, minPopulation: t.min_population, maxPopulation: t.max_population, offices: parseJson(t.offices) ?? [] }));
  const tl = linkTable(strapi, T, 'officeTemplate');
  const templateRows = await knex(tl.table).whereIn(tl.owner, ids)
    .join(tableOf(strapi, 'api::office-template.office-template') + ' as ot', 'ot.id', `${tl.table}.${tl.target}`)
    .select(`${tl.table}.${tl.owner} as township`, 'ot.code as code');
  const ol = linkTable(strapi, 'api::office.office', 'township');
  const officeRows = await knex(ol.table).whereIn(ol.target, ids)
    .join(tableOf(strapi, 'api::office.office') + ' as o', 'o.id', `${ol.table}.${ol.owner}`)
    .select(`${ol.table}.${ol.target} as township`, 'o.name as name', 'o.kind as kind');
  const officesOf = new Map<number, OfficeSpec[]>();
  for (const o of officeRows) officesOf.set(o.township, [...(officesOf.get(o.township) ?? []), { name: o.name, kind: o.kind }]);
  const templateOf = new Map(templateRows.map((r: any) => [r.township, r.code]));
  return new Map(towns.map((t: any) => [t.id, checkTownship({
    population: t.population,
    templateCode: templateOf.get(t.id) ?? null,
    offices: officesOf.get(t.id) ?? [],
    signagePosted: !!t.signage_posted,
    functionsHandedOver: !!t.functions_handed_over,
    staffAssigned: !!t.staff_assigned,
    officesColocated: !!t.offices_colocated,
  }, templates)]));
};

const organisationChecks: Compute = async (strapi, knex, ids) => {
  const orgs = await knex(tableOf(strapi, 'api::party-organisation.party-organisation')).whereIn('id', ids)
    .select('id', 'level', 'category', 'committee_size');
  const ml = linkTable(strapi, 'api::member.member', 'partyOrganisation');
  const counts = await knex(ml.table).whereIn(`${ml.table}.${ml.target}`, ids)
    .join(tableOf(strapi, 'api::member.member') + ' as m', 'm.id', `${ml.table}.${ml.owner}`)
    .groupBy(`${ml.table}.${ml.target}`, 'm.status')
    .select(`${ml.table}.${ml.target} as org`, 'm.status as status')
    .count({ n: '*' });
  const tally = new Map<number, { full: number; probationary: number }>();
  for (const c of counts as any[]) {
    const t = tally.get(c.org) ?? { full: 0, probationary: 0 };
    if (c.status === 'full' || c.status === 'probationary') t[c.status as 'full' | 'probationary'] += Number(c.n);
    tally.set(c.org, t);
  }
  return new Map(orgs.map((o: any) => {
    const t = tally.get(o.id) ?? { full: 0, probationary: 0 };
    const facts: BranchFacts = { level: o.level, category: o.category, fullMembers: t.full, probationaryMembers: t.probationary, committeeSize: o.committee_size };
    return [o.id, { ...checkBranch(facts), fullMembers: t.full, probationaryMembers: t.probationary, termYears: termYears(o.category) }];
  }));
};

const gridChecks: Compute = async (strapi, knex, ids) => {
  const grids = await knex(tableOf(strapi, 'api::grid.grid')).whereIn('id', ids).select('id', 'kind');
  const standards = new Map<string, GridStandard>((await knex(tableOf(strapi, 'api::grid-standard.grid-standard')).select('kind', 'name', 'roles'))
    .map((s: any) => [s.kind, { kind: s.kind, name: s.name, roles: parseJson(s.roles) ?? [] }]));
  const sl = linkTable(strapi, 'api::grid-staff.grid-staff', 'grid');
  const staff = await knex(sl.table).whereIn(`${sl.table}.${sl.target}`, ids)
    .join(tableOf(strapi, 'api::grid-staff.grid-staff') + ' as s', 's.id', `${sl.table}.${sl.owner}`)
    .select(`${sl.table}.${sl.target} as grid`, 's.role as role');
  const rolesOf = new Map<number, string[]>();
  for (const s of staff) rolesOf.set(s.grid, [...(rolesOf.get(s.grid) ?? []), s.role]);
  return new Map(grids.map((g: any) => [g.id, { ...checkGridStaffing(rolesOf.get(g.id) ?? [], standards.get(g.kind)), standard: standards.get(g.kind)?.name ?? null }]));
};

// A service hall's 六有 and windows are its own fields: the check needs no other table.
const hallChecks: Compute = async (strapi, knex, ids) => {
  const halls = await knex(tableOf(strapi, 'api::service-hall.service-hall')).whereIn('id', ids)
    .select('id', 'has_premises', 'has_facilities', 'has_staff', 'has_rules', 'has_guides', 'has_ledgers', 'windows');
  return new Map(halls.map((h: any) => [h.id, checkServiceHall({
    hasPremises: !!h.has_premises, hasFacilities: !!h.has_facilities, hasStaff: !!h.has_staff, hasRules: !!h.has_rules,
    hasGuides: !!h.has_guides, hasLedgers: !!h.has_ledgers, windows: parseJson(h.windows) ?? [],
  })]));
};

const COMPUTE: Record<string, Compute> = {
  'api::township.township': townshipChecks,
  'api::party-organisation.party-organisation': organisationChecks,
  'api::grid.grid': gridChecks,
  'api::service-hall.service-hall': hallChecks,
};

export function computedChecks(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    const compute = COMPUTE[ctx.uid];
    if (!compute) return next();
    // `check` is derived; whatever a client sends for it is dropped.
    if (ctx.params?.data && typeof ctx.params.data === 'object') delete ctx.params.data.check;
    const res = await next();
    if (!READ_ACTIONS.has(ctx.action) || !res) return res;
    const list: Entity[] = Array.isArray(res) ? res : [res];
    const ids = list.map((e) => e?.id).filter((id): id is number => typeof id === 'number');
    if (!ids.length) return res;
    const checks = await withKnex(strapi, (knex) => compute(strapi, knex, ids));
    for (const e of list) if (e && checks.has(e.id)) e.check = checks.get(e.id);
    return res;
  };
}
