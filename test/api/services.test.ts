// 审批服务一窗口 over HTTP: the item catalogue and halls, a case received and finished in two steps
// (or refused, or returned), satisfaction after finishing, every bad input refused in Chinese with
// nothing written, scope per role, ID numbers masked in lists, and the monthly assessment equal to
// a plain count over the cases.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'fs';
import path from 'path';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';
import { addWorkingDays, buildWorkingCalendar } from '../../cms/src/domain/calendar/working-days';
import { chinaDay } from '../../cms/src/domain/calendar/days';
import { idCheckChar } from '../../cms/src/domain/services/id-number';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let hall: any;
let otherHall: any;
let item: any;
let otherCase: any;
const CASE = 'api::approval-case.approval-case';
const cal = buildWorkingCalendar(JSON.parse(fs.readFileSync(path.join(__dirname, '../../config/working-calendar.json'), 'utf8')));
const ID = (() => { const s = '32132319850612004'; return s + idCheckChar(s); })();
const q = (uid: string) => strapi.db.query(uid);

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  hall = await q('api::service-hall.service-hall').findOne({ where: { township: a.township.id } });
  const other = await q('api::township.township').findOne({ where: { code: '321323001' } });
  otherHall = await q('api::service-hall.service-hall').findOne({ where: { township: other.id } });
  item = await q('api::approval-item.approval-item').findOne({ where: { timeLimitDays: 5 }, orderBy: { id: 'asc' } });
  otherCase = await q(CASE).findOne({ where: { township: other.id, status: 'received' } });
});

/** Everything a refused request must leave alone: cases, audit entries and the kept totals. */
async function snapshot() {
  const knex = strapi.db.connection;
  return JSON.stringify([
    await q(CASE).count(), await q('api::audit-log.audit-log').count(),
    await knex('services_township_months').orderBy(['township_id', 'month']).select(),
    await knex('approval_cases').orderBy('id').select('id', 'status', 'satisfaction', 'finished_at', 'reason', 'applicant_id_number'),
  ]);
}

async function refused(call: () => Promise<{ status: number; body: any }>, status: number, message: RegExp) {
  const before = await snapshot();
  const res = await call();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const msg = res.body?.message ?? res.body?.error?.message;
  expect(msg).toMatch(message);
  expect(msg).toMatch(/[\u4e00-\u9fff]/);
  expect(await snapshot()).toBe(before);
}

const receive = (who: Caller, data: Record<string, unknown> = {}) =>
  who.request('POST', '/ra/approval-cases', { item: item.documentId, hall: hall.documentId, windowName: '全科窗口1', applicantName: '张测试', applicantIdNumber: ID, applicantPhone: '13912345678', ...data });
const act = (who: Caller, id: string, action: string, body: unknown = {}) => who.request('POST', `/api/services/cases/${id}/${action}`, body);
const totals = async (month: string) => strapi.db.connection('services_township_months').where({ township_id: a.township.id, month }).first();

describe('catalogue and halls', () => {
  it('seeds the first batch of 135 items and one hall per township with its 六有 check', async () => {
    expect(await q('api::approval-item.approval-item').count({ where: { batch: 1 } })).toBe(135);
    expect(await q('api::service-hall.service-hall').count()).toBe(13);
    const res = await c.township.request('GET', `/ra/service-halls/${hall.documentId}`);
    expect(res.status).toBe(200);
    expect(res.body.check.findings).toEqual([]);
    expect(res.body.windows.map((w: any) => w.kind)).toEqual(expect.arrayContaining(['general', 'proxy', 'stationed']));
  });

  it('a hall short of 六有 shows the finding; a bad window list is refused', async () => {
    const res = await c.township.request('PUT', `/ra/service-halls/${hall.documentId}`, { hasLedgers: false });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.check.findings[0]).toMatchObject({ code: 'six_haves_incomplete', message: '“六有”未达标：有台账' });
    expect((await c.township.request('PUT', `/ra/service-halls/${hall.documentId}`, { hasLedgers: true })).status).toBe(200);
    await refused(() => c.township.request('PUT', `/ra/service-halls/${hall.documentId}`, { windows: [{ kind: 'stationed', name: '税务窗口', unit: 'tax' }] }), 400, /进驻单位/);
    await refused(() => c.county.request('POST', '/ra/service-halls', { name: '第二中心', township: a.township.documentId }), 400, /已有便民服务中心/);
  });

  it('an item is checked by the domain, and only the county keeps the catalogue', async () => {
    const dept = await q('api::county-department.county-department').findOne({ where: {} });
    await refused(() => c.county.request('POST', '/ra/approval-items', { code: 'T-BAD', name: '测试', department: dept.documentId, batch: 1, timeLimitDays: -1, materials: [] }), 400, /时限|非负整数/);
    await refused(() => c.county.request('POST', '/ra/approval-items', { code: 'T-BAD', name: '测试', batch: 1, timeLimitDays: 3, materials: [] }), 400, /县直部门/);
    expect((await c.township.request('PUT', `/ra/approval-items/${item.documentId}`, { name: '改名' })).status).toBe(403);
    const used = (await q(CASE).findOne({ where: {}, populate: { item: true } })).item;
    await refused(() => c.county.request('DELETE', `/ra/approval-items/${used.documentId}`), 400, /停用/);
  });
});

