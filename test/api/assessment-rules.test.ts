// The assessment rates (考核指标) are records the county edits: the approvals and dispatch reports
// follow an edit at once; a rate that cannot be computed is refused in Chinese with nothing written;
// others read them and cannot change them; nobody deletes one.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
const RULE = 'api::assessment-rule.assessment-rule';

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
});

const completion = () => strapi.db.query(RULE).findOne({ where: { code: 'completion_rate' } });
const servicesRate = async () => {
  const res = await c.county.request('GET', '/api/services/assessment?year=2026');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.rows.find((r: any) => r.rates?.completion_rate?.den > 0).rates.completion_rate;
};

describe('assessment rates are records', () => {
  it('are seeded from config/dispatch-rules.json and read by every staff role that assesses', async () => {
    const list = await c.county.request('GET', '/ra/assessment-rules?sort=["position","ASC"]');
    expect(list.status).toBe(200);
    expect(list.body.map((r: any) => r.code)).toEqual(['completion_rate', 'satisfaction_rate', 'return_rate', 'on_time_rate']);
    expect((await c.township.request('GET', '/ra/assessment-rules')).status).toBe(200);
    expect((await c.department.request('GET', '/ra/assessment-rules')).status).toBe(200);
    expect((await c.member.request('GET', '/ra/assessment-rules')).status).toBe(403);
  });

  it('an edit by the county changes the reports at once (approvals and dispatch)', async () => {
    const rule = await completion();
    const before = await servicesRate();
    try {
      // 办结率 without returned items in its denominator.
      const denominator = rule.denominator.filter((x: string) => x !== 'returned');
      const res = await c.county.request('PUT', `/ra/assessment-rules/${rule.documentId}`, { ...rule, id: rule.documentId, denominator });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const after = await servicesRate();
      expect(after.num).toBe(before.num);
      expect(after.den).toBeLessThanOrEqual(before.den);
      const events = await c.county.request('GET', `/api/event-reports/assessment?month=2026-03&by=township`);
      const row = events.body.rows.find((r: any) => r.rates.completion_rate.den > 0);
      const counts = row.counts;
      expect(row.rates.completion_rate.den).toBe(denominator.reduce((s: number, k: string) => s + (counts[k] ?? 0), 0));
      // Deactivated, a rate is no longer reported.
      const off = await c.county.request('PUT', `/ra/assessment-rules/${rule.documentId}`, { active: false });
      expect(off.status, JSON.stringify(off.body)).toBe(200);
      const none = await c.county.request('GET', '/api/services/assessment?year=2026');
      expect(none.body.rows[0].rates.completion_rate).toBeUndefined();
    } finally {
      await strapi.db.query(RULE).update({ where: { id: rule.id }, data: { denominator: rule.denominator, active: true } });
    }
    expect(await servicesRate()).toEqual(before);
  });

  it('refuses what cannot be computed, with nothing written', async () => {
    const rule = await completion();
    const audits = await strapi.db.query('api::audit-log.audit-log').count();
    for (const [data, message] of [
      [{ numerator: ['finished_on_time', 'returned'], denominator: ['finished_on_time'] }, /分子计数不在分母中/],
      [{ numerator: ['finished_on_time'], denominator: ['finished_on_time', 'nonsense'] }, /未知计数/],
      [{ numerator: [], denominator: ['finished_on_time'] }, /不能为空/],
      [{ numerator: 'finished_on_time' }, /列表/],
      [{ code: 'renamed' }, /代码不能修改/],
    ] as const) {
      const res = await c.county.request('PUT', `/ra/assessment-rules/${rule.documentId}`, data);
      expect(res.status, JSON.stringify(data)).toBe(400);
      expect(res.body.error?.message ?? res.body.message).toMatch(message);
    }
    const dup = await c.county.request('POST', '/ra/assessment-rules', { code: 'completion_rate', name: '重复', numerator: ['returned'], denominator: ['returned'] });
    expect(dup.status).toBe(400);
    expect(await completion()).toEqual(rule);
    expect(await strapi.db.query('api::audit-log.audit-log').count()).toBe(audits);
  });

  it('only the county edits; nobody deletes', async () => {
    const rule = await completion();
    expect((await c.township.request('PUT', `/ra/assessment-rules/${rule.documentId}`, { name: '乡镇改' })).status).toBe(403);
    expect((await c.department.request('PUT', `/api/assessment-rules/${rule.documentId}`, { data: { name: '部门改' } })).status).toBe(403);
    expect((await c.county.request('DELETE', `/ra/assessment-rules/${rule.documentId}`)).status).toBeGreaterThanOrEqual(400);
    expect(await completion()).toEqual(rule);
  });
});
