// GraphQL (/graphql) under the same scope as REST and the bridge, generated from the schemas: for every
// type and role, the list total equals the bridge's and an out-of-scope record by id reads as null; every
// relation field returns only what the caller may read; logins are required over POST and GET; the
// audit log and the ledger's rules hold; malformed queries are a 400 in Chinese; the reports answer the
// same numbers as REST.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';
import roles from '../../config/roles.json';

const ROLES: RoleName[] = ['county', 'township', 'branch', 'member'];
const OTHER_TOWNSHIP = '321323001';

let strapi: any;
let baseUrl: string;
let c: Record<RoleName, Caller>;
let naming: any;

const can = (role: RoleName, plural: string) => ((roles.permissions as any)[plural]?.[role] ?? (role === 'county' ? 'r' : '')).includes('r');
const gql = (caller: Caller, query: string, variables?: Record<string, unknown>) => caller.request('POST', '/graphql', { query, variables });
const types = () => Object.values<any>(strapi.contentTypes).filter((ct) => ct.uid.startsWith('api::') && ct.kind === 'collectionType');

beforeAll(async () => {
  ({ strapi, baseUrl } = await testServer());
  c = await roleCallers();
  naming = strapi.plugin('graphql').service('utils').naming;
});

describe('GraphQL needs a login', () => {
  it('over POST and GET', async () => {
    const post = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: '{ townships { name } }' }) });
    expect(post.status).toBe(401);
    expect((await post.json()).errors[0].message).toMatch(/请先登录/);
    const get = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ townships { name } }')}`);
    expect(get.status).toBe(401);
    const forged = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer nonsense' }, body: JSON.stringify({ query: '{ townships { name } }' }) });
    expect(forged.status).toBe(401);
    const withLogin = await fetch(`${baseUrl}/graphql?query=${encodeURIComponent('{ townships { name } }')}`, { headers: { Authorization: `Bearer ${c.county.jwt}`, 'apollo-require-preflight': 'true' } });
    expect(withLogin.status).toBe(200);
  });
});

