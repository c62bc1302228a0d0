// 最佳主题党日 over HTTP: the county sets a round up and moves it on; townships nominate their own
// finalised theme days; judges score through their sheet, never their own township's nominations;
// the ranking is published with averages and read-only from then on.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const CRITERIA = [
  { code: 'theme', name: '主题鲜明', weight: 30, max: 10 },
  { code: 'participation', name: '党员参与', weight: 30, max: 10 },
  { code: 'effect', name: '为民实效', weight: 40, max: 10 },
];

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
});

const userDoc = async (username: string) => (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username } })).documentId;
const themeDays = (townshipCode: string, status = 'finalised') => strapi.db.query('api::meeting.meeting').findMany({
  where: { kind: 'theme_day', status, township: { code: townshipCode }, heldOn: { $lte: '2026-06-30' } }, orderBy: { id: 'asc' }, limit: 5,
});

describe('best theme day', () => {
  let round: any;
  let wangji: any[];
  let zhongxing: any[];

  it('the county sets a round up: criteria weights must sum to 100, judges are logins', async () => {
    const bad = await c.county.request('POST', '/ra/theme-day-rounds', { name: '坏评选', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: CRITERIA.map((x) => ({ ...x, weight: 20 })) });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/权重合计应为 100，现为 60/);
    expect((await c.county.request('POST', '/ra/theme-day-rounds', { name: '坏期间', periodStart: '2026-06-30', periodEnd: '2026-01-01', criteria: CRITERIA })).body.message).toMatch(/结束早于开始/);
    expect((await c.county.request('POST', '/ra/theme-day-rounds', { name: '直接发布', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: CRITERIA, state: 'published' })).body.message).toMatch(/由系统填写/);
    expect((await c.township.request('POST', '/ra/theme-day-rounds', { name: 'x', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: CRITERIA })).status).toBe(403);
    const res = await c.county.request('POST', '/ra/theme-day-rounds', {
      name: '2026年上半年最佳主题党日', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: CRITERIA, perTownship: 2,
      judges: [await userDoc('t-county'), await userDoc('t-township')],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    round = res.body;
    expect(round.state).toBe('draft');
    const judges = (await c.county.request('GET', '/api/theme-days/judges')).body;
    expect(judges.some((j: any) => j.username === 't-township' && j.township === '王集镇')).toBe(true);
    expect((await c.township.request('GET', '/api/theme-days/judges')).status).toBe(403);
  });

  it('nominations wait for the round to open', async () => {
    wangji = await themeDays('321323102');
    zhongxing = await themeDays('321323001');
    expect(wangji.length).toBeGreaterThanOrEqual(3);
    expect(zhongxing.length).toBeGreaterThanOrEqual(1);
    const res = await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[0].documentId });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/评选处于“草稿”阶段，不能推荐主题党日/);
    const open = await c.county.request('POST', `/api/theme-days/rounds/${round.id}/open`);
    expect(open.status, JSON.stringify(open.body)).toBe(200);
    expect(open.body.state).toBe('open');
  });

  it('a township nominates its own finalised theme days of the period, within its quota', async () => {
    const ok = await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[0].documentId, note: '形式新颖' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.township).toBe(a.township.documentId);
    expect((await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[0].documentId })).body.message).toMatch(/已被推荐/);
    expect((await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[1].documentId })).status).toBe(201);
    expect((await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[2].documentId })).body.message).toMatch(/每个乡镇最多推荐 2 个，本乡镇已推荐 2 个/);
    // Another township's theme day is out of scope for a township login.
    expect((await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: zhongxing[0].documentId })).status).toBe(403);
    const lecture = await strapi.db.query('api::meeting.meeting').findOne({ where: { kind: 'party_lecture', status: 'finalised', township: a.township.id } });
    expect((await c.county.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: lecture.documentId })).body.message).toMatch(/不是主题党日，不能推荐/);
    const late = await strapi.db.query('api::meeting.meeting').findOne({ where: { kind: 'theme_day', status: 'finalised', township: a.township.id, heldOn: { $gt: '2026-06-30' } } });
    if (late) expect((await c.county.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: late.documentId })).body.message).toMatch(/不在本次评选期间/);
    const draft = await strapi.db.query('api::meeting.meeting').findOne({ where: { kind: 'theme_day', status: 'draft', township: a.township.id } });
    expect((await c.county.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: draft.documentId })).body.message).toMatch(/尚未定稿，不能推荐/);
    // The county nominates on behalf of another township; the nomination is that township's.
    const other = await c.county.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: zhongxing[0].documentId });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const overview = (await c.township.request('GET', `/api/theme-days/rounds/${round.id}`)).body;
    expect(overview.nominations).toHaveLength(2);
    expect(overview.nominationCount).toBe(3);
  });

  it('judges score through their sheet, never a nomination of their own township', async () => {
    expect((await c.county.request('POST', `/api/theme-days/rounds/${round.id}/start-judging`)).body.state).toBe('judging');
    expect((await c.township.request('POST', '/ra/theme-day-nominations', { round: round.id, meeting: wangji[2].documentId })).status).toBe(400);
    const sheet = (await c.township.request('GET', `/api/theme-days/rounds/${round.id}/sheet`)).body;
    expect(sheet.nominations).toHaveLength(1); // the 众兴街道 one only
    expect(sheet.nominations[0].township).toBe('众兴街道');
    const own = (await c.county.request('GET', `/api/theme-days/rounds/${round.id}`)).body.nominations.filter((n: any) => n.township === '王集镇');
    const before = await strapi.db.query('api::theme-day-score.theme-day-score').count();
    const refused = await c.township.request('PUT', `/api/theme-days/rounds/${round.id}/scores`, { scores: [{ nomination: own[0].id, criterion: 'theme', score: 9 }] });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/评委 t-township（王集镇） 不能为本乡镇推荐的/);
    expect((await c.township.request('PUT', `/api/theme-days/rounds/${round.id}/scores`, { scores: [{ nomination: sheet.nominations[0].id, criterion: 'theme', score: 11 }] })).body.message).toMatch(/应为 0–10 的整数/);
    expect((await c.branch.request('GET', `/api/theme-days/rounds/${round.id}/sheet`)).body.message).toMatch(/不是本次评选的评委/);
    expect(await strapi.db.query('api::theme-day-score.theme-day-score').count()).toBe(before);
    const mine = CRITERIA.map((k) => ({ nomination: sheet.nominations[0].id, criterion: k.code, score: 8 }));
    expect((await c.township.request('PUT', `/api/theme-days/rounds/${round.id}/scores`, { scores: mine })).body.saved).toBe(3);
    expect((await c.county.request('POST', `/api/theme-days/rounds/${round.id}/publish`)).body.message).toMatch(/尚未完成/);
    const all = (await c.county.request('GET', `/api/theme-days/rounds/${round.id}/sheet`)).body.nominations;
    expect(all).toHaveLength(3);
    const marks: Record<string, number[]> = {};
    all.forEach((n: any, i: number) => { marks[n.id] = [[10, 9, 9], [7, 8, 6], [9, 9, 10]][i]; });
    const scores = all.flatMap((n: any) => CRITERIA.map((k, j) => ({ nomination: n.id, criterion: k.code, score: marks[n.id][j] })));
    expect((await c.county.request('PUT', `/api/theme-days/rounds/${round.id}/scores`, { scores })).status).toBe(200);
    expect((await c.county.request('GET', '/api/theme-day-scores?pagination[pageSize]=50')).body.data.length).toBeGreaterThanOrEqual(12);
    expect((await c.township.request('GET', '/api/theme-day-scores')).status).toBe(403);
  });

  it('publishes the ranking with exact averages; the round is read-only afterwards', async () => {
    const res = await c.county.request('POST', `/api/theme-days/rounds/${round.id}/publish`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('published');
    const ranking = res.body.ranking;
    expect(ranking.map((r: any) => r.rank)).toEqual([1, 2, 3]);
    // 众兴街道's nomination: county 9/9/10 and 王集镇's judge 8/8/8 → (93 + 80) / 2 = 86.50
    const zx = ranking.find((r: any) => r.township === '众兴街道');
    expect(zx).toMatchObject({ judges: 2 });
    expect(ranking.every((r: any, i: number) => i === 0 || r.averageHundredths <= ranking[i - 1].averageHundredths)).toBe(true);
    const overview = (await c.branch.request('GET', `/api/theme-days/rounds/${round.id}`)).body;
    expect(overview.ranking).toHaveLength(3);
    for (const [caller, method, url, body] of [
      [c.county, 'PUT', `/ra/theme-day-rounds/${round.id}`, { name: '改名' }],
      [c.county, 'DELETE', `/ra/theme-day-rounds/${round.id}`, undefined],
      [c.county, 'PUT', `/api/theme-days/rounds/${round.id}/scores`, { scores: [{ nomination: ranking[0].nomination, criterion: 'theme', score: 1 }] }],
      [c.county, 'POST', `/api/theme-days/rounds/${round.id}/publish`, undefined],
      [c.township, 'DELETE', `/ra/theme-day-nominations/${ranking.find((r: any) => r.township === '王集镇').nomination}`, undefined],
    ] as const) {
      const r = await caller.request(method, url, body);
      expect(r.status, `${method} ${url}`).toBe(403);
      expect(r.body.message ?? r.body.error?.message).toMatch(/已发布，只读/);
    }
  });
});
