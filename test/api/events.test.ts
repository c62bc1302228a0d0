// Command and dispatch over HTTP: reporting, the 四办 (快办, 交办, 会办, 报办 with the county
// assigning departments), returns with a reason, finishing and closing with a result and a rating;
// every bad input refused with a Chinese message and nothing written; scope per role including the
// county department login; the monthly assessment equal to plain counts (open overdue items late);
// 四个一 visits with overdue people.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { tallyEvents } from '../../cms/src/domain/events/assessment';
import { assess } from '../../cms/src/domain/assessment/formulas';
import { chinaMonth } from '../../cms/src/domain/calendar/days';
import rulesFile from '../../config/dispatch-rules.json';
import type { DispatchRules } from '../../cms/src/domain/events/dispatch-rules';

const RULES = rulesFile as unknown as DispatchRules;
const EVENT = 'api::event.event';
const ASSIGNMENT = 'api::event-assignment.event-assignment';
const OTHER_TOWNSHIP = '321323001'; // 众兴街道

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let other: any;
let grid: any;
let otherGrid: any;
let offices: any[];
let foreignOffice: any;
let cg: any;
let sw: any;

const q = (uid: string) => strapi.db.query(uid);
const audits = () => q('api::audit-log.audit-log').count();
const totalsRows = () => strapi.db.connection('events_unit_months').select('*').orderBy(['unit_kind', 'month', 'unit_id']);
const snapshot = async () => JSON.stringify([await q(EVENT).count(), await q(ASSIGNMENT).count(), await audits(), await totalsRows(),
  (await q(EVENT).findMany({ select: ['state', 'mode', 'result', 'satisfaction'], orderBy: { id: 'desc' }, limit: 5 }))]);

async function refused(call: () => Promise<{ status: number; body: any }>, status: number, message: RegExp) {
  const before = await snapshot();
  const res = await call();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const text = res.body.message ?? res.body.error?.message;
  expect(text).toMatch(message);
  // Strapi's own permission check (no such right on the route) answers before ours, in English.
  if (res.body.message) expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(await snapshot()).toBe(before);
  return res.body;
}

const report = (caller: Caller, data: Record<string, unknown> = {}) =>
  caller.request('POST', '/api/events/report', { source: 'grid_phone', grid: grid.documentId, category: '环境卫生', description: '路边垃圾堆积', reporterName: '张三', reporterPhone: '13800000000', ...data });
const post = (caller: Caller, id: string, action: string, body: unknown = {}) => caller.request('POST', `/api/events/${id}/${action}`, body);

async function reported(caller: Caller = c.township): Promise<string> {
  const res = await report(caller);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  other = await q('api::township.township').findOne({ where: { code: OTHER_TOWNSHIP } });
  grid = await q('api::grid.grid').findOne({ where: { township: a.township.id }, orderBy: { code: 'asc' } });
  otherGrid = await q('api::grid.grid').findOne({ where: { township: other.id }, orderBy: { code: 'asc' } });
  offices = await q('api::office.office').findMany({ where: { township: a.township.id }, orderBy: { id: 'asc' } });
  foreignOffice = await q('api::office.office').findOne({ where: { township: other.id } });
  cg = await q('api::county-department.county-department').findOne({ where: { code: 'cg' } });
  sw = await q('api::county-department.county-department').findOne({ where: { code: 'sw' } });
});

describe('seed', () => {
  it('has a year of events for 王集镇 and a few for 众兴街道, with kept totals that match', async () => {
    expect(await q(EVENT).count({ where: { township: a.township.id } })).toBeGreaterThan(200);
    expect(await q(EVENT).count({ where: { township: other.id } })).toBeGreaterThan(10);
    const modes = await strapi.db.connection('events').select('mode').count({ n: '*' }).groupBy('mode');
    expect(modes.length).toBeGreaterThanOrEqual(3);
    expect(await q(ASSIGNMENT).count({ where: { state: 'returned' } })).toBeGreaterThan(0);
  });
});

