// 综合执法 over HTTP: the penalty-power catalogue, teams with their kept staffing check (a finding
// when short, on the team list and in the township's 待办), cases through 立案 → 调查 → 决定 → 执行 → 结案
// on /api, /ra and the advance action; every bad input a 4xx with a Chinese message and nothing
// written; scope per role.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { addDays, chinaDay } from '../../cms/src/domain/meetings';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let other: any;
let delegated: any; // a delegated power with a fine band
let joint: any; // a power kept by the county
const POWER = 'api::penalty-power.penalty-power';
const TEAM = 'api::enforcement-team.enforcement-team';
const CASE = 'api::enforcement-case.enforcement-case';
const TODAY = chinaDay(new Date());
const day = (n: number) => addDays(TODAY, -n);

const counts = async () => [await strapi.db.query(CASE).count(), await strapi.db.query(POWER).count(), await strapi.db.query(TEAM).count(), await strapi.db.query('api::audit-log.audit-log').count()];
const messageOf = (body: any) => body?.message ?? body?.error?.message ?? '';

/** Refused with `status`, a Chinese message matching `message`, and nothing written (rows and audit). */
async function refused(call: () => Promise<{ status: number; body: any }>, status: number, message: RegExp, row?: { uid: string; documentId: string }) {
  const before = await counts();
  const rowBefore = row ? await strapi.db.query(row.uid).findOne({ where: { documentId: row.documentId } }) : null;
  const res = await call();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(messageOf(res.body)).toMatch(message);
  expect(messageOf(res.body)).toMatch(/[\u4e00-\u9fff]/);
  expect(await counts()).toEqual(before);
  if (row) expect(await strapi.db.query(row.uid).findOne({ where: { documentId: row.documentId } })).toEqual(rowBefore);
  return res.body;
}

const fileCase = (caller: Caller, data: Record<string, unknown> = {}) =>
  caller.request('POST', '/ra/enforcement-cases', { power: delegated.documentId, township: a.township.documentId, place: '王集镇农贸市场', parties: '泗阳县测试商贸有限公司', filedOn: day(20), ...data });
const advance = (caller: Caller, id: string, body: Record<string, unknown> = {}) => caller.request('POST', `/api/enforcement-cases/${id}/advance`, body);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  other = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
  delegated = await strapi.db.query(POWER).findOne({ where: { code: 'XZCF-1-004' } }); // 擅自在街道两侧和公共场地堆放物料 100–1000
  joint = await strapi.db.query(POWER).findOne({ where: { delegated: false }, orderBy: { id: 'asc' } });
});

