// Logging in: the demo roles exist, wrong credentials get a clear message, attempts are rate-limited.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { ensureUser } from '../../seeds/demo-users';

let baseUrl: string;

beforeAll(async () => {
  const s = await testServer();
  baseUrl = s.baseUrl;
  await ensureUser(s.strapi, { username: 'login-test', password: 'Right-pass-1', role: 'county' });
});

const login = (identifier: string, password: string) =>
  fetch(`${baseUrl}/api/auth/local`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ identifier, password }) });

describe('login', () => {
  it('creates the four roles at bootstrap', async () => {
    const { strapi } = await testServer();
    const roles = await strapi.db.query('plugin::users-permissions.role').findMany({ where: { type: { $in: ['county', 'township', 'branch', 'member'] } } });
    expect(roles.map((r: any) => r.name).sort()).toEqual(['乡镇党委', '党员', '县委组织部', '支部书记'].sort());
  });

  it('returns a JWT that opens /ra/_me, and refuses wrong credentials with a message', async () => {
    const ok = await login('login-test', 'Right-pass-1');
    expect(ok.status).toBe(200);
    const { jwt } = await ok.json();
    const me = await fetch(`${baseUrl}/ra/_me`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(await me.json()).toMatchObject({ username: 'login-test', role: 'county', roleName: '县委组织部' });
    const wrong = await login('login-test', 'nope');
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.message).toBe('用户名或密码错误');
    const english = await fetch(`${baseUrl}/api/auth/local`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' }, body: JSON.stringify({ identifier: 'login-test', password: 'nope' }),
    });
    expect((await english.json()).error.message).toBe('Invalid identifier or password');
  });

  it('tells a member the names of their branch and township', async () => {
    const { roleCallers, anchors } = await import('./callers');
    const { member } = await roleCallers();
    const a = await anchors();
    const me = await member.request('GET', '/ra/_me');
    expect(me.body).toMatchObject({ role: 'member', member: { id: a.member.documentId }, partyOrganisation: { name: a.branch.name }, township: { name: a.township.name } });
  });

  it('rate-limits repeated attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) statuses.push((await login('login-test', `wrong-${i}`)).status);
    expect(statuses).toContain(429);
    const limited = await login('login-test', 'Right-pass-1');
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.message).toBe('登录尝试过于频繁，请稍后再试');
  });
});