describe('the 四办 flows', () => {
  it('快办: the grid handles it, the centre closes it with a result and a rating', async () => {
    const id = await reported(c.branch);
    const before = await audits();
    const d = await post(c.township, id, 'dispatch', { mode: 'quick' });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.state).toBe('in_progress');
    expect(d.body.assignments).toHaveLength(1);
    expect(d.body.assignments[0].level).toBe('grid');
    const closed = await post(c.township, id, 'close', { result: '已清运', satisfaction: 5 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.state).toBe('closed');
    expect(closed.body.assignments[0].state).toBe('done');
    expect(await audits()).toBe(before + 2);
    const row = await q(EVENT).findOne({ where: { documentId: id } });
    expect(row).toMatchObject({ state: 'closed', mode: 'quick', result: '已清运', satisfaction: 5 });
  });

  it('交办 with a deadline, 退件 with a reason goes back to the centre, then 会办 and close', async () => {
    const id = await reported();
    const deadline = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const d = await post(c.township, id, 'dispatch', { mode: 'assign', offices: [offices[0].documentId], deadline });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body.assignments[0].deadline).toBe(deadline);
    const back = await post(c.township, id, 'return', { assignment: d.body.assignments[0].id, reason: '不属于本科室职责' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.state).toBe('reported');
    const joint = await post(c.township, id, 'dispatch', { mode: 'joint', offices: [offices[1].documentId, offices[2].documentId] });
    expect(joint.status, JSON.stringify(joint.body)).toBe(200);
    const open = joint.body.assignments.filter((x: any) => x.state === 'open');
    expect(open).toHaveLength(2);
    for (const x of open) expect((await post(c.township, id, 'finish', { assignment: x.id, note: '已处理' })).status).toBe(200);
    const closed = await post(c.township, id, 'close', { result: '联合整治完毕', satisfaction: 3 });
    expect(closed.body.state).toBe('closed');
    const rows = await q(ASSIGNMENT).findMany({ where: { event: { documentId: id } }, orderBy: { id: 'asc' } });
    expect(rows.map((r: any) => r.state)).toEqual(['returned', 'done', 'done']);
    expect(rows[0].reason).toBe('不属于本科室职责');
  });

  it('报办: escalated to the county, which assigns departments; a department finishes its own part only', async () => {
    const id = await reported();
    expect((await post(c.township, id, 'escalate')).body.state).toBe('escalated');
    // The department sees nothing before it is assigned.
    expect((await c.department.request('GET', `/api/events/${id}`)).status).toBe(404);
    await refused(() => post(c.township, id, 'county-assign', { departments: [cg.documentId] }), 403, /县中心/);
    const d = await post(c.county, id, 'county-assign', { departments: [cg.documentId, sw.documentId] });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    const [mine, theirs] = d.body.assignments;
    expect((await c.department.request('GET', `/api/events/${id}`)).status).toBe(200);
    await refused(() => post(c.department, id, 'finish', { assignment: theirs.id }), 403, /县直部门/);
    await refused(() => post(c.township, id, 'finish', { assignment: mine.id }), 403, /县直部门/);
    expect((await post(c.department, id, 'finish', { assignment: mine.id, note: '已拆除' })).status).toBe(200);
    expect((await post(c.county, id, 'return', { assignment: theirs.id, reason: '不属于水务职责' })).status).toBe(200);
    const closed = await post(c.county, id, 'close', { result: '城管局已处置', satisfaction: 4 });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.state).toBe('closed');
  });
});

