// The scope through relations, generated from the content-type schemas: for every api:: type, every
// relation (and media field) and every role —
//   read:  populating the relation (and one level below it) from records in the caller's scope never
//          returns a record the caller cannot read directly; where possible a record out of scope is
//          linked first (a bait), so the test fails if populate is not narrowed;
//   write: connect / set / the bridge's ids pointing at a record out of the caller's scope are refused
//          with nothing written (links, the record, the audit log);
// so a type added later is covered without new code (it needs rows in and out of each scope).
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import roles from '../../config/roles.json';

const ROLES: RoleName[] = ['county', 'township', 'branch', 'member', 'department'];
const FILE = 'plugin::upload.file';
const OTHER_TOWNSHIP = '321323001'; // 众兴街道

let strapi: any;
let callers: Record<RoleName, Caller>;

const can = (role: RoleName, plural: string, letter: string) => ((roles.permissions as any)[plural]?.[role] ?? (role === 'county' ? 'crud' : '')).includes(letter);
const model = (uid: string) => strapi.getModel(uid);
const plural = (uid: string) => model(uid).info.pluralName;
const isToOne = (attr: any) => (attr.type === 'media' ? !attr.multiple : ['oneToOne', 'manyToOne'].includes(attr.relation));
const qs = (o: Record<string, string | number>) => Object.entries(o).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');

interface Relation {
  uid: string;
  name: string;
  attr: any;
  target: string;
}

/** Every relation and media field of every api:: type, from the schemas. */
function relations(): Relation[] {
  const out: Relation[] = [];
  for (const [uid, ct] of Object.entries<any>(strapi.contentTypes)) {
    if (!uid.startsWith('api::')) continue;
    for (const [name, attr] of Object.entries<any>(ct.attributes)) {
      if (name === 'localizations') continue; // Strapi's own (i18n), not part of the model
      if (attr.type === 'media') out.push({ uid, name, attr, target: FILE });
      else if (attr.type === 'relation' && attr.target?.startsWith('api::') && !String(attr.relation).startsWith('morph')) out.push({ uid, name, attr, target: attr.target });
    }
  }
  return out;
}

/** Of these documentIds of `uid`, the ones the caller can read (through the REST API itself). */
async function readable(c: Caller, uid: string, documentIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const ids = [...new Set(documentIds)];
  if (!ids.length || !can(c.role, plural(uid), 'r')) return out;
  for (let i = 0; i < ids.length; i += 50) {
    const chunk = ids.slice(i, i + 50);
    const q = qs({ 'pagination[pageSize]': 100, 'fields[0]': 'documentId', ...Object.fromEntries(chunk.map((d, j) => [`filters[documentId][$in][${j}]`, d])) });
    const res = await c.request('GET', `/api/${plural(uid)}?${q}`);
    expect(res.status, `read ${plural(uid)} as ${c.role}`).toBe(200);
    for (const r of res.body.data) out.add(r.documentId);
  }
  return out;
}

/** Records of `uid` the caller can list (a few). */
async function inScope(c: Caller, uid: string, n = 25): Promise<any[]> {
  const res = await c.request('GET', `/api/${plural(uid)}?${qs({ 'pagination[pageSize]': n, sort: 'id:asc' })}`);
  expect(res.status).toBe(200);
  return res.body.data;
}

/** A record of `uid` the caller cannot read, or null when every record is readable (global types). */
async function outOfScope(c: Caller, uid: string): Promise<any | null> {
  const other = await strapi.db.query('api::township.township').findOne({ where: { code: OTHER_TOWNSHIP } });
  const candidates = [
    ...(model(uid).attributes.township ? await strapi.db.query(uid).findMany({ where: { township: other.id }, limit: 20, orderBy: { id: 'asc' } }) : []),
    ...await strapi.db.query(uid).findMany({ limit: 40, orderBy: { id: 'desc' } }),
  ];
  const visible = await readable(c, uid, candidates.map((r: any) => r.documentId));
  return candidates.find((r: any) => !visible.has(r.documentId)) ?? null;
}