describe('the penalty-power catalogue', () => {
  it('holds 317 delegated powers in three batches and the joint ones, each with a department', async () => {
    const res = await c.township.request('GET', '/api/penalty-powers?filters[delegated]=true&pagination[pageSize]=1');
    expect(res.body.meta.pagination.total).toBe(317);
    for (const batch of [1, 2, 3]) {
      const b = await c.township.request('GET', `/api/penalty-powers?filters[batch]=${batch}&pagination[pageSize]=1`);
      expect(b.body.meta.pagination.total, `batch ${batch}`).toBeGreaterThan(50);
    }
    const j = await c.county.request('GET', '/api/penalty-powers?filters[delegated]=false&populate[department]=true');
    expect(j.body.data.length).toBeGreaterThan(0);
    expect(j.body.data.every((p: any) => p.batch == null && p.department?.name)).toBe(true);
    expect(delegated).toMatchObject({ fineMinYuan: 100, fineMaxYuan: 1000, delegated: true, batch: 1 });
  });

  it('filters by batch and department on the bridge', async () => {
    const dept = await strapi.db.query('api::county-department.county-department').findOne({ where: { code: 'scjg' } });
    const res = await c.township.request('GET', `/ra/penalty-powers?filter=${encodeURIComponent(JSON.stringify({ batch: 2, department: dept.documentId }))}&range=[0,99]`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.length).toBeGreaterThan(10);
    expect(res.body.every((p: any) => p.batch === 2)).toBe(true);
  });

  it('refuses a bad power: no legal basis, a batch on an undelegated one, a band upside down', async () => {
    const dept = await strapi.db.query('api::county-department.county-department').findOne({ where: { code: 'cg' } });
    const base = { code: 'TEST-BAD-1', name: '对测试的处罚', legalBasis: '《测试条例》', department: dept.documentId, delegated: true, batch: 1, fineMinYuan: 100, fineMaxYuan: 1000 };
    await refused(() => c.county.request('POST', '/ra/penalty-powers', { ...base, department: null }), 400, /县直部门/);
    await refused(() => c.county.request('POST', '/ra/penalty-powers', { ...base, legalBasis: ' ' }), 400, /法律依据/);
    await refused(() => c.county.request('POST', '/ra/penalty-powers', { ...base, delegated: false }), 400, /批次/);
    await refused(() => c.county.request('POST', '/api/penalty-powers', { data: { ...base, fineMinYuan: 2000 } }), 400, /裁量范围/);
    await refused(() => c.county.request('POST', '/ra/penalty-powers', { ...base, fineMaxYuan: null }), 400, /同时/);
    const ok = await c.county.request('POST', '/ra/penalty-powers', base);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect((await c.county.request('DELETE', `/ra/penalty-powers/${ok.body.id}`)).status).toBe(200);
  });

  it('cannot change its delegation or be deleted once a case uses it', async () => {
    expect((await fileCase(c.county, { power: joint.documentId })).status).toBe(201);
    await refused(() => c.county.request('PUT', `/ra/penalty-powers/${joint.documentId}`, { delegated: true, batch: 1 }), 400, /不能改变是否赋权/, { uid: POWER, documentId: joint.documentId });
    await refused(() => c.county.request('DELETE', `/ra/penalty-powers/${joint.documentId}`), 400, /不能删除/, { uid: POWER, documentId: joint.documentId });
  });

  it('is kept by the county only', async () => {
    await refused(() => c.township.request('PUT', `/ra/penalty-powers/${delegated.documentId}`, { name: '改名' }), 403, /./);
    expect((await c.branch.request('GET', '/api/penalty-powers')).status).toBe(403);
    expect((await c.member.request('GET', '/ra/penalty-powers')).status).toBe(403);
  });
});

describe('teams and their staffing check', () => {
  it('one per township, with the check kept on the list; the demo township is short and says so', async () => {
    const list = await c.county.request('GET', '/ra/enforcement-teams?range=[0,49]');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(13);
    const mine = await c.township.request('GET', '/ra/enforcement-teams?range=[0,49]');
    expect(mine.body).toHaveLength(1);
    const team = mine.body[0];
    expect(team.staffingOk).toBe(false);
    expect(team.certifiedOfficers).toBeLessThan(6);
    expect(team.findings.map((f: any) => f.code)).toContain('officers_short');
    expect(team.findings.find((f: any) => f.code === 'officers_short').message).toMatch(/不少于 6 名/);
    const staffing = await c.township.request('GET', '/api/enforcement-reports/staffing');
    expect(staffing.status).toBe(200);
    expect(staffing.body.teams).toHaveLength(1);
    expect(staffing.body.teams[0]).toMatchObject({ staffingOk: false });
  });

  it('shows in the township\'s 待办 until the team is staffed, and is recomputed on every write', async () => {
    const todos = async () => ((await c.township.request('GET', '/api/dashboard')).body.todos ?? []).map((t: any) => t.key);
    expect(await todos()).toContain('enforcement_team_short');
    const team = (await c.township.request('GET', '/ra/enforcement-teams?range=[0,0]')).body[0];
    const officers = Array.from({ length: 7 }, (_, i) => ({ name: `执法员${i + 1}`, certificateNo: `苏执TEST${i + 1}` }));
    const res = await c.township.request('PUT', `/ra/enforcement-teams/${team.id}`, { ...team, officers, auxiliaries: 7, staffingOk: false, findings: [] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ staffingOk: true, certifiedOfficers: 7 });
    expect(await todos()).not.toContain('enforcement_team_short');
    // Short of auxiliaries (1:1) and an officer without a certificate: findings, not a refusal.
    const short = await c.township.request('PUT', `/ra/enforcement-teams/${team.id}`, { officers: [...officers.slice(0, 6), { name: '无证人员' }], auxiliaries: 3 });
    expect(short.status).toBe(200);
    expect(short.body.staffingOk).toBe(false);
    expect(short.body.findings.map((f: any) => f.code).sort()).toEqual(['auxiliaries_short', 'officer_without_certificate']);
    // Restore the seeded shortage for the other tests.
    await c.township.request('PUT', `/ra/enforcement-teams/${team.id}`, { officers: team.officers, auxiliaries: team.auxiliaries });
  });

  it('refuses duplicate certificates, a second team for a township, a bad officer list, moving a team', async () => {
    const team = await strapi.db.query(TEAM).findOne({ where: { township: a.township.id } });
    const row = { uid: TEAM, documentId: team.documentId };
    await refused(() => c.township.request('PUT', `/ra/enforcement-teams/${team.documentId}`, { officers: [{ name: '甲', certificateNo: 'X1' }, { name: '乙', certificateNo: 'X1' }] }), 400, /证件号重复/, row);
    await refused(() => c.township.request('PUT', `/api/enforcement-teams/${team.documentId}`, { data: { officers: '不是列表' } }), 400, /列表/, row);
    await refused(() => c.township.request('PUT', `/ra/enforcement-teams/${team.documentId}`, { officers: [{ certificateNo: 'X9' }] }), 400, /姓名/, row);
    await refused(() => c.township.request('PUT', `/ra/enforcement-teams/${team.documentId}`, { auxiliaries: -1 }), 400, /辅助人员/, row);
    await refused(() => c.county.request('PUT', `/ra/enforcement-teams/${team.documentId}`, { township: other.documentId }), 400, /不能修改/, row);
    await refused(() => c.county.request('POST', '/ra/enforcement-teams', { name: '第二支队伍', township: a.township.documentId, officers: [], auxiliaries: 0 }), 400, /已有综合执法队伍/);
  });
});