describe('bad input: 4xx, a Chinese message, nothing written', () => {
  it('dispatching to an office of another township', async () => {
    const id = await reported();
    await refused(() => post(c.township, id, 'dispatch', { mode: 'assign', offices: [foreignOffice.documentId] }), 400, /其他乡镇/);
    await refused(() => post(c.county, id, 'dispatch', { mode: 'joint', offices: [offices[0].documentId, foreignOffice.documentId] }), 400, /其他乡镇/);
  });

  it('returning without a reason', async () => {
    const id = await reported();
    const d = await post(c.township, id, 'dispatch', { mode: 'assign', offices: [offices[0].documentId] });
    for (const reason of [undefined, '', '   ']) await refused(() => post(c.township, id, 'return', { assignment: d.body.assignments[0].id, reason }), 400, /退件必须说明理由/);
  });

  it('closing without a result, and a satisfaction outside 1–5', async () => {
    const id = await reported();
    await post(c.township, id, 'dispatch', { mode: 'quick' });
    for (const result of [undefined, '', '  ']) await refused(() => post(c.township, id, 'close', { result, satisfaction: 5 }), 400, /处理结果/);
    for (const satisfaction of [0, 6, 3.5, '5', null, undefined]) await refused(() => post(c.township, id, 'close', { result: '已处理', satisfaction }), 400, /满意度/);
  });

  it('illegal steps, unknown modes, bad deadlines, bad reports', async () => {
    const id = await reported();
    await refused(() => post(c.township, id, 'close', { result: '已处理', satisfaction: 5 }), 400, /不能结案/);
    await refused(() => post(c.township, id, 'dispatch', { mode: 'fast' }), 400, /办理方式/);
    await refused(() => post(c.township, id, 'dispatch', { mode: 'assign', offices: [offices[0].documentId, offices[1].documentId] }), 400, /会办/);
    await refused(() => post(c.township, id, 'dispatch', { mode: 'assign', offices: [offices[0].documentId], deadline: '2020-01-01T00:00:00Z' }), 400, /期限/);
    await refused(() => post(c.township, id, 'dispatch', { mode: 'assign', offices: 'x' }), 400, /编号列表/);
    await refused(() => post(c.township, id, 'county-assign', { departments: [cg.documentId] }), 403, /县中心/);
    await refused(() => post(c.township, 'nope', 'dispatch', { mode: 'quick' }), 404, /不存在/);
    await refused(() => c.township.request('POST', `/api/events/${id}/dispatch`, [1, 2]), 400, /对象/);
    await refused(() => report(c.township, { source: 'fax' }), 400, /来源/);
    await refused(() => report(c.township, { description: '' }), 400, /描述/);
    await refused(() => report(c.township, { grid: otherGrid.documentId }), 400, /网格/);
    await refused(() => report(c.township, { photos: ['a'] }), 400, /照片/);
    await refused(() => report(c.member), 403, /上报/);
    await refused(() => report(c.department), 403, /上报/);
  });

  it('writes through REST and the bridge are refused (events change only through the actions)', async () => {
    const row = await q(EVENT).findOne({ where: { township: a.township.id } });
    for (const caller of [c.county, c.township]) {
      await refused(() => caller.request('PUT', `/api/events/${row.documentId}`, { data: { state: 'closed' } }), 403, /./);
      await refused(() => caller.request('POST', '/ra/events', { code: 'X', source: 'app', grid: grid.documentId, category: 'x', description: 'x', reportedAt: new Date().toISOString() }), 403, /./);
    }
  });
});

