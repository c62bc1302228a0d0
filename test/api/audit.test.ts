// Every create/update/delete leaves an audit entry; nobody can write, edit or delete the audit log.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let callers: Record<RoleName, Caller>;

beforeAll(async () => {
  ({ strapi } = await testServer());
  callers = await roleCallers();
});

const latest = (recordId: string) =>
  strapi.db.query('api::audit-log.audit-log').findMany({ where: { recordId }, orderBy: { id: 'asc' } });

describe('audit log', () => {
  it('records who, role, when, what before and after, and the IP for each write', async () => {
    const { township } = await anchors();
    const c = callers.township;
    const created = await c.request('POST', '/ra/offices', { name: '审计测试办', kind: 'office', township: township.documentId });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await c.request('PUT', `/ra/offices/${id}`, { ...created.body, name: '审计测试办（改）' });
    await c.request('DELETE', `/ra/offices/${id}`);

    const entries = await latest(id);
    expect(entries.map((e: any) => e.action)).toEqual(['create', 'update', 'delete']);
    for (const e of entries) {
      expect(e).toMatchObject({ username: 't-township', role: 'township', resource: 'offices', recordId: id });
      expect((await strapi.db.query('api::audit-log.audit-log').findOne({ where: { id: e.id }, populate: ['township'] })).township.id).toBe(township.id);
      expect(e.ip).toMatch(/127\.0\.0\.1/);
      expect(Date.now() - new Date(e.at).getTime()).toBeLessThan(60_000);
    }
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ name: '审计测试办', kind: 'office', township: { id: township.documentId, name: township.name } });
    expect(entries.map((e: any) => e.recordName)).toEqual(['审计测试办', '审计测试办（改）', '审计测试办（改）']);
    expect(entries[1].before).toEqual({ name: '审计测试办' });
    expect(entries[1].after).toMatchObject({ name: '审计测试办（改）' });
    expect(entries[1].after.kind).toBeUndefined(); // unchanged fields are not repeated
    expect(entries[2].before).toMatchObject({ name: '审计测试办（改）', kind: 'office' });
    expect(entries[2].after).toBeNull();
  });

  it('records only what really changed, relations by name, and the business action', async () => {
    const { township, branch } = await anchors();
    const c = callers.township;
    // The panel sends the whole record back: a name-only edit must not show a township "change".
    const m = (await c.request('POST', '/ra/members', { name: '审计党员', gender: 'male', birthDate: '1990-01-01', joinedDate: '2015-07-01', status: 'full', partyOrganisation: branch.documentId })).body;
    await c.request('PUT', `/ra/members/${m.id}`, { ...m, name: '审计党员（改）' });
    const [, edit] = await latest(m.id);
    expect(edit.before).toEqual({ name: '审计党员' });
    expect(edit.after).toEqual({ name: '审计党员（改）' });
    const other = (await strapi.db.query('api::party-organisation.party-organisation').findMany({ where: { township: township.id, level: 'branch', id: { $ne: branch.id } }, limit: 1 }))[0];
    await c.request('PUT', `/ra/members/${m.id}`, { partyOrganisation: other.documentId });
    const move = (await latest(m.id))[2];
    expect(move.before.partyOrganisation).toEqual({ id: branch.documentId, name: branch.name });
    expect(move.after.partyOrganisation).toEqual({ id: other.documentId, name: other.name });
    expect(move.after.township).toBeUndefined(); // same township: not a change

    // approve, reject, reverse and bulk award are named as what they are
    const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
    const propose = async () => (await c.request('POST', '/ra/points-entries', { member: m.id, rule: rule.documentId, occurredOn: '2026-06-01', reason: '审计学习' })).body.id;
    const [one, two] = [await propose(), await propose()];
    await c.request('POST', '/api/points/decide', { ids: [one], decision: 'approve' });
    await c.request('POST', '/api/points/decide', { ids: [two], decision: 'reject', note: '重复申报' });
    const reversal = await c.request('POST', `/api/points/entries/${one}/reverse`, { reason: '录入有误' });
    await c.request('POST', '/api/points/bulk', { rule: rule.documentId, members: [m.id], reason: '审计批量', occurredOn: '2026-06-02', idempotencyKey: `audit-${Date.now()}` });
    const op = async (recordId: string | null, where: Record<string, unknown> = {}) =>
      (await strapi.db.query('api::audit-log.audit-log').findMany({ where: { ...(recordId ? { recordId } : {}), ...where }, orderBy: { id: 'desc' }, limit: 1 }))[0];
    expect(await op(one)).toMatchObject({ operation: 'approve', recordName: '审计党员（改）：审计学习' });
    expect(await op(two)).toMatchObject({ operation: 'reject' });
    expect(await op(reversal.body.data?.id ?? reversal.body.id)).toMatchObject({ operation: 'reverse', action: 'create' });
    expect(await op(null, { operation: 'bulk_award' })).toMatchObject({ action: 'create', after: { rule: { id: rule.documentId, name: rule.name }, members: 1 } });
  });

  it('writes nothing, not even an audit entry, when the write is refused', async () => {
    const before = await strapi.db.query('api::audit-log.audit-log').count();
    const res = await callers.member.request('POST', '/ra/offices', { name: 'x', kind: 'office' });
    expect(res.status).toBe(403);
    expect(await strapi.db.query('api::audit-log.audit-log').count()).toBe(before);
  });

  it('shows township staff their own township\'s history only', async () => {
    const { township } = await anchors();
    const res = await callers.township.request('GET', `/ra/audit-logs?range=[0,999]`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((e: any) => e.township === township.documentId)).toBe(true);
    expect((await callers.branch.request('GET', '/ra/audit-logs')).status).toBe(403);
  });

  it('is readable by county users through both APIs', async () => {
    const rest = await callers.county.request('GET', '/api/audit-logs?sort=at:desc&pagination[pageSize]=5');
    expect(rest.status).toBe(200);
    expect(rest.body.data.length).toBeGreaterThan(0);
    const ra = await callers.county.request('GET', '/ra/audit-logs?sort=["at","DESC"]&range=[0,4]');
    expect(ra.status).toBe(200);
    expect(ra.body[0]).toHaveProperty('username');
  });

  it('cannot be created, edited or deleted by anyone, on any API', async () => {
    const entry = (await strapi.db.query('api::audit-log.audit-log').findMany({ limit: 1 }))[0];
    const before = await strapi.db.query('api::audit-log.audit-log').count();
    const { token, baseUrl } = await testServer();
    const asToken = (method: string, url: string, body?: unknown) =>
      fetch(baseUrl + url, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    for (const c of Object.values(callers)) {
      expect((await c.request('POST', '/api/audit-logs', { data: { action: 'create', resource: 'x', at: new Date().toISOString() } })).status).toBe(403);
      expect((await c.request('PUT', `/api/audit-logs/${entry.documentId}`, { data: { username: 'forged' } })).status).toBe(403);
      expect((await c.request('DELETE', `/api/audit-logs/${entry.documentId}`)).status).toBe(403);
      expect((await c.request('PUT', `/ra/audit-logs/${entry.documentId}`, { username: 'forged' })).status).toBe(403);
      expect((await c.request('DELETE', `/ra/audit-logs/${entry.documentId}`)).status).toBe(403);
    }
    // even a full-access API token
    expect((await asToken('PUT', `/api/audit-logs/${entry.documentId}`, { data: { username: 'forged' } })).status).toBe(403);
    expect((await asToken('DELETE', `/api/audit-logs/${entry.documentId}`)).status).toBe(403);
    // and the document service itself, whatever calls it
    await expect(strapi.documents('api::audit-log.audit-log').delete({ documentId: entry.documentId })).rejects.toThrow(/审计日志只读/);
    const after = await strapi.db.query('api::audit-log.audit-log').findOne({ where: { id: entry.id } });
    expect(after.username).toBe(entry.username);
    expect(await strapi.db.query('api::audit-log.audit-log').count()).toBe(before);
  });
});
