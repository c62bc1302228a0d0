// The nine ways around the row scope that were seen working (issue 7), each tried again as an
// attacker with a scoped login would: every one is refused with a 4xx and nothing written.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, asCaller, raQuery, roleCallers, type Caller, type RoleName } from './callers';
import { ensureDemoUsers, ensureUser } from '../../seeds/demo-users';
import { ensureSuperAdmin } from '../../seeds/super-admin';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PNG } from './files';

const OTHER_TOWNSHIP = '321323001'; // 众兴街道
const ORG = 'api::party-organisation.party-organisation';
const MEMBER = 'api::member.member';

let strapi: any;
let baseUrl: string;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let other: any;
let otherTownship: Caller;

const q = (uid: string) => strapi.db.query(uid);
const audits = () => q('api::audit-log.audit-log').count();

async function upload(caller: Caller, name = 'evidence.png', id?: number) {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  const res = await fetch(`${baseUrl}/api/upload${id ? `?id=${id}` : ''}`, { method: 'POST', headers: { Authorization: `Bearer ${caller.jwt}` }, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  ({ strapi, baseUrl } = await testServer());
  c = await roleCallers();
  a = await anchors();
  other = await q('api::township.township').findOne({ where: { code: OTHER_TOWNSHIP } });
  const id = await ensureUser(strapi, { username: 't-other-township', password: 'Test-pass-2026', role: 'township', township: other.id });
  otherTownship = asCaller('township', strapi.plugin('users-permissions').service('jwt').issue({ id }));
});

describe('1. populate reads only what is in scope', () => {
  it('a branch reading its own organisation with a deep populate gets no sibling, committee or foreign secretary', async () => {
    const res = await c.branch.request('GET', `/api/party-organisations/${a.branch.documentId}?populate[parent][populate][children][populate][secretary]=true&populate[children]=true&populate[secretary]=true`);
    expect(res.status).toBe(200);
    expect(res.body.data.parent).toBeNull(); // the township committee is above the branch's scope
    const subtree = new Set((await q(ORG).findMany({ where: { $or: [{ id: a.branch.id }, { parent: a.branch.id }] }, select: ['documentId'] })).map((o: any) => o.documentId));
    for (const child of res.body.data.children) expect(subtree.has(child.documentId)).toBe(true);
    const star = await c.branch.request('GET', `/api/members?populate=*&pagination[pageSize]=100`);
    for (const m of star.body.data) {
      expect(m.township?.id ?? a.township.id).toBe(a.township.id);
      if (m.partyOrganisation) expect(subtree.has(m.partyOrganisation.documentId)).toBe(true);
    }
  });

  it('users/me with populate gives a branch its own organisation and nothing above or beside it', async () => {
    const res = await c.branch.request('GET', '/api/users/me?populate[partyOrganisation][populate][parent][populate][children][populate]=secretary&populate[role][populate]=users');
    expect(res.status).toBe(200);
    expect(res.body.partyOrganisation.documentId).toBe(a.branch.documentId);
    expect(res.body.partyOrganisation.parent).toBeNull();
    expect(JSON.stringify(res.body.role ?? {})).not.toMatch(/t-county|t-township/);
  });

  it('a filter on a related record cannot probe records out of scope', async () => {
    const foreign = await q(MEMBER).findOne({ where: { township: other.id, phone: { $notNull: true } } });
    // Members of the branch whose organisation's parent has a child whose secretary has this phone: a probe.
    const probe = `filters[partyOrganisation][parent][children][secretary][phone]=${foreign.phone}`;
    const res = await c.branch.request('GET', `/api/members?${probe}`);
    expect(res.status).toBe(200);
    expect(res.body.meta.pagination.total).toBe(0);
    const byRa = await c.township.request('GET', `/ra/members${raQuery({ filter: { partyOrganisation: (await q(ORG).findOne({ where: { township: other.id, level: 'branch' } })).documentId } })}`);
    expect(byRa.headers.get('content-range')).toMatch(/\/0$/);
  });

  it('refuses a populate deeper than five levels, and nonsense populate, with 400', async () => {
    const deep = await c.county.request('GET', '/api/members?populate[partyOrganisation][populate][parent][populate][parent][populate][parent][populate][parent][populate][parent]=true');
    expect(deep.status).toBe(400);
    expect(JSON.stringify(deep.body)).toMatch(/最多展开 5 层/);
    const odd = await c.county.request('GET', '/api/members?populate[partyOrganisation][filters][id]=abc');
    expect(odd.status).toBe(400);
  });
});

describe('2. relation writes cannot point out of scope', () => {
  it('a township cannot create an organisation whose secretary is another township\'s member (REST connect by id, bridge id)', async () => {
    const foreign = await q(MEMBER).findOne({ where: { township: other.id }, orderBy: { id: 'asc' } });
    const committee = await q(ORG).findOne({ where: { township: a.township.id, level: 'committee' } });
    const before = { orgs: await q(ORG).count(), audits: await audits() };
    for (const secretary of [{ connect: [{ id: foreign.id }] }, { connect: [foreign.documentId] }, foreign.documentId]) {
      const rest = await c.township.request('POST', '/api/party-organisations?populate=secretary', {
        data: { name: '越界支部', level: 'branch', parent: committee.documentId, secretary },
      });
      expect(rest.status, JSON.stringify(rest.body)).toBe(403);
      expect(JSON.stringify(rest.body)).not.toContain(foreign.name);
      if (typeof secretary === 'string') expect(rest.body.error.message, JSON.stringify(rest.body)).toMatch(/不在您的管理范围内/);
    }
    const ra = await c.township.request('POST', '/ra/party-organisations', { name: '越界支部', level: 'branch', parent: committee.documentId, secretary: foreign.documentId });
    expect(ra.status).toBe(403);
    expect(await q(ORG).count()).toBe(before.orgs);
    expect(await audits()).toBe(before.audits);
  });

  it('grid staff cannot be linked to a member of another township, nor to an id that does not exist', async () => {
    const foreign = await q(MEMBER).findOne({ where: { township: other.id } });
    const grid = await q('api::grid.grid').findOne({ where: { township: a.township.id } });
    const before = await q('api::grid-staff.grid-staff').count();
    for (const member of [foreign.documentId, { connect: [{ id: foreign.id }] }, 99999999, 'no-such-document']) {
      const res = await c.township.request('POST', '/api/grid-staffs', { data: { name: '越界网格员', role: 'volunteer', grid: grid.documentId, member } });
      expect(res.status, JSON.stringify(member)).toBe(403);
    }
    expect(await q('api::grid-staff.grid-staff').count()).toBe(before);
  });

  it('looping ids reads nothing back: every answer is the same refusal', async () => {
    const messages = new Set<string>();
    for (let id = 1; id <= 5; id++) {
      const res = await c.township.request('PUT', `/api/party-organisations/${a.branch.documentId}`, { data: { secretary: { connect: [{ id }] } } });
      if (res.status !== 200) messages.add(`${res.status} ${res.body.error.message}`);
    }
    expect(messages.size).toBeLessThanOrEqual(1);
  });
});

describe('3. foreign records cannot be pulled in', () => {
  it('connecting another township\'s office to one\'s own township is refused, on REST and the bridge (set)', async () => {
    const foreign = await q('api::office.office').findOne({ where: { township: other.id } });
    const before = await audits();
    const rest = await c.township.request('PUT', `/api/townships/${a.township.documentId}`, { data: { offices: { connect: [foreign.documentId] } } });
    expect(rest.status).toBe(403);
    const ra = await c.township.request('PUT', `/ra/townships/${a.township.documentId}`, { offices: [foreign.documentId] });
    expect(ra.status).toBe(403);
    expect((await q('api::office.office').findOne({ where: { id: foreign.id }, populate: ['township'] })).township.id).toBe(other.id);
    expect(await audits()).toBe(before);
  });

  it('a branch cannot make a foreign organisation one of its children', async () => {
    const foreign = await q(ORG).findOne({ where: { township: other.id, level: 'party_group' } });
    const res = await c.branch.request('PUT', `/api/party-organisations/${a.branch.documentId}`, { data: { children: { connect: [foreign.documentId] } } });
    expect(res.status).toBe(403);
    const after = await q(ORG).findOne({ where: { id: foreign.id }, populate: ['parent'] });
    expect(after.parent.id).not.toBe(a.branch.id);
  });

  it('moving an office between a township\'s own records is fine and audited on the office too', async () => {
    const created = await c.county.request('POST', '/ra/offices', { name: '归属测试办', kind: 'office', township: other.documentId });
    const office = await q('api::office.office').findOne({ where: { documentId: created.body.id } });
    const res = await c.county.request('PUT', `/api/townships/${a.township.documentId}`, { data: { offices: { connect: [created.body.id] } } });
    expect(res.status).toBe(200);
    const entry = await q('api::audit-log.audit-log').findOne({ where: { recordId: created.body.id, resource: 'offices', action: 'update' }, orderBy: { id: 'desc' } });
    expect(entry.before).toEqual({ township: { id: other.documentId, name: other.name } });
    expect(entry.after).toEqual({ township: { id: a.township.documentId, name: a.township.name } });
    expect(entry.recordName).toBe('归属测试办');
    await q('api::office.office').delete({ where: { id: office.id } });
  });
});

describe('4. scope anchors are not the scoped caller\'s to move', () => {
  it('a branch cannot move its own organisation to another township or under another parent', async () => {
    const before = await q(ORG).findOne({ where: { id: a.branch.id }, populate: ['parent', 'township'] });
    const group = await q(ORG).findOne({ where: { parent: a.branch.id } });
    for (const data of [{ township: other.documentId }, { parent: group.documentId }, { parent: { disconnect: [before.parent.documentId] } }]) {
      const res = await c.branch.request('PUT', `/api/party-organisations/${a.branch.documentId}`, { data });
      expect(res.status, JSON.stringify(data)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    // The parent is out of the branch's sight, so it reads as null; sending null back keeps it.
    expect((await c.branch.request('PUT', `/api/party-organisations/${a.branch.documentId}`, { data: { parent: null } })).status).toBe(200);
    const after = await q(ORG).findOne({ where: { id: a.branch.id }, populate: ['parent', 'township'] });
    expect([after.parent?.id, after.township?.id]).toEqual([before.parent?.id, before.township?.id]);
  });

  it('the panel sending its own organisation back as it sees it (parent hidden, so null) changes nothing', async () => {
    const seen = await c.branch.request('GET', `/ra/party-organisations/${a.branch.documentId}`);
    expect(seen.body.parent).toBeNull();
    const res = await c.branch.request('PUT', `/ra/party-organisations/${a.branch.documentId}`, { ...seen.body, name: seen.body.name });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await q(ORG).findOne({ where: { id: a.branch.id }, populate: ['parent'] })).parent).not.toBeNull();
  });

  it('a branch cannot move its member to another township by sending only the township', async () => {
    const res = await c.branch.request('PUT', `/ra/members/${a.member.documentId}`, { township: other.documentId });
    expect(res.status).toBe(403);
    expect((await q(MEMBER).findOne({ where: { id: a.member.id }, populate: ['township'] })).township.id).toBe(a.township.id);
  });

  it('a member\'s and an organisation\'s township are always derived from their organisation', async () => {
    const created = await c.county.request('POST', '/ra/members', {
      name: '派生测试', gender: 'male', birthDate: '1990-01-01', joinedDate: '2015-07-01', status: 'full', partyOrganisation: a.branch.documentId, township: other.documentId,
    });
    expect(created.status).toBe(201);
    expect(created.body.township).toBe(a.township.documentId);
    const group = await c.county.request('POST', '/ra/party-organisations', { name: '派生小组', level: 'party_group', parent: a.branch.documentId, township: other.documentId });
    expect(group.body.township).toBe(a.township.documentId);
    await c.county.request('DELETE', `/ra/members/${created.body.id}`);
    await c.county.request('DELETE', `/ra/party-organisations/${group.body.id}`);
  });

  it('the county moving an organisation to another township takes its members along', async () => {
    const committee = await q(ORG).findOne({ where: { township: other.id, level: 'committee' } });
    const branch = await c.county.request('POST', '/ra/party-organisations', { name: '迁移测试支部', level: 'branch', parent: (await q(ORG).findOne({ where: { township: a.township.id, level: 'committee' } })).documentId });
    const member = await c.county.request('POST', '/ra/members', { name: '迁移测试', gender: 'female', birthDate: '1991-01-01', joinedDate: '2016-07-01', status: 'full', partyOrganisation: branch.body.id });
    expect(member.body.township).toBe(a.township.documentId);
    const moved = await c.county.request('PUT', `/ra/party-organisations/${branch.body.id}`, { parent: committee.documentId });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.township).toBe(other.documentId);
    expect((await c.county.request('GET', `/ra/members/${member.body.id}`)).body.township).toBe(other.documentId);
    await c.county.request('DELETE', `/ra/members/${member.body.id}`);
    await c.county.request('DELETE', `/ra/party-organisations/${branch.body.id}`);
  });
});