describe('a case in two steps', () => {
  it('受理: the server derives township, due day (working days), month and code; totals and audit follow', async () => {
    const month = chinaDay(new Date().toISOString()).slice(0, 7);
    const before = Number((await totals(month))?.cases ?? 0);
    const audits = await q('api::audit-log.audit-log').count();
    const res = await receive(c.township);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const row = await q(CASE).findOne({ where: { documentId: res.body.id }, populate: { township: true } });
    expect(row.status).toBe('received');
    expect(row.township.id).toBe(a.township.id);
    expect(row.dueOn).toBe(addWorkingDays(chinaDay(new Date(row.receivedAt).toISOString()), 5, cal));
    expect(row.code).toMatch(/^BJ-321323102-\d{8}-/);
    expect(row.handler).toBe('t-township');
    expect(Number((await totals(month)).cases)).toBe(before + 1);
    expect(await q('api::audit-log.audit-log').count()).toBe(audits + 1);

    // 办结
    const fin = await act(c.township, res.body.id, 'finish');
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toMatchObject({ status: 'finished', onTime: true });
    expect(Number((await totals(month)).finished_on_time)).toBeGreaterThan(0);
    // 满意度
    const rate = await act(c.township, res.body.id, 'rate', { satisfaction: 5 });
    expect(rate.status, JSON.stringify(rate.body)).toBe(200);
    expect(await q(CASE).findOne({ where: { documentId: res.body.id } })).toMatchObject({ status: 'finished', satisfaction: 5 });
    expect(await q('api::audit-log.audit-log').count()).toBe(audits + 3);

    // never a third step, never a second rating
    await refused(() => act(c.township, res.body.id, 'finish'), 409, /两个环节/);
    await refused(() => act(c.township, res.body.id, 'return', { reason: '再退' }), 409, /第三个环节/);
    await refused(() => act(c.township, res.body.id, 'rate', { satisfaction: 4 }), 409, /已评价/);
  });

  it('不予受理 needs a reason and ends the case; 退件 needs a reason', async () => {
    await refused(() => receive(c.township, { status: 'refused' }), 400, /理由/);
    const ref = await receive(c.township, { status: 'refused', reason: '申请材料不齐全' });
    expect(ref.status, JSON.stringify(ref.body)).toBe(201);
    expect(ref.body.status).toBe('refused');
    await refused(() => act(c.township, ref.body.id, 'finish'), 409, /不予受理/);
    await refused(() => act(c.township, ref.body.id, 'rate', { satisfaction: 5 }), 409, /办结后/);

    const open = (await receive(c.township)).body.id;
    await refused(() => act(c.township, open, 'return', {}), 400, /退件必须说明理由/);
    await refused(() => act(c.township, open, 'rate', { satisfaction: 5 }), 409, /办结后/);
    const ret = await act(c.township, open, 'return', { reason: '现场核查与申报情况不符' });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect(ret.body.status).toBe('returned');
    await refused(() => act(c.township, open, 'finish'), 409, /第三个环节/);
  });

  it('refuses every bad input with a Chinese message and writes nothing', async () => {
    const open = (await receive(c.township)).body.id;
    for (const s of [0, 6, 3.5, '五', null]) {
      const done = (await receive(c.township)).body.id;
      expect((await act(c.township, done, 'finish')).status).toBe(200);
      await refused(() => act(c.township, done, 'rate', { satisfaction: s }), 400, /满意度应为 1 至 5 的整数/);
    }
    await refused(() => receive(c.township, { status: 'finished' }), 400, /受理后/);
    await refused(() => receive(c.township, { dueOn: '2030-01-01' }), 400, /由系统填写/);
    await refused(() => receive(c.township, { applicantIdNumber: '321323198506120041' }), 400, /校验码/);
    await refused(() => receive(c.township, { applicantName: '' }), 400, /申请人姓名/);
    await refused(() => receive(c.township, { applicantPhone: '12345' }), 400, /联系电话/);
    await refused(() => receive(c.township, { receivedAt: new Date(Date.now() + 86400000).toISOString() }), 400, /晚于当前时间/);
    await refused(() => receive(c.township, { windowName: '不存在的窗口' }), 400, /窗口/);
    await refused(() => receive(c.township, { item: undefined }), 400, /赋权事项/);
    await refused(() => act(c.township, open, 'finish', { at: '2020-01-01T00:00:00.000Z' }), 400, /不能早于受理时间/);
    await refused(() => act(c.township, open, 'finish', { at: 'yesterday' }), 400, /时间格式/);
    await refused(() => c.township.request('PUT', `/ra/approval-cases/${open}`, { status: 'finished' }), 400, /对应操作/);
    await refused(() => c.township.request('PUT', `/api/approval-cases/${open}`, { data: { satisfaction: 5 } }), 400, /对应操作/);
    await refused(() => c.township.request('PUT', `/api/approval-cases/${open}`, { data: { dueOn: '2030-01-01' } }), 400, /不能修改/);
    await refused(() => c.county.request('DELETE', `/ra/approval-cases/${open}`), 403, /.+/);
    await refused(() => act(c.township, 'nosuchcase', 'finish'), 404, /不存在/);
  });
});

