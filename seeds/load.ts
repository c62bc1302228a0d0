// Writes a Plan into Strapi in one transaction: rows a natural key already names are left alone,
// so running it twice gives the same counts. Bulk inserts (not the document service) keep 30,000
// members to seconds; seeding has no request, so it is neither scoped nor audited.
import type { Plan, Ref } from './plan';
import { documentId } from '../cms/src/db/document-id';

// Only the parts of Strapi this loader touches; seeds stay free of Strapi imports.
export interface StrapiLike {
  db: {
    transaction<T>(cb: (ctx: { trx: any }) => Promise<T>): Promise<T>;
    metadata: { get(uid: string): { tableName: string; attributes: Record<string, any> } };
    query(uid: string): { createMany(p: { data: object[] }): Promise<{ ids: number[] }> };
    dialect: { client: string };
    connection: { raw(sql: string): Promise<unknown> };
  };
}

export type Log = (line: string) => void;

const UID = {
  template: 'api::office-template.office-template',
  standard: 'api::grid-standard.grid-standard',
  township: 'api::township.township',
  office: 'api::office.office',
  grid: 'api::grid.grid',
  organisation: 'api::party-organisation.party-organisation',
  member: 'api::member.member',
  staff: 'api::grid-staff.grid-staff',
} as const;

type Row = Record<string, unknown>;
/** relation attribute → the key map of its target (natural key → row id). */
type RelationKeys = Record<string, Map<string, number>>;

export interface LoadResult {
  inserted: Record<string, number>;
  ms: number;
}

export async function loadPlan(strapi: StrapiLike, plan: Plan, log: Log = () => {}): Promise<LoadResult> {
  const started = Date.now();
  const inserted: Record<string, number> = {};

  await strapi.db.transaction(async ({ trx }) => {
    const existingKeys = async (uid: string, key: string): Promise<Map<string, number>> => {
      const meta = strapi.db.metadata.get(uid);
      const column = meta.attributes[key].columnName ?? key;
      const rows: Array<{ id: number; k: string }> = await trx(meta.tableName).select('id', `${column} as k`);
      return new Map(rows.map((r) => [String(r.k), r.id]));
    };

    /** Inserts rows whose key is not there yet, then their relation links; returns key → id for all rows. */
    const insert = async (label: string, uid: string, key: string | null, rows: Row[], relations: RelationKeys = {}, deferred: string[] = []) => {
      const keys = key ? await existingKeys(uid, key) : new Map<string, number>();
      const fresh = key ? rows.filter((r) => !keys.has(String(r[key]))) : rows;
      inserted[label] = fresh.length;
      if (!fresh.length) {
        log(`  ${label}: ${rows.length} present`);
        return { keys, fresh: [] as Array<[Row, number]> };
      }
      const now = new Date();
      const data = fresh.map((r) => {
        const scalars: Row = { documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now };
        for (const [k, v] of Object.entries(r)) if (!(k in relations) && !deferred.includes(k)) scalars[k] = v;
        return scalars;
      });
      const ids: number[] = [];
      const CHUNK = 2000;
      for (let i = 0; i < data.length; i += CHUNK) {
        const res = await strapi.db.query(uid).createMany({ data: data.slice(i, i + CHUNK) });
        ids.push(...res.ids);
        if (data.length > CHUNK) log(`  ${label}: ${Math.min(i + CHUNK, data.length)}/${data.length}`);
      }
      const pairs = fresh.map((r, i) => [r, ids[i]] as [Row, number]);
      if (key) for (const [r, id] of pairs) keys.set(String(r[key]), id);
      await link(uid, pairs, relations);
      log(`  ${label}: +${fresh.length}`);
      return { keys, fresh: pairs };
    };

    const link = async (uid: string, pairs: Array<[Row, number]>, relations: RelationKeys) => {
      const meta = strapi.db.metadata.get(uid);
      for (const [attr, targetKeys] of Object.entries(relations)) {
        const jt = meta.attributes[attr].joinTable;
        const invOrd: string | undefined = jt.inverseOrderColumnName;
        let ord = 0;
        if (invOrd) ord = Number((await trx(jt.name).max(`${invOrd} as m`).first())?.m ?? 0);
        const links: Row[] = [];
        for (const [row, id] of pairs) {
          const ref = row[attr] as Ref;
          if (ref == null) continue;
          const target = targetKeys.get(ref);
          if (target == null) throw new Error(`seed: ${uid}.${attr} points at unknown key ${ref}`);
          const l: Row = { [jt.joinColumn.name]: id, [jt.inverseJoinColumn.name]: target };
          if (jt.orderColumnName) l[jt.orderColumnName] = 1;
          if (invOrd) l[invOrd] = ++ord;
          links.push(l);
        }
        for (let i = 0; i < links.length; i += 500) await trx(jt.name).insert(links.slice(i, i + 500));
      }
    };

    log('seeding rules and reference data');
    const templates = await insert('office templates', UID.template, 'code', plan.templates.map((t) => ({ ...t, offices: t.offices })));
    await insert('grid standards', UID.standard, 'kind', plan.standards.map((s) => ({ ...s })));
    const townships = await insert('townships', UID.township, 'code', plan.townships, { officeTemplate: templates.keys });
    const newTownships = new Set(townships.fresh.map(([r]) => r.code as string));
    await insert('offices', UID.office, null, plan.offices.filter((o) => newTownships.has(o.township!)), { township: townships.keys });
    const grids = await insert('grids', UID.grid, 'code', plan.grids, { township: townships.keys });

    // Organisations point at members (secretary) and members at organisations: insert both, then link.
    log('seeding party organisations and members');
    const orgs = await insert('party organisations', UID.organisation, 'code', plan.organisations,
      { township: townships.keys, grid: grids.keys }, ['parent', 'secretary']);
    const members = await insert('members', UID.member, 'code', plan.members, {
      partyOrganisation: orgs.keys, partyGroup: orgs.keys, grid: grids.keys, township: townships.keys,
    });
    await link(UID.organisation, orgs.fresh, { parent: orgs.keys, secretary: members.keys });
    await backfillProfiles(trx, strapi.db.metadata.get(UID.member), plan, log);

    const newGrids = new Set(grids.fresh.map(([r]) => r.code as string));
    await insert('grid staff', UID.staff, null, plan.gridStaff.filter((s) => newGrids.has(s.grid!)), { grid: grids.keys, member: members.keys });
  });

  return { inserted, ms: Date.now() - started };
}

const PROFILE_FIELDS = ['ethnicity', 'education', 'idNumber', 'employer', 'jobTitle', 'introducers', 'fullMemberDate'] as const;

/** Databases seeded before the 党员信息 fields existed get them once, from the same plan. */
async function backfillProfiles(trx: any, meta: { tableName: string; attributes: Record<string, any> }, plan: Plan, log: Log) {
  const column = (f: string) => meta.attributes[f].columnName ?? f;
  const bare: Array<{ id: number; code: string }> = await trx(meta.tableName).whereNull(column('idNumber')).whereNotNull('code').select('id', 'code');
  if (!bare.length) return;
  const byCode = new Map(plan.members.map((m) => [m.code, m]));
  let n = 0;
  for (const row of bare) {
    const m = byCode.get(row.code);
    if (!m) continue;
    await trx(meta.tableName).where('id', row.id).update(Object.fromEntries(PROFILE_FIELDS.map((f) => [column(f), m[f]])));
    n++;
  }
  log(`  member profiles: ${n} filled in`);
}