describe('GraphQL scope (generated from the schemas)', () => {
  for (const role of ROLES) {
    it(`every type's total and reads by id match the bridge (${role})`, async () => {
      const other = await strapi.db.query('api::township.township').findOne({ where: { code: OTHER_TOWNSHIP } });
      for (const ct of types()) {
        const plural = ct.info.pluralName;
        const list = naming.getFindConnectionQueryName(ct);
        const res = await gql(c[role], `{ ${list} { pageInfo { total } } }`);
        if (!can(role, plural)) {
          expect(res.body.errors?.[0]?.extensions?.code, `${plural} as ${role}`).toBe('FORBIDDEN');
          continue;
        }
        expect(res.body.errors, `${plural} as ${role}: ${JSON.stringify(res.body.errors)}`).toBeUndefined();
        const ra = await c[role].request('GET', `/ra/${plural}${raQuery({ range: [0, 0] })}`);
        expect(res.body.data[list].pageInfo.total, `${plural} total as ${role}`).toBe(totalOf(ra.headers.get('content-range')));
        // A record of another township, asked for by id, is null (not an error that confirms it).
        if (role === 'county' || !ct.attributes.township) continue;
        const foreign = await strapi.db.query(ct.uid).findOne({ where: { township: other.id } });
        if (!foreign) continue;
        const one = naming.getFindOneQueryName(ct);
        const byId = await gql(c[role], `query($id: ID!) { ${one}(documentId: $id) { documentId } }`, { id: foreign.documentId });
        expect(byId.body.data?.[one] ?? null, `${plural} by id as ${role}`).toBeNull();
      }
    });

    it(`relation fields return only what the caller may read (${role})`, async () => {
      let checked = 0;
      for (const ct of types()) {
        if (!can(role, ct.info.pluralName)) continue;
        const list = naming.getFindQueryName(ct);
        for (const [name, attr] of Object.entries<any>(ct.attributes)) {
          if (attr.type !== 'relation' || !attr.target?.startsWith('api::') || name === 'localizations') continue;
          const target = strapi.getModel(attr.target);
          const res = await gql(c[role], `{ ${list}(pagination: { limit: 25 }) { documentId ${name} { documentId } } }`);
          if (res.body.errors) {
            // A type the role cannot read at all is refused as a whole field, never leaked.
            expect(res.body.errors[0].extensions?.code, `${ct.info.pluralName}.${name} as ${role}`).toBe('FORBIDDEN');
            continue;
          }
          const related = res.body.data[list].flatMap((row: any) => (Array.isArray(row[name]) ? row[name] : row[name] ? [row[name]] : [])).map((r: any) => r.documentId);
          if (!related.length) continue;
          const visible = await c[role].request('GET', `/ra/${target.info.pluralName}${raQuery({ filter: { id: [...new Set(related)] }, range: [0, 999] })}`);
          const readable = new Set((visible.status === 200 ? visible.body : []).map((r: any) => r.id));
          const leaked = related.filter((d: string) => !readable.has(d));
          expect(leaked, `${ct.info.pluralName}.${name} as ${role} leaked`).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('a branch sees its own organisation without the committee above it', async () => {
    const { branch } = await anchors();
    const res = await gql(c.branch, `query($id: ID!) { partyOrganisation(documentId: $id) { name parent { name } children { name } } }`, { id: branch.documentId });
    expect(res.body.data.partyOrganisation.name).toBe(branch.name);
    expect(res.body.data.partyOrganisation.parent).toBeNull();
  });

  it('pages are bounded at 100 rows', async () => {
    const res = await gql(c.county, '{ members(pagination: { limit: 500 }) { documentId } }');
    expect(res.body.data.members.length).toBeLessThanOrEqual(100);
  });
});

describe('GraphQL keeps the rules of the ledger and the audit log', () => {
  it('nobody writes the audit log, and approved entries and reversals are not free edits', async () => {
    const before = await strapi.db.query('api::audit-log.audit-log').count();
    const audit = await gql(c.county, 'mutation { createAuditLog(data: { action: create, resource: "x", at: "2026-01-01T00:00:00Z" }) { documentId } }');
    expect(audit.body.errors).toBeDefined();
    const approved = await strapi.db.query('api::points-entry.points-entry').findOne({ where: { status: 'approved' } });
    const edit = await gql(c.county, `mutation($id: ID!) { updatePointsEntry(documentId: $id, data: { reason: "改" }) { documentId } }`, { id: approved.documentId });
    expect(edit.body.errors?.[0]?.message).toMatch(/不可修改/);
    const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.absent' } });
    const { member } = await anchors();
    const reversal = await gql(c.county, `mutation($m: ID!, $r: ID!, $e: ID!) { createPointsEntry(data: { member: $m, rule: $r, occurredOn: "2026-06-01", reason: "伪冲正", pointsTenths: 30, reverses: $e }) { documentId } }`,
      { m: member.documentId, r: rule.documentId, e: approved.documentId });
    expect(reversal.body.errors?.[0]?.message).toMatch(/冲正只能通过/);
    expect(await strapi.db.query('api::audit-log.audit-log').count()).toBe(before);
  });
});

describe('GraphQL answers malformed queries with 400 in Chinese', () => {
  it('syntax, unknown fields and too deep', async () => {
    for (const [query, message] of [
      ['{ members { ', /查询语法错误/],
      ['{ members { nope } }', /没有字段 nope/],
      ['{ members { partyOrganisation { parent { parent { parent { parent { parent { parent { name } } } } } } } } }', /查询嵌套过深/],
    ] as const) {
      const res = await gql(c.county, query);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].message).toMatch(message);
    }
    const forbidden = await gql(c.member, '{ auditLogs { action } }');
    expect(forbidden.body.errors[0].message).toMatch(/无权/);
  });

  it('introspection and the landing page are off in production', async () => {
    const was = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      const { default: plugins } = await import('../../cms/config/plugins');
      const env = Object.assign((k: string, d?: unknown) => process.env[k] ?? d, { int: (k: string, d: number) => Number(process.env[k] ?? d) });
      const config = plugins({ env } as any) as any;
      expect(config.graphql.config.landingPage).toBe(false);
      expect(config.graphql.config.apolloServer.introspection).toBe(false);
    } finally {
      process.env.NODE_ENV = was;
    }
  });
});

describe('GraphQL reports are the REST numbers', () => {
  it('leaderboard, branch stars, grade suggestions and a member\'s points', async () => {
    const { branch, member } = await anchors();
    const board = await gql(c.township, '{ pointsLeaderboard(start: 0, limit: 10) { total rows } }');
    const rest = await c.township.request('GET', `/api/points/leaderboard?range=${encodeURIComponent('[0,9]')}`);
    expect(board.body.data.pointsLeaderboard.rows).toEqual(rest.body);
    expect(board.body.data.pointsLeaderboard.total).toBe(totalOf(rest.headers.get('content-range')));
    const stars = await gql(c.township, '{ branchStars(limit: 5) { total rows } }');
    expect(stars.body.data.branchStars.rows).toEqual((await c.township.request('GET', `/api/points/branches?range=${encodeURIComponent('[0,4]')}`)).body);
    const grades = await gql(c.branch, `query($b: ID!) { gradeSuggestions(branch: $b) }`, { b: branch.documentId });
    expect(grades.body.data.gradeSuggestions).toEqual((await c.branch.request('GET', `/api/points/grades?branch=${branch.documentId}`)).body);
    const mine = await gql(c.member, '{ memberPoints }');
    expect(mine.body.data.memberPoints).toEqual((await c.member.request('GET', '/api/points/me')).body);
    expect(mine.body.data.memberPoints.member.id).toBe(member.documentId);
    // another township's branch is out of reach
    const foreign = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'branch', township: { code: OTHER_TOWNSHIP } } });
    const refused = await gql(c.township, `query($b: ID!) { gradeSuggestions(branch: $b) }`, { b: foreign.documentId });
    expect(refused.body.errors[0].message).toMatch(/不在您的管理范围内/);
  });

  it('meeting compliance and the summary, in the caller\'s scope', async () => {
    const matrix = await gql(c.township, '{ meetingCompliance(start: 0, limit: 5) }');
    const rest = await c.township.request('GET', `/api/meeting-reports/compliance?range=${encodeURIComponent('[0,4]')}`);
    expect(rest.status).toBe(200);
    expect(matrix.body.data.meetingCompliance).toEqual(rest.body);
    expect(matrix.body.data.meetingCompliance.total).toBeGreaterThan(0);
    const summary = await gql(c.county, '{ meetingSummary }');
    expect(summary.body.data.meetingSummary).toEqual((await c.county.request('GET', '/api/meeting-reports/summary')).body);
    // a branch reads only its own organisations; a member is refused, as on REST
    const own = await gql(c.branch, '{ meetingCompliance(limit: 100) }');
    expect(own.body.data.meetingCompliance.total).toBe(totalOf((await c.branch.request('GET', '/api/meeting-reports/compliance')).headers.get('content-range')));
    expect((await gql(c.member, '{ meetingCompliance }')).body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const bad = await gql(c.county, '{ meetingCompliance(year: 1800) }');
    expect(bad.body.errors[0].message).toMatch(/年份/);
  });
});