describe('cases through their steps', () => {
  it('a township files a case and takes it through every step; mode and team are derived', async () => {
    const filed = await fileCase(c.township);
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.id;
    const row = await strapi.db.query(CASE).findOne({ where: { documentId: id }, populate: { team: true, township: true } });
    expect(row).toMatchObject({ mode: 'township', step: 'filed', fineYuan: null });
    expect(row.team.name).toMatch(/王集镇/);
    expect(String(row.filedOn).slice(0, 10)).toBe(day(20));

    let res = await advance(c.township, id, { on: day(15) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.step).toBe('investigated');
    res = await advance(c.township, id, { step: 'decided', on: day(10), fineYuan: 500 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ step: 'decided', fineYuan: 500 });
    // The bridge obeys the same rules: the next step by a plain update.
    res = await c.township.request('PUT', `/ra/enforcement-cases/${id}`, { step: 'executed', executedOn: day(5) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    res = await c.township.request('PUT', `/api/enforcement-cases/${id}`, { data: { step: 'closed', closedOn: day(1) } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const closed = await strapi.db.query(CASE).findOne({ where: { documentId: id } });
    expect(closed).toMatchObject({ step: 'closed', fineYuan: 500 });
    // Audited, step by step.
    const audits = await strapi.db.query('api::audit-log.audit-log').count({ where: { recordId: id } });
    expect(audits).toBeGreaterThanOrEqual(5);
    await refused(() => advance(c.township, id), 400, /已结案/, { uid: CASE, documentId: id });
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { place: '改地点' }), 403, /已结案/, { uid: CASE, documentId: id });
  });

  it('a power not delegated makes the case joint (县乡联动); a warning-only decision has no fine', async () => {
    const res = await fileCase(c.county, { power: joint.documentId });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.mode).toBe('joint');
    await advance(c.county, res.body.id, { on: day(12) });
    const decided = await advance(c.county, res.body.id, { on: day(11) });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body.data.fineYuan).toBeNull();
  });

  it('refuses every bad step: out of order, skipped, repeated, dated before the last, a fine off the band or off the decision', async () => {
    const filed = await fileCase(c.township);
    const id = filed.body.id;
    const row = { uid: CASE, documentId: id };
    await refused(() => advance(c.township, id, { step: 'decided', on: day(10), fineYuan: 500 }), 400, /应先完成“调查”环节/, row);
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { step: 'closed', closedOn: day(1) }), 400, /不能跳过/, row);
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { executedOn: day(1) }), 400, /不能跳过/, row);
    await refused(() => advance(c.township, id, { step: 'filed' }), 400, /已完成/, row);
    await refused(() => advance(c.township, id, { step: 'appealed' }), 400, /未知的执法环节/, row);
    await refused(() => advance(c.township, id, { on: day(30) }), 400, /不能早于“立案”/, row);
    await refused(() => advance(c.township, id, { on: '2026-13-45' }), 400, /日期/, row);
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { fineYuan: 300 }), 400, /决定/, row);
    expect((await advance(c.township, id, { on: day(15) })).status).toBe(200);
    const row2 = { uid: CASE, documentId: id };
    await refused(() => advance(c.township, id, { on: day(10), fineYuan: 5000 }), 400, /超出裁量范围 100–1000 元/, row2);
    await refused(() => advance(c.township, id, { on: day(10), fineYuan: 50 }), 400, /超出裁量范围/, row2);
    await refused(() => advance(c.township, id, { on: day(10), fineYuan: 150.5 }), 400, /正整数/, row2);
    await refused(() => advance(c.township, id, { on: day(10), fineYuan: '很多' }), 400, /正整数/, row2);
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { filedOn: day(19) }), 400, /日期不能修改/, row2);
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { power: joint.documentId }), 400, /不能更换处罚事项/, row2);
    expect((await advance(c.township, id, { on: day(10), fineYuan: 1000 })).status).toBe(200);
  });

  it('refuses editing the joint flag, the team or the township, and a case filed past its first step', async () => {
    const filed = await fileCase(c.township);
    const id = filed.body.id;
    const row = { uid: CASE, documentId: id };
    await refused(() => c.township.request('PUT', `/ra/enforcement-cases/${id}`, { mode: 'joint' }), 400, /由处罚事项是否赋权乡镇决定/, row);
    await refused(() => c.county.request('PUT', `/api/enforcement-cases/${id}`, { data: { mode: 'joint' } }), 400, /由处罚事项是否赋权乡镇决定/, row);
    const foreignTeam = await strapi.db.query(TEAM).findOne({ where: { township: other.id } });
    await refused(() => c.county.request('PUT', `/ra/enforcement-cases/${id}`, { team: foreignTeam.documentId }), 400, /执法队伍/, row);
    await refused(() => c.county.request('PUT', `/ra/enforcement-cases/${id}`, { township: other.documentId }), 400, /不能修改/, row);
    await refused(() => fileCase(c.township, { mode: 'joint' }), 400, /由处罚事项是否赋权乡镇决定/);
    await refused(() => fileCase(c.township, { step: 'decided' }), 400, /不能跳过/);
    await refused(() => fileCase(c.township, { fineYuan: 100 }), 400, /决定/);
    await refused(() => fileCase(c.township, { power: null }), 400, /处罚事项/);
    await refused(() => fileCase(c.township, { place: '' }), 400, /./);
    // While only filed, changing the power re-derives the mode.
    const res = await c.township.request('PUT', `/ra/enforcement-cases/${id}`, { power: joint.documentId });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.mode).toBe('joint');
  });
});