describe('scope and masking', () => {
  it('township sees its hall and cases, county all, branch its hall only, member nothing', async () => {
    const count = (where: any) => q(CASE).count({ where });
    const list = async (who: Caller, r: string) => {
      const res = await who.request('GET', `/ra/${r}${raQuery({ range: [0, 0] })}`);
      return res.status === 200 ? totalOf(res.headers.get('content-range')) : res.status;
    };
    expect(await list(c.county, 'approval-cases')).toBe(await count({}));
    expect(await list(c.township, 'approval-cases')).toBe(await count({ township: a.township.id }));
    expect(await list(c.branch, 'approval-cases')).toBe(403);
    expect(await list(c.member, 'approval-cases')).toBe(403);
    expect(await list(c.branch, 'service-halls')).toBe(1);
    expect(await list(c.township, 'service-halls')).toBe(1);
    expect(await list(c.member, 'service-halls')).toBe(403);
    expect(await list(c.branch, 'approval-items')).toBeGreaterThanOrEqual(135);
    expect(await list(c.member, 'approval-items')).toBe(403);
    // another township's case: absent for the township, refused for branch and member
    await refused(() => act(c.township, otherCase.documentId, 'finish'), 404, /不在您的管理范围内/);
    await refused(() => act(c.branch, otherCase.documentId, 'finish'), 404, /不存在/);
    await refused(() => receive(c.township, { hall: otherHall.documentId }), 403, /.+/);
    expect((await c.branch.request('GET', '/api/services/assessment')).status).toBe(403);
    expect((await c.member.request('GET', '/api/services/assessment')).status).toBe(403);
  });

  it('ID numbers are masked in lists and whole in a single read for those who edit cases', async () => {
    const id = (await receive(c.township)).body.id;
    const listed = await c.township.request('GET', `/ra/approval-cases${raQuery({ filter: { id: [id] } })}`);
    expect(listed.body[0].applicantIdNumber).toBe(`${ID.slice(0, 4)}**********${ID.slice(-4)}`);
    const rest = await c.county.request('GET', `/api/approval-cases?filters[documentId]=${id}`);
    expect(rest.body.data[0].applicantIdNumber).toMatch(/\*{10}/);
    expect((await c.township.request('GET', `/ra/approval-cases/${id}`)).body.applicantIdNumber).toBe(ID);
    // the masked copy sent back leaves the number alone
    const put = await c.township.request('PUT', `/ra/approval-cases/${id}`, { ...listed.body[0], applicantPhone: '13900000000' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await q(CASE).findOne({ where: { documentId: id } })).applicantIdNumber).toBe(ID);
  });
});