describe('scope', () => {
  const listTotal = async (caller: Caller, resource: string) => (await caller.request('GET', `/api/${resource}?pagination[pageSize]=1`)).body?.meta?.pagination?.total;

  it('county all, township its own, branch its grids, member none, department only its assignments', async () => {
    expect(await listTotal(c.county, 'events')).toBe(await q(EVENT).count());
    expect(await listTotal(c.township, 'events')).toBe(await q(EVENT).count({ where: { township: a.township.id } }));
    const subtree = [a.branch.id, ...(await q('api::party-organisation.party-organisation').findMany({ where: { parent: a.branch.id }, select: ['id'] })).map((o: any) => o.id)];
    expect(await listTotal(c.branch, 'events')).toBe(await q(EVENT).count({ where: { grid: { partyOrganisations: { id: { $in: subtree } } } } }));
    expect((await c.member.request('GET', '/api/events')).status).toBe(403);
    const mine = await q(EVENT).count({ where: { assignments: { departmentRef: cg.id } } });
    expect(mine).toBeGreaterThan(0);
    expect(await listTotal(c.department, 'events')).toBe(mine);
    expect(await listTotal(c.department, 'event-assignments')).toBe(await q(ASSIGNMENT).count({ where: { departmentRef: cg.id } }));
    for (const r of ['grids', 'members', 'townships', 'grid-visits', 'meetings']) expect((await c.department.request('GET', `/api/${r}`)).status, r).toBe(403);
  });

  it('the board counts only what the caller may see', async () => {
    // An assignment whose deadline has passed (the clock moved on): it shows as overdue.
    const late = await reported();
    const d = await post(c.township, late, 'dispatch', { mode: 'assign', offices: [offices[0].documentId] });
    const row = await q(ASSIGNMENT).findOne({ where: { documentId: d.body.assignments[0].id } });
    await q(ASSIGNMENT).update({ where: { id: row.id }, data: { deadline: new Date(new Date(row.assignedAt).getTime() + 1) } });
    const county = (await c.county.request('GET', '/api/event-reports/board?tab=overdue')).body;
    const town = (await c.township.request('GET', '/api/event-reports/board?tab=new')).body;
    const dept = (await c.department.request('GET', '/api/event-reports/board?tab=assigned')).body;
    expect(county.counts.new).toBeGreaterThanOrEqual(town.counts.new);
    expect(town.counts.new).toBe(await q(EVENT).count({ where: { township: a.township.id, state: 'reported' } }));
    expect(dept.counts.assigned).toBe(await q(EVENT).count({ where: { state: 'in_progress', assignments: { departmentRef: cg.id } } }));
    for (const row of town.rows) expect([row.township, row.townshipId]).toEqual([a.township.name, a.township.documentId]);
    // 交办 offers the event's own township's offices: the board gives the id the office list filters by.
    const own = await c.township.request('GET', `/ra/offices?filter=${encodeURIComponent(JSON.stringify({ township: town.rows[0].townshipId }))}`);
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((o: any) => o.township === a.township.documentId)).toBe(true);
    const overdue = await strapi.db.connection('event_assignments').where('state', 'open').where('deadline', '<', ['better-sqlite3', 'sqlite3', 'sqlite'].includes(strapi.db.connection.client.config.client) ? Date.now() : new Date()).count({ n: '*' }).first();
    expect(Number(overdue.n)).toBeGreaterThan(0);
    expect(county.counts.overdue).toBeGreaterThan(0);
    expect((await c.member.request('GET', '/api/event-reports/board')).status).toBe(403);
    expect((await c.township.request('GET', '/api/event-reports/board?tab=x')).status).toBe(400);
  });
});

/** Every event with its assignments, as the domain's tally reads them. */
async function domainEvents() {
  const events = await q(EVENT).findMany({ populate: { township: { select: ['id'] }, assignments: true } });
  return events.map((e: any) => ({
    township: String(e.township.id), grid: '', status: e.state, mode: e.mode, reportedAt: new Date(e.reportedAt).toISOString(), escalatedAt: null,
    result: e.result, satisfaction: e.satisfaction, closedAt: null,
    assignments: e.assignments.map((x: any) => ({
      assignee: x.level === 'county' ? `d:${x.departmentRef}` : `t:${x.townshipRef}`, level: x.level, mode: x.mode, round: x.round,
      assignedAt: new Date(x.assignedAt).toISOString(), deadline: new Date(x.deadline).toISOString(), status: x.state, endedAt: x.endedAt ? new Date(x.endedAt).toISOString() : null, note: null, reason: x.reason,
    })),
  }));
}