/** (uid, documentId) of every related record in a REST answer, at any depth. */
function relatedIn(uid: string, value: any, out: Array<[string, string]> = []): Array<[string, string]> {
  if (value == null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v) => relatedIn(uid, v, out));
    return out;
  }
  for (const [name, attr] of Object.entries<any>(model(uid)?.attributes ?? {})) {
    const v = value[name];
    if (v == null || typeof v !== 'object' || attr.type !== 'relation' || !attr.target?.startsWith('api::')) continue;
    for (const row of Array.isArray(v) ? v : [v]) {
      if (row?.documentId) out.push([attr.target, row.documentId]);
      relatedIn(attr.target, row, out);
    }
  }
  return out;
}

/** The ids a record links to through a relation or media field, straight from the database. */
async function links(uid: string, id: number, name: string): Promise<number[]> {
  const row = await strapi.db.query(uid).findOne({ where: { id }, populate: { [name]: { select: ['id'] } } });
  const v = row?.[name];
  return (Array.isArray(v) ? v : v ? [v] : []).map((r: any) => r.id).sort();
}

async function setLinks(uid: string, id: number, name: string, ids: number[], attr: any) {
  await strapi.db.query(uid).update({ where: { id }, data: { [name]: isToOne(attr) ? ids[0] ?? null : ids } });
}

const audits = () => strapi.db.query('api::audit-log.audit-log').count();