describe('scope', () => {
  it('a township sees its own team and cases; the county all; branch and member none', async () => {
    const all = await c.county.request('GET', '/api/enforcement-cases?pagination[pageSize]=1');
    const mine = await c.township.request('GET', '/api/enforcement-cases?pagination[pageSize]=1');
    expect(mine.body.meta.pagination.total).toBe(await strapi.db.query(CASE).count({ where: { township: a.township.id } }));
    expect(all.body.meta.pagination.total).toBe(await strapi.db.query(CASE).count());
    expect(all.body.meta.pagination.total).toBeGreaterThan(mine.body.meta.pagination.total);
    for (const role of ['branch', 'member'] as const) {
      for (const url of ['/api/enforcement-cases', '/ra/enforcement-teams', '/api/enforcement-reports/staffing']) expect((await c[role].request('GET', url)).status, `${role} ${url}`).toBe(403);
    }
  });

  it('a township cannot file, read or advance another township\'s case', async () => {
    await refused(() => fileCase(c.township, { township: other.documentId }), 403, /./);
    const foreign = await strapi.db.query(CASE).findOne({ where: { township: other.id } });
    expect((await c.township.request('GET', `/ra/enforcement-cases/${foreign.documentId}`)).status).toBe(404);
    await refused(() => advance(c.township, foreign.documentId, { on: TODAY }), 404, /管理范围/, { uid: CASE, documentId: foreign.documentId });
    await refused(() => advance(c.branch, foreign.documentId, { on: TODAY }), 404, /管理范围/, { uid: CASE, documentId: foreign.documentId });
  });
});
