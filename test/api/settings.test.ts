// The county's settings (评定规则, 网格配备标准, 机构设置模板) are checked on every write: a bad value
// answers 400 naming the row in Chinese, and nothing is written (record and audit log unchanged).
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
const find = (uid: string, where: Record<string, unknown>) => strapi.db.query(uid).findOne({ where });
const auditCount = () => strapi.db.query('api::audit-log.audit-log').count();

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
});

/** PUT through the bridge, expect 400 with the message, and nothing changed. */
async function refused(resource: string, uid: string, row: any, data: Record<string, unknown>, message: string | RegExp) {
  const audits = await auditCount();
  const res = await c.county.request('PUT', `/ra/${resource}/${row.documentId}`, data);
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.message).toMatch(message);
  expect(await find(uid, { id: row.id })).toEqual(row);
  expect(await auditCount()).toBe(audits);
  return res.body;
}

describe('评定规则', () => {
  const UID = 'api::appraisal-rule.appraisal-rule';

  it('refuses grade floors out of order, naming the row', async () => {
    const rule = await find(UID, { kind: 'member_grades' });
    const bands = rule.parameters.bands.map((b: any) => (b.grade === 'excellent' ? { ...b, min: 700 } : b));
    const body = await refused('appraisal-rules', UID, rule, { parameters: { ...rule.parameters, bands } }, '第 1 行：优秀的分数下限应高于合格');
    expect(body.details).toMatchObject({ field: 'parameters', problems: [{ path: ['bands', 0, 'min'] }] });
    await refused('appraisal-rules', UID, rule, { parameters: { ...rule.parameters, excellentMaxShare: { numerator: 3, denominator: 2 } } }, /不超过 1 的分数/);
    await refused('appraisal-rules', UID, rule, { parameters: 'excellent' }, /不是有效的 JSON/);
  });

  it('refuses star shares above 100% and a kind change that leaves the parameters wrong', async () => {
    const rule = await find(UID, { kind: 'branch_stars' });
    await refused('appraisal-rules', UID, rule, { parameters: { shares: [{ stars: 5, percent: 60 }, { stars: 4, percent: 41 }] } }, '各星级比例之和为 101%，不能超过 100%');
    await refused('appraisal-rules', UID, rule, { kind: 'member_grades' }, /各一行/);
  });

  it('saves a valid change and only the county may make it', async () => {
    const rule = await find(UID, { kind: 'member_grades' });
    const bands = rule.parameters.bands.map((b: any) => (b.grade === 'excellent' ? { ...b, min: 905 } : b));
    expect((await c.township.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: { ...rule.parameters, bands } })).status).toBe(403);
    const ok = await c.county.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: { ...rule.parameters, bands } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.parameters.bands[0].min).toBe(905);
    expect((await c.county.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: rule.parameters })).status).toBe(200);
  });
});

describe('网格配备标准', () => {
  const UID = 'api::grid-standard.grid-standard';

  it('refuses a standard without a grid chief, a repeated role and max below min', async () => {
    const std = await find(UID, { kind: 'rural' });
    await refused('grid-standards', UID, std, { roles: std.roles.slice(1) }, '每个网格都须配备网格长');
    await refused('grid-standards', UID, std, { roles: [...std.roles, std.roles[1]] }, '第 6 行：岗位不能重复');
    await refused('grid-standards', UID, std, { roles: std.roles.map((r: any, i: number) => (i === 1 ? { ...r, min: 3, max: 2 } : r)) }, /第 2 行：最多人数/);
  });

  it('saves a valid change, trimming names', async () => {
    const std = await find(UID, { kind: 'urban' });
    const roles = std.roles.map((r: any) => (r.role === 'volunteer' ? { ...r, label: ' 志愿者（N） ', max: 5 } : r));
    const ok = await c.county.request('PUT', `/ra/grid-standards/${std.documentId}`, { roles });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.roles.find((r: any) => r.role === 'volunteer')).toMatchObject({ label: '志愿者（N）', max: 5 });
    expect((await c.county.request('PUT', `/ra/grid-standards/${std.documentId}`, { roles: std.roles })).status).toBe(200);
  });
});

describe('机构设置模板', () => {
  const UID = 'api::office-template.office-template';

  it('refuses repeated office names, unknown kinds and a population band upside down', async () => {
    const t = await find(UID, { code: '1-6-1' });
    await refused('office-templates', UID, t, { offices: [...t.offices, { name: '党政办公室', kind: 'office' }] }, '第 9 行：机构名称“党政办公室”重复');
    await refused('office-templates', UID, t, { offices: [{ name: '党政办公室', kind: 'department' }] }, '第 1 行：类别应为办、局或中心');
    await refused('office-templates', UID, t, { maxPopulation: 100 }, '人口上限不能低于人口下限');
  });

  it('refuses the same on create through REST, adding nothing', async () => {
    const before = await strapi.db.query(UID).count();
    const res = await c.county.request('POST', '/api/office-templates', { data: { code: 'T-bad', name: '坏模板', minPopulation: 1, offices: [] } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('至少要有一个机构');
    expect(await strapi.db.query(UID).count()).toBe(before);
  });
});