beforeAll(async () => {
  ({ strapi } = await testServer());
  callers = await roleCallers();
  // Every type needs rows outside each scope. The seed's ledger covers 王集镇 only: add a pending entry
  // for a member of another township (and a reversal chain stays as seeded).
  const other = await strapi.db.query('api::township.township').findOne({ where: { code: OTHER_TOWNSHIP } });
  const outsider = await strapi.db.query('api::member.member').findOne({ where: { township: other.id }, orderBy: { id: 'asc' } });
  const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.absent' } });
  const res = await callers.county.request('POST', '/ra/points-entries', { member: outsider.documentId, rule: rule.documentId, occurredOn: '2026-06-02', reason: '关联范围测试' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
});

describe('relations read through the scope (generated)', () => {
  it('covers every relation of every type', () => {
    expect(relations().length).toBeGreaterThanOrEqual(20);
  });

  for (const role of ROLES) {
    it(`no populate returns a record out of scope (${role})`, async () => {
      const c = callers[role];
      let baits = 0;
      for (const rel of relations()) {
        if (!can(role, plural(rel.uid), 'r')) continue;
        const rows = await inScope(c, rel.uid);
        if (!rows.length) continue;
        const m = rows[0];
        // A bait: a record out of scope linked to one in scope, unless that would move either of them.
        const inverse = rel.attr.inversedBy ?? rel.attr.mappedBy;
        const anchorHere = ['township', 'partyOrganisation', 'grid', 'member', 'parent', 'organisation', 'partyOrganisations'].includes(rel.name);
        // An event's assignments bound what a county department sees of it.
        const anchorThere = rel.target !== FILE && ['township', 'parent', 'grid', 'member', 'partyOrganisation', 'assignments'].includes(inverse ?? '');
        let restore: (() => Promise<void>) | null = null;
        const bait = role !== 'county' && rel.target !== FILE && !anchorHere && !anchorThere ? await outOfScope(c, rel.target) : null;
        if (bait) {
          if (rel.attr.mappedBy) {
            const owner = rel.attr.mappedBy;
            const before = await links(rel.target, bait.id, owner);
            await setLinks(rel.target, bait.id, owner, [m.id], model(rel.target).attributes[owner]);
            restore = () => setLinks(rel.target, bait.id, owner, before, model(rel.target).attributes[owner]);
          } else {
            const before = await links(rel.uid, m.id, rel.name);
            await setLinks(rel.uid, m.id, rel.name, isToOne(rel.attr) ? [bait.id] : [...before, bait.id], rel.attr);
            restore = () => setLinks(rel.uid, m.id, rel.name, before, rel.attr);
          }
          baits++;
        }
        try {
          for (const populate of [`populate[${rel.name}]=true`, `populate[${rel.name}][populate]=*`, `populate=*`]) {
            const res = await c.request('GET', `/api/${plural(rel.uid)}?${populate}&pagination[pageSize]=25&sort=id:asc`);
            expect(res.status, `${rel.uid}.${rel.name} ${populate} as ${role}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
            const found = relatedIn(rel.uid, res.body.data);
            const byType = new Map<string, string[]>();
            for (const [uid, doc] of found) byType.set(uid, [...(byType.get(uid) ?? []), doc]);
            for (const [uid, docs] of byType) {
              const ok = await readable(c, uid, docs);
              const leaked = docs.filter((d) => !ok.has(d));
              expect(leaked, `${rel.uid}.${rel.name} (${populate}) as ${role} leaked ${uid}`).toEqual([]);
            }
            if (bait) expect(found.some(([, d]) => d === bait.documentId), `bait ${rel.uid}.${rel.name} as ${role}`).toBe(false);
          }
          if (bait) {
            const one = await c.request('GET', `/api/${plural(rel.uid)}/${m.documentId}?populate[${rel.name}]=true`);
            expect(one.status).toBe(200);
            expect(JSON.stringify(one.body.data[rel.name] ?? null)).not.toContain(bait.documentId);
          }
        } finally {
          await restore?.();
        }
      }
      if (role !== 'county') expect(baits, `baits laid for ${role}`).toBeGreaterThan(0);
    });
  }
});

describe('relation writes out of scope are refused (generated)', () => {
  for (const role of ROLES.filter((r) => r !== 'county')) {
    it(`connect, set and the bridge's ids to a record out of scope write nothing (${role})`, async () => {
      const c = callers[role];
      let tried = 0;
      for (const rel of relations()) {
        if (!can(role, plural(rel.uid), 'u') || rel.target === FILE) continue;
        const [m] = await inScope(c, rel.uid, 1);
        const t = await outOfScope(c, rel.target);
        if (!m || !t) continue;
        const toOne = isToOne(rel.attr);
        const forms: Array<[string, string, unknown]> = toOne
          ? [['rest', 'plain', { [rel.name]: t.documentId }], ['rest', 'connect', { [rel.name]: { connect: [{ id: t.id }] } }], ['rest', 'set', { [rel.name]: { set: [t.documentId] } }], ['ra', 'id', { [rel.name]: t.documentId }]]
          : [['rest', 'connect', { [rel.name]: { connect: [t.documentId] } }], ['rest', 'list', { [rel.name]: [{ id: t.id }] }], ['rest', 'set', { [rel.name]: { set: [{ documentId: t.documentId }] } }], ['ra', 'ids', { [rel.name]: [t.documentId] }]];
        for (const [api, form, data] of forms) {
          const before = { mine: await links(rel.uid, m.id, rel.name), row: await strapi.db.query(rel.uid).findOne({ where: { id: m.id } }), audits: await audits() };
          const inverse = rel.attr.inversedBy ?? rel.attr.mappedBy;
          const theirs = inverse ? await links(rel.target, t.id, inverse) : null;
          const res = api === 'rest'
            ? await c.request('PUT', `/api/${plural(rel.uid)}/${m.documentId}`, { data })
            : await c.request('PUT', `/ra/${plural(rel.uid)}/${m.documentId}`, data);
          const what = `${api} ${form} ${rel.uid}.${rel.name} → out of scope, as ${role}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
          expect(res.status, what).toBeGreaterThanOrEqual(400);
          expect(res.status, what).toBeLessThan(500);
          expect(await links(rel.uid, m.id, rel.name), what).toEqual(before.mine);
          if (inverse) expect(await links(rel.target, t.id, inverse), what).toEqual(theirs);
          expect((await strapi.db.query(rel.uid).findOne({ where: { id: m.id } })).updatedAt, what).toEqual(before.row.updatedAt);
          expect(await audits(), what).toBe(before.audits);
          tried++;
        }
      }
      // Members and county departments update nothing with relations.
      if (role !== 'member' && role !== 'department') expect(tried, `writes tried for ${role}`).toBeGreaterThan(10);
    });
  }
});