describe('5. a reversal only through the reverse action', () => {
  it('refuses `reverses` on a plain create, on REST and the bridge, for every role', async () => {
    const approved = await q('api::points-entry.points-entry').findOne({ where: { status: 'approved', township: a.township.id } });
    const rule = await q('api::points-rule.points-rule').findOne({ where: { code: 'base60.absent' } });
    const before = await q('api::points-entry.points-entry').count();
    for (const caller of [c.county, c.township, c.branch]) {
      const data = { member: a.member.documentId, rule: rule.documentId, occurredOn: '2026-06-01', reason: '伪冲正', pointsTenths: 30, reverses: approved.documentId };
      const rest = await caller.request('POST', '/api/points-entries', { data });
      expect(rest.status, caller.role).toBeGreaterThanOrEqual(400);
      expect(rest.status).toBeLessThan(500);
      expect(JSON.stringify(rest.body)).not.toContain(approved.reason);
      const ra = await caller.request('POST', '/ra/points-entries', data);
      expect(ra.status).toBeGreaterThanOrEqual(400);
    }
    expect(await q('api::points-entry.points-entry').count()).toBe(before);
  });
});

describe('6. an idempotency key answers only its own caller', () => {
  it('another caller re-sending a bulk award key gets 409 and nothing of the first answer', async () => {
    const rule = await q('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
    const m = await c.county.request('POST', '/ra/members', { name: '幂等测试', gender: 'male', birthDate: '1990-01-01', joinedDate: '2015-07-01', status: 'full', partyOrganisation: a.branch.documentId });
    const body = { rule: rule.documentId, members: [m.body.id], reason: '集中学习', occurredOn: '2026-06-01', idempotencyKey: `leak-${Date.now()}` };
    const first = await c.township.request('POST', '/api/points/bulk', body);
    expect(first.status).toBe(201);
    const replay = await otherTownship.request('POST', '/api/points/bulk', body);
    expect(replay.status).toBe(409);
    expect(JSON.stringify(replay.body)).not.toContain(first.body.entries[0]);
    expect((await c.township.request('POST', '/api/points/bulk', body)).status).toBe(200);
  });
});

describe('7. files are private', () => {
  it('nothing is served from /uploads, however the path is spelled', async () => {
    const up = await upload(c.county, 'county.png');
    expect(up.status).toBe(201);
    const row = await q('plugin::upload.file').findOne({ where: { id: up.body[0].id } });
    for (const path of [row.url, `/.${row.url}`, `/x/..${row.url}`, row.url.replace('/uploads/', '/%75ploads/'), row.url.toUpperCase()]) {
      const res = await fetch(baseUrl + path);
      expect(res.status, path).toBe(404);
    }
  });

  it('a read hands out a short-lived signed link; a bad or expired signature is refused', async () => {
    const up = await upload(c.branch);
    const link = up.body[0].url;
    expect(link).toMatch(/^\/api\/files\/\d+\/content\?/);
    const ok = await fetch(baseUrl + link);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await ok.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG');
    const tampered = link.replace(/signature=[^&]+/, 'signature=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await fetch(baseUrl + tampered)).status).toBe(403);
    const otherFile = link.replace(/\/files\/\d+\//, `/files/${up.body[0].id + 1000}/`);
    expect((await fetch(baseUrl + otherFile)).status).toBe(403);
    const expired = link.replace(/expires=\d+/, 'expires=1000');
    expect((await fetch(baseUrl + expired)).status).toBe(403);
  });

  it('/api/files/:id serves a file only to whom may see it', async () => {
    const mine = (await upload(c.branch)).body[0].id;
    expect((await c.branch.request('GET', `/api/files/${mine}`)).status).toBe(200);
    expect((await c.county.request('GET', `/api/files/${mine}`)).status).toBe(200);
    expect((await otherTownship.request('GET', `/api/files/${mine}`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/api/files/${mine}`)).status).toBe(403);
  });

  it('a branch cannot replace or rename a county upload; replacing one\'s own is audited', async () => {
    const county = (await upload(c.county, 'county-original.png')).body[0];
    const before = await q('plugin::upload.file').findOne({ where: { id: county.id } });
    const replace = await upload(c.branch, 'hijack.png', county.id);
    expect(replace.status).toBe(403);
    const form = new FormData();
    form.append('fileInfo', JSON.stringify({ name: 'renamed.png' }));
    const rename = await fetch(`${baseUrl}/api/upload?id=${county.id}`, { method: 'POST', headers: { Authorization: `Bearer ${c.branch.jwt}` }, body: form });
    expect(rename.status).toBe(403);
    const after = await q('plugin::upload.file').findOne({ where: { id: county.id } });
    expect([after.name, after.hash]).toEqual([before.name, before.hash]);
    const own = (await upload(c.branch, 'mine.png')).body[0];
    expect((await upload(c.branch, 'mine-v2.png', own.id)).status).toBe(200);
    const entries = await q('api::audit-log.audit-log').findMany({ where: { resource: 'files', recordId: String(own.id) }, orderBy: { id: 'asc' } });
    expect(entries.map((e: any) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ username: 't-branch', before: { name: 'mine.png' }, after: { name: 'mine-v2.png' } });
  });

  it('a file cannot be attached to a record unless the caller may see it', async () => {
    const foreignFile = (await upload(otherTownship, 'theirs.png')).body[0].id;
    const rule = await q('api::points-rule.points-rule').findOne({ where: { code: 'base60.volunteer' } });
    const res = await c.branch.request('POST', '/ra/points-entries', { member: a.member.documentId, rule: rule.documentId, occurredOn: '2026-06-01', reason: '别人的凭证', evidence: foreignFile });
    expect(res.status).toBe(403);
  });

  it('refuses files that are not pictures, PDF or office documents', async () => {
    const form = new FormData();
    form.append('files', new Blob(['<script>alert(1)</script>'], { type: 'text/html' }), 'x.html');
    const res = await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${c.branch.jwt}` }, body: form });
    expect(res.status).toBe(400);
  });
});

describe('8. no fixed secrets', () => {
  it('a token signed with the old fallback secret is not accepted', async () => {
    const crypto = await import('crypto');
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ id: 1, iat: Math.floor(Date.now() / 1000) })}`;
    const forged = `${head}.${crypto.createHmac('sha256', 'local-jwt-secret-siyang').update(head).digest('base64url')}`;
    const res = await fetch(`${baseUrl}/ra/_me`, { headers: { Authorization: `Bearer ${forged}` } });
    expect(res.status).toBe(401);
  });
});

describe('9. no open doors', () => {
  it('self-registration is closed', async () => {
    const before = await q('plugin::users-permissions.user').count();
    const res = await fetch(`${baseUrl}/api/auth/local/register`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'intruder', email: 'intruder@example.com', password: 'Intruder-2026' }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await q('plugin::users-permissions.user').count()).toBe(before);
    for (const path of ['/api/auth/forgot-password', '/api/auth/send-email-confirmation']) {
      const r = await fetch(baseUrl + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'x@example.com' }) });
      expect(r.status, path).toBe(403);
    }
  });

  it('Strapi\'s super admin gets a random password, kept in cms/.env, never the published demo one', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-admin-')), '.env');
    const saved = { file: process.env.SECRETS_FILE, email: process.env.STRAPI_ADMIN_EMAIL, password: process.env.STRAPI_ADMIN_PASSWORD };
    process.env.SECRETS_FILE = file;
    delete process.env.STRAPI_ADMIN_EMAIL;
    delete process.env.STRAPI_ADMIN_PASSWORD;
    try {
      const lines: string[] = [];
      await ensureSuperAdmin(strapi, (l) => lines.push(l));
      const password = /^STRAPI_ADMIN_PASSWORD=(.+)$/m.exec(fs.readFileSync(file, 'utf8'))![1];
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(lines.join('\n')).toContain(password);
      const login = (pw: string) => fetch(`${baseUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@siyang.example', password: pw }) });
      expect((await login('Siyang-demo-2026')).status).toBe(400);
      expect((await login(password)).status).toBe(200);
    } finally {
      await strapi.db.query('admin::user').deleteMany({ where: { email: 'admin@siyang.example' } });
      Object.assign(process.env, { SECRETS_FILE: saved.file ?? '', STRAPI_ADMIN_EMAIL: saved.email ?? '', STRAPI_ADMIN_PASSWORD: saved.password ?? '' });
      for (const k of ['SECRETS_FILE', 'STRAPI_ADMIN_EMAIL', 'STRAPI_ADMIN_PASSWORD']) if (!process.env[k]) delete process.env[k];
    }
  });

  it('the demo logins with the published password are never made in production', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(ensureDemoUsers(strapi)).rejects.toThrow(/生产环境/);
    } finally {
      process.env.NODE_ENV = env;
    }
    expect(await q('plugin::users-permissions.user').count({ where: { username: { $in: ['county', 'wangji'] } } })).toBe(0);
  });

  it('CORS answers no other origin', async () => {
    const res = await fetch(`${baseUrl}/api/townships`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await c.county.request('GET', '/ra/townships', undefined, { Origin: 'https://evil.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('10. a county department login (县直部门) sees only the events assigned to it', () => {
  const EVENT = 'api::event.event';
  it('lists, filters, populates and probes never reach another department\'s events or anything of the townships', async () => {
    const cg = await q('api::county-department.county-department').findOne({ where: { code: 'cg' } });
    const mine = await q(EVENT).count({ where: { assignments: { departmentRef: cg.id } } });
    // An event assigned to another department only: not readable, not countable, not populatable.
    const escalated = await q(EVENT).findMany({ where: { mode: 'escalate' }, populate: { assignments: { select: ['departmentRef'] } } });
    const foreign = escalated.find((e: any) => e.assignments.some((x: any) => x.departmentRef) && !e.assignments.some((x: any) => x.departmentRef === cg.id));
    expect(foreign, 'the seed has an escalated event of another department').toBeTruthy();
    expect((await c.department.request('GET', `/api/events/${foreign.documentId}`)).status).toBe(404);
    expect((await c.department.request('GET', `/ra/events/${foreign.documentId}`)).status).toBe(404);
    expect((await c.department.request('GET', `/api/events?filters[code][$eq]=${foreign.code}`)).body.meta.pagination.total).toBe(0);
    expect((await c.department.request('GET', `/ra/events${raQuery({ range: [0, 0] })}`)).headers.get('content-range')).toMatch(new RegExp(`/${mine}$`));
    // A populate from its own events shows its own assignments, and no grid, township or other department's part.
    const res = await c.department.request('GET', '/api/events?populate[assignments][populate]=*&populate[grid]=true&populate[township]=true&pagination[pageSize]=100');
    expect(res.status).toBe(200);
    for (const e of res.body.data) {
      expect(e.grid ?? null).toBeNull();
      expect(e.township ?? null).toBeNull();
      for (const x of e.assignments) expect(x.department?.documentId ?? cg.documentId).toBe(cg.documentId);
    }
    // A filter through the assignments cannot probe other departments' work.
    const probe = await c.department.request('GET', `/api/events?filters[assignments][reason][$notNull]=true&filters[assignments][departmentRef][$ne]=${cg.id}`);
    expect([200, 400]).toContain(probe.status);
    if (probe.status === 200) for (const e of probe.body.data) expect(await q(EVENT).count({ where: { documentId: e.documentId, assignments: { departmentRef: cg.id } } })).toBe(1);
    // The department acts on its own assignments only, and writes nothing through REST.
    const before = await audits();
    expect((await c.department.request('POST', `/api/events/${foreign.documentId}/close`, { result: 'x', satisfaction: 5 })).status).toBe(404);
    expect((await c.department.request('PUT', `/api/events/${foreign.documentId}`, { data: { result: 'x' } })).status).toBe(403);
    expect((await c.department.request('GET', '/api/dashboard')).status).toBe(403);
    expect(await audits()).toBe(before);
  });
});