describe('assessment', () => {
  it('equals a plain count over the cases, per township and month (open overdue count as late)', async () => {
    const year = 2026;
    const res = await c.county.request('GET', `/api/services/assessment?year=${year}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const today = res.body.asOf;
    const cases = await q(CASE).findMany({ where: { month: { $startsWith: `${year}-` } }, populate: { township: true } });
    const expected = new Map<string, any>();
    for (const k of cases) {
      const key = `${k.township.code}:${k.month}`;
      const e = expected.get(key) ?? { volume: 0, finished: 0, onTime: 0, returned: 0, overdue: 0, open: 0, satisfied: 0, rated: 0 };
      if (k.status !== 'refused') e.volume++;
      if (k.status === 'finished') e.finished++;
      if (k.status === 'finished' && k.onTime) e.onTime++;
      if (k.status === 'returned') e.returned++;
      if (k.status === 'received') e.open++;
      if (k.status === 'received' && k.dueOn < today) e.overdue++;
      if (k.satisfaction != null) { e.rated++; if (k.satisfaction >= 4) e.satisfied++; }
      expected.set(key, e);
    }
    const got = new Map<string, any>(res.body.rows.map((r: any) => [`${r.township.code}:${r.month}`, r]));
    expect([...got.keys()].sort()).toEqual([...expected.keys()].filter((k) => expected.get(k)).sort());
    for (const [key, e] of expected) {
      const r = got.get(key);
      expect({ volume: r.volume, finished: r.finished, open: r.open, overdue: r.openOverdue }, key).toEqual({ volume: e.volume, finished: e.finished, open: e.open, overdue: e.overdue });
      expect(r.rates.completion_rate, key).toMatchObject({ num: e.finished, den: e.volume });
      expect(r.rates.on_time_rate, key).toMatchObject({ num: e.onTime, den: e.finished + e.overdue });
      expect(r.rates.satisfaction_rate, key).toMatchObject({ num: e.satisfied, den: e.rated });
      expect(r.rates.return_rate, key).toMatchObject({ num: e.returned, den: e.volume });
    }
    // a township sees only its own rows
    const mine = await c.township.request('GET', `/api/services/assessment?year=${year}`);
    expect(new Set(mine.body.rows.map((r: any) => r.township.code))).toEqual(new Set(['321323102']));
  });

  it('reads kept totals: the year table costs about a 25-row list page (figure printed, not asserted)', async () => {
    const median = async (url: string) => {
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        expect((await c.county.request('GET', url)).status).toBe(200);
        times.push(performance.now() - t);
      }
      return times.sort((x, y) => x - y)[7];
    };
    const page = await median(`/ra/approval-cases${raQuery({ range: [0, 24], sort: ['receivedAt', 'DESC'] })}`);
    const table = await median('/api/services/assessment?year=2026');
    console.log(`approvals assessment (year, all townships) ${table.toFixed(1)} ms vs /ra 25-row page ${page.toFixed(1)} ms (ratio ${(table / page).toFixed(2)})`);
  });

  it('the 待办 counts open cases past their due day and due today, in scope', async () => {
    const today = chinaDay(new Date().toISOString());
    // one case received 30 days ago with a 5-day limit, still open: past its due day
    const late = await receive(c.township, { receivedAt: new Date(Date.now() - 30 * 86400000).toISOString() });
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    const todos = async (who: Caller) => (await who.request('GET', '/api/dashboard')).body.todos as any[];
    // the dashboard lists only what waits (count > 0)
    const countOf = async (who: Caller, key: string) => (await todos(who)).find((t) => t.key === key)?.count ?? 0;
    const open = (where: any) => q(CASE).count({ where: { status: 'received', ...where } });
    expect(await countOf(c.township, 'services_overdue')).toBe(await open({ township: a.township.id, dueOn: { $lt: today } }));
    expect(await countOf(c.township, 'services_due_today')).toBe(await open({ township: a.township.id, dueOn: today }));
    expect(await countOf(c.county, 'services_overdue')).toBe(await open({ dueOn: { $lt: today } }));
    expect(await countOf(c.township, 'services_overdue')).toBeGreaterThan(0);
    expect((await todos(c.branch)).find((t) => t.key === 'services_overdue')).toBeUndefined();
  });

  it('refuses a bad year or month in Chinese', async () => {
    for (const qs of ['year=abc', 'year=2026&month=2026-13', 'year=2026&month=2025-01']) {
      const res = await c.county.request('GET', `/api/services/assessment?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