describe('assessment', () => {
  it('per township and per department equals plain counts, open overdue items counted late', async () => {
    const now = new Date().toISOString();
    const months = [chinaMonth(now), '2026-03'];
    const events = await domainEvents();
    for (const month of months) {
      const plain = tallyEvents(events as any, month, now, RULES.assessment, (x: any, e: any) => (x.level === 'county' ? x.assignee : `t:${e.township}`));
      for (const by of ['township', 'department'] as const) {
        const res = await c.county.request('GET', `/api/event-reports/assessment?month=${month}&by=${by}`);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        for (const row of res.body.rows) {
          const counts = plain.get(`${by === 'township' ? 't' : 'd'}:${row.unitId}`) ?? {};
          const want = assess(counts, RULES.assessment);
          expect({ volume: row.volume, open: row.open, rates: row.rates }, `${month} ${by} ${row.name}`).toEqual(want);
        }
      }
    }
    const town = (await c.county.request('GET', `/api/event-reports/assessment?month=${months[1]}&by=township`)).body.rows.find((r: any) => r.unitId === a.township.id);
    expect(town.volume).toBeGreaterThan(0);
    expect(town.counts.returned + town.counts.finished_late).toBeGreaterThan(0);
    // This month's overdue item (made in the board test) is late in 按时率, not left out.
    const now2 = (await c.county.request('GET', `/api/event-reports/assessment?month=${months[0]}&by=township`)).body.rows.find((r: any) => r.unitId === a.township.id);
    expect(now2.counts.open_overdue).toBeGreaterThan(0);
    expect(now2.rates.on_time_rate.den).toBeGreaterThanOrEqual(now2.counts.open_overdue);
  });

  it('a township sees its own row, a department its own; others are refused', async () => {
    const t = (await c.township.request('GET', '/api/event-reports/assessment?month=2026-03')).body;
    expect(t.rows.map((r: any) => r.unitId)).toEqual([a.township.id]);
    const d = (await c.department.request('GET', '/api/event-reports/assessment?month=2026-03&by=department')).body;
    expect(d.rows.map((r: any) => r.unitId)).toEqual([cg.id]);
    expect((await c.township.request('GET', '/api/event-reports/assessment?by=department')).status).toBe(403);
    expect((await c.branch.request('GET', '/api/event-reports/assessment')).status).toBe(403);
    expect((await c.county.request('GET', '/api/event-reports/assessment?month=2026-13')).status).toBe(400);
    expect((await c.county.request('GET', '/api/event-reports/assessment?by=grid')).status).toBe(400);
  });
});

describe('四个一 visits', () => {
  it('logs visits through the API and shows who is overdue per grid and person', async () => {
    const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
    for (const n of [1, 2, 3, 4, 5]) expect((await c.branch.request('POST', '/ra/grid-visits', { grid: grid.documentId, person: '李网格', role: 'grid_worker', visitedAt: day(n) })).status).toBe(201);
    for (const n of [1, 9]) expect((await c.township.request('POST', '/api/grid-visits', { data: { grid: grid.documentId, person: '王警官', role: 'police', visitedAt: day(n) } })).status).toBe(201);
    const res = await c.township.request('GET', `/api/event-reports/visits?grid=${grid.documentId}&days=7`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const worker = res.body.persons.find((p: any) => p.person === '李网格');
    const police = res.body.persons.find((p: any) => p.person === '王警官');
    expect(worker.overdue).toBe(true); // the first two of the seven days had no visit
    expect(police.overdue).toBe(true);
    expect(police.findings[0]).toMatch(/未进网格/);
    expect((await c.township.request('GET', `/api/event-reports/visits?grid=${otherGrid.documentId}`)).status).toBe(400);
    expect((await c.township.request('POST', '/ra/grid-visits', { grid: otherGrid.documentId, person: '越界', role: 'volunteer', visitedAt: day(1) })).status).toBe(403);
  });
});
