// Test callers for each role, with JWTs minted directly (logging in through /api/auth/local for
// every test would trip the login rate limit, which auth.test.ts checks on purpose).
import { testServer } from './server';
import { DEMO_DEPARTMENT_CODE, demoAnchors, demoPeople, ensureUser } from '../../seeds/demo-users';

export type RoleName = 'county' | 'township' | 'branch' | 'member' | 'department';

export interface Caller {
  role: RoleName;
  jwt: string;
  request<T = any>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T; headers: Headers }>;
}

export const PASSWORD = 'Test-pass-2026';
let callers: Promise<Record<RoleName, Caller>> | undefined;

export async function anchors() {
  const { strapi } = await testServer();
  return demoAnchors(strapi);
}

export function asCaller(role: RoleName, jwt: string): Caller {
  return {
    role,
    jwt,
    async request(method, url, body, headers = {}) {
      const { baseUrl } = await testServer();
      const res = await fetch(baseUrl + url, {
        method,
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: any = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
  };
}

/** county, township (王集镇), branch (a 王集镇 village branch), member (of that branch) and department (城管局). */
export function roleCallers(): Promise<Record<RoleName, Caller>> {
  callers ??= (async () => {
    const { strapi } = await testServer();
    const { township, branch, member, names } = await demoPeople(strapi);
    const specs = {
      county: { role: 'county' as const, fullName: names.county },
      township: { role: 'township' as const, township: township.id, fullName: names.township },
      branch: { role: 'branch' as const, partyOrganisation: branch.id, fullName: names.branch },
      member: { role: 'member' as const, member: member.id, fullName: names.member },
      department: { role: 'department' as const, countyDepartment: (await strapi.db.query('api::county-department.county-department').findOne({ where: { code: DEMO_DEPARTMENT_CODE } })).id, fullName: '城管局值班员' },
    };
    const out = {} as Record<RoleName, Caller>;
    for (const [name, spec] of Object.entries(specs)) {
      const id = await ensureUser(strapi, { username: `t-${name}`, password: PASSWORD, ...spec });
      out[name as RoleName] = asCaller(name as RoleName, strapi.plugin('users-permissions').service('jwt').issue({ id }));
    }
    return out;
  })();
  return callers;
}

/** ra-data-simple-rest's query string. */
export function raQuery(q: { sort?: [string, string]; range?: [number, number]; filter?: Record<string, unknown> }): string {
  const parts: string[] = [];
  if (q.sort) parts.push(`sort=${encodeURIComponent(JSON.stringify(q.sort))}`);
  if (q.range) parts.push(`range=${encodeURIComponent(JSON.stringify(q.range))}`);
  if (q.filter) parts.push(`filter=${encodeURIComponent(JSON.stringify(q.filter))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

export function totalOf(contentRange: string | null): number {
  if (!contentRange) throw new Error('no Content-Range header');
  return Number(contentRange.split('/').pop());
}
