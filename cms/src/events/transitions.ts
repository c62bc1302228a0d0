// Event actions through the 四办 state machine (domain/events/transition.ts), each in one
// transaction with the assignments it makes or ends, the kept monthly totals and an audit entry.
// A refusal of the domain is a 400 with its Chinese message, and nothing is written.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../db/knex';
import { linkTable, tableOf } from '../db/link-tables';
import { documentId } from '../db/document-id';
import { writeAudit } from '../audit/write-audit';
import type { Principal } from '../scoping/principal';
import { chinaMonth } from '../domain/calendar/days';
import { isPast } from '../domain/calendar/deadlines';
import { satisfactionCounter } from '../domain/assessment/formulas';
import { transition, type EventAction, type TransitionInput } from '../domain/events/transition';
import type { Assignee, Assignment, GovEvent } from '../domain/events/event';
import { forbid, notFound, refuse, roleOf, visibleRow } from '../meetings/access';
import { dispatchContext } from './rules';
import { addTotals, type TotalDelta } from './tables';
import { isoOf, timeValue } from './db';

export const EVENT = 'api::event.event';
export const ASSIGNMENT = 'api::event-assignment.event-assignment';
const OFFICE = 'api::office.office';
const DEPARTMENT = 'api::county-department.county-department';

type Row = Record<string, any>;

interface Loaded {
  row: Row;
  townshipId: number;
  gridId: number;
  event: GovEvent;
  /** database rows of event.assignments, same order */
  rows: Row[];
}

/** The event as the domain sees it; assignees are keys: g:<grid id>, o:<office id>, d:<department id>. */
async function load(strapi: Core.Strapi, knex: Knex, p: Principal, documentId: unknown): Promise<Loaded> {
  const row = await visibleRow(strapi, p, EVENT, documentId, { grid: { select: ['id'] }, township: { select: ['id'] } });
  if (!row) notFound('事件不存在或不在您的管理范围内');
  // Plain SQL from the link table's event index: the query engine's relation filter outer-joins
  // the events table, which SQLite may plan as a scan of all assignments.
  const l = linkTable(strapi, ASSIGNMENT, 'event');
  const a = tableOf(strapi, ASSIGNMENT);
  const rows: Row[] = (await knex(a).join(l.table, `${l.table}.${l.owner}`, `${a}.id`).where(`${l.table}.${l.target}`, row!.id)
    .select(`${a}.id`, `${a}.document_id`, `${a}.assignee_key`, `${a}.level`, `${a}.mode`, `${a}.round`, `${a}.assigned_at`, `${a}.deadline`, `${a}.state`,
      `${a}.ended_at`, `${a}.note`, `${a}.reason`, `${a}.department_ref`).orderBy(`${a}.id`))
    .map((r: Row) => ({
      id: Number(r.id), documentId: r.document_id, assigneeKey: r.assignee_key, level: r.level, mode: r.mode, round: r.round, assignedAt: r.assigned_at,
      deadline: r.deadline, state: r.state, endedAt: r.ended_at, note: r.note, reason: r.reason, departmentRef: r.department_ref,
    }));
  const townshipId = Number(row!.township?.id);
  const gridId = Number(row!.grid?.id);
  const event: GovEvent = {
    township: String(townshipId), grid: `g:${gridId}`, status: row!.state, mode: row!.mode ?? null,
    reportedAt: isoOf(row!.reportedAt)!, escalatedAt: isoOf(row!.escalatedAt), result: row!.result ?? null,
    satisfaction: row!.satisfaction ?? null, closedAt: isoOf(row!.closedAt),
    assignments: rows.map((a): Assignment => ({
      assignee: a.assigneeKey, level: a.level, mode: a.mode, round: a.round ?? 1, assignedAt: isoOf(a.assignedAt)!, deadline: isoOf(a.deadline)!,
      status: a.state, endedAt: isoOf(a.endedAt), note: a.note ?? null, reason: a.reason ?? null,
    })),
  };
  return { row: row!, townshipId, gridId, event, rows };
}

const str = (v: unknown, name: string, label: string, max: number): string | null => {
  if (v == null || v === '') return null;
  if (typeof v !== 'string' || v.length > max) refuse(`${label}应为不超过 ${max} 字的文字`, { field: name });
  return v as string;
};

function documentIds(v: unknown, name: string, label: string): string[] {
  if (v == null) return [];
  if (!Array.isArray(v) || v.length > 20 || v.some((x) => typeof x !== 'string' || !x || x.length > 40)) refuse(`${label}应为编号列表（最多 20 个）`, { field: name });
  return v as string[];
}

/** Offices by documentId, unscoped: an office of another township must reach the domain, which refuses it by name. */
async function offices(strapi: Core.Strapi, ids: string[]): Promise<Assignee[]> {
  if (!ids.length) return [];
  const rows = await strapi.db.query(OFFICE as any).findMany({ where: { documentId: { $in: ids } }, select: ['id', 'documentId', 'name'], populate: { township: { select: ['id'] } } });
  if (rows.length !== new Set(ids).size) refuse('所选科室不存在', { field: 'offices' });
  return ids.map((d) => rows.find((r: Row) => r.documentId === d)!).map((r: Row) => ({ id: `o:${r.id}`, level: 'township' as const, township: r.township ? String(r.township.id) : null, name: r.name }));
}

async function departments(strapi: Core.Strapi, ids: string[]): Promise<Assignee[]> {
  if (!ids.length) return [];
  const rows = await strapi.db.query(DEPARTMENT as any).findMany({ where: { documentId: { $in: ids } }, select: ['id', 'documentId', 'shortName', 'active'] });
  if (rows.length !== new Set(ids).size) refuse('所选县直部门不存在', { field: 'departments' });
  const inactive = rows.find((r: Row) => !r.active);
  if (inactive) refuse(`${inactive.shortName}已停用，不能派单`, { field: 'departments' });
  return ids.map((d) => rows.find((r: Row) => r.documentId === d)!).map((r: Row) => ({ id: `d:${r.id}`, level: 'county' as const, name: r.shortName }));
}

function unitOf(a: Assignment, townshipId: number): { unitKind: 'township' | 'department'; unitId: number } {
  return a.level === 'county' ? { unitKind: 'department', unitId: Number(a.assignee.slice(2)) } : { unitKind: 'township', unitId: townshipId };
}

/** What a transition adds to the kept totals: the domain's status buckets, counted as they happen. */
export function totalDeltas(before: GovEvent, after: GovEvent, townshipId: number, satisfiedFrom: number): TotalDelta[] {
  const out: TotalDelta[] = [];
  after.assignments.forEach((a, i) => {
    const old = before.assignments[i];
    const base = { ...unitOf(a, townshipId), month: chinaMonth(a.assignedAt) };
    if (!old) out.push({ ...base, volume: 1 });
    if ((!old || old.status === 'open') && a.status === 'done') out.push({ ...base, finished: 1, onTime: isPast(a.deadline, a.endedAt!) ? 0 : 1 });
    if ((!old || old.status === 'open') && a.status === 'returned') out.push({ ...base, returned: 1 });
  });
  if (before.status !== 'closed' && after.status === 'closed' && after.satisfaction != null) {
    // Once per unit and month, as domain/events/assessment.ts tallies it.
    const rated = new Set<string>();
    for (const a of after.assignments) {
      if (a.status !== 'done') continue;
      const base = { ...unitOf(a, townshipId), month: chinaMonth(a.assignedAt) };
      const key = `${base.unitKind}|${base.unitId}|${base.month}`;
      if (rated.has(key)) continue;
      rated.add(key);
      const satisfied = satisfactionCounter(after.satisfaction, { satisfiedFrom }) === 'satisfied' ? 1 : 0;
      out.push({ ...base, satSum: after.satisfaction, satCount: 1, satisfied });
    }
  }
  return out;
}

/**
 * One assignment row and its links, in plain SQL: the query engine's create spends a dozen
 * statements on relation bookkeeping, which is most of a dispatch's time.
 */
async function insertAssignment(strapi: Core.Strapi, knex: Knex, l: Loaded, a: Assignment, order: number, now: Date): Promise<Row> {
  const kind = a.assignee.slice(0, 1);
  const ref = Number(a.assignee.slice(2));
  const stamp = timeValue(knex, now.toISOString());
  const doc = documentId();
  const inserted = await knex(tableOf(strapi, ASSIGNMENT)).insert({
    document_id: doc, level: a.level, mode: a.mode, round: a.round, assigned_at: timeValue(knex, a.assignedAt), deadline: timeValue(knex, a.deadline),
    state: a.status, month: chinaMonth(a.assignedAt), township_ref: l.townshipId, department_ref: kind === 'd' ? ref : null, assignee_key: a.assignee,
    created_at: stamp, updated_at: stamp, published_at: stamp,
  }).returning('id');
  const id = Number(typeof inserted[0] === 'object' ? (inserted[0] as Row).id : inserted[0]);
  const ev = (strapi.db.metadata.get(ASSIGNMENT as any) as any).attributes.event.joinTable;
  await knex(ev.name).insert({ [ev.joinColumn.name]: id, [ev.inverseJoinColumn.name]: l.row.id, ...(ev.inverseOrderColumnName ? { [ev.inverseOrderColumnName]: order } : {}) });
  if (kind === 'o' || kind === 'd') {
    const link = linkTable(strapi, ASSIGNMENT, kind === 'o' ? 'office' : 'department');
    await knex(link.table).insert({ [link.owner]: id, [link.target]: ref });
  }
  return { id, documentId: doc };
}

export type ActionName = 'dispatch' | 'county-assign' | 'finish' | 'return' | 'close' | 'escalate';

const ACTION_LABELS: Record<ActionName, string> = {
  dispatch: '调度', 'county-assign': '县中心派单', finish: '办结', return: '退件', close: '结案', escalate: '报办',
};

function mayAct(p: Principal, name: ActionName, l: Loaded, assignment: Row | null): void {
  const role = roleOf(p);
  const label = ACTION_LABELS[name];
  if (role === 'county') return;
  if (name === 'dispatch' || name === 'escalate' || name === 'close') {
    if (role !== 'township') forbid(`只有乡镇（街道）指挥中心和县中心可以${label}`);
    return;
  }
  if (name === 'county-assign') forbid('只有县中心可以向县直部门派单');
  // finish / return: the assignee's side
  if (!assignment) return;
  if (assignment.level === 'county') {
    if (role !== 'department' || p.kind !== 'user' || !p.departmentIds.includes(Number(assignment.departmentRef))) forbid(`只有承办的县直部门或县中心可以${label}`);
    return;
  }
  if (role === 'township') return;
  if (role === 'branch' && assignment.level === 'grid') return;
  forbid(`无权${label}此派单`);
}

export interface ActResult {
  id: string;
  state: string;
  mode: string | null;
  assignments: Array<{ id: string; assignee: string; level: string; state: string; deadline: string }>;
}

/**
 * POST /api/events/:id/<action>. `now` is the server's clock; a test may not pass another.
 */
export async function act(strapi: Core.Strapi, p: Principal, documentId: unknown, name: ActionName, body: Row = {}, now = new Date(), timings?: Record<string, number>): Promise<ActResult> {
  let mark = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    if (timings) timings[name] = (timings[name] ?? 0) + (t - mark);
    mark = t;
  };
  if (body == null || typeof body !== 'object' || Array.isArray(body)) refuse('请求内容应为对象');
  const ctx = dispatchContext();
  return strapi.db.transaction(async () => withKnex(strapi, async (knex) => {
    lap('begin');
    const l = await load(strapi, knex, p, documentId);
    lap('load');
    let action: EventAction;
    const input: TransitionInput = {};
    let target: Row | null = null;
    switch (name) {
      case 'dispatch': {
        const mode = body.mode;
        if (!['quick', 'assign', 'joint', 'escalate'].includes(mode)) refuse('办理方式应为快办、交办、会办或报办之一', { field: 'mode' });
        action = mode;
        input.offices = await offices(strapi, documentIds(body.offices, 'offices', '承办科室'));
        break;
      }
      case 'escalate':
        action = 'escalate';
        break;
      case 'county-assign':
        action = 'county_assign';
        input.departments = await departments(strapi, documentIds(body.departments, 'departments', '县直部门'));
        break;
      case 'finish':
      case 'return': {
        action = name === 'finish' ? 'complete' : 'return';
        const id = str(body.assignment, 'assignment', '派单编号', 40);
        target = l.rows.find((r) => r.documentId === id) ?? null;
        if (!target) refuse('请选择本事件的一个派单', { field: 'assignment' });
        input.assignee = target!.assigneeKey;
        input.note = str(body.note, 'note', '办理说明', 500);
        input.reason = str(body.reason, 'reason', '退件理由', 500);
        break;
      }
      case 'close':
        action = 'close';
        input.result = str(body.result, 'result', '处理结果', 2000);
        input.satisfaction = body.satisfaction as number;
        break;
    }
    if (body.deadline != null && body.deadline !== '') input.deadline = str(body.deadline, 'deadline', '办理期限', 40);
    mayAct(p, name, l, target);
    lap('input');

    const out = transition(l.event, action!, input, now.toISOString(), ctx);
    if (!out.ok) refuse(out.message, { code: out.code });
    const after = out.value;
    lap('domain');

    // Write the assignments it made or ended, then the event, the totals and the audit entry.
    const added: Row[] = [];
    for (let i = 0; i < after.assignments.length; i++) {
      const a = after.assignments[i];
      const old = l.event.assignments[i];
      if (!old) {
        added.push(await insertAssignment(strapi, knex, l, a, i + 1, now));
      } else if (old.status !== a.status) {
        await strapi.db.query(ASSIGNMENT as any).update({
          where: { id: l.rows[i].id }, data: { state: a.status, endedAt: a.endedAt, note: a.note, reason: a.reason },
        });
      }
    }
    await knex(tableOf(strapi, EVENT)).where('id', l.row.id).update({
      state: after.status, mode: after.mode, escalated_at: timeValue(knex, after.escalatedAt), result: after.result,
      satisfaction: after.satisfaction, closed_at: timeValue(knex, after.closedAt), updated_at: timeValue(knex, now.toISOString()),
    });
    lap('write');
    await addTotals(knex, totalDeltas(l.event, after, l.townshipId, ctx.rules.assessment.satisfiedFrom));
    lap('totals');
    await writeAudit(strapi, p, {
      action: 'update', uid: EVENT, recordId: l.row.documentId, recordName: l.row.code,
      before: { state: l.event.status, mode: l.event.mode },
      after: { state: after.status, mode: after.mode, action, ...(input.reason ? { reason: input.reason } : {}), ...(after.result && after.status === 'closed' ? { result: after.result, satisfaction: after.satisfaction } : {}),
        ...(added.length ? { assigned: after.assignments.slice(l.event.assignments.length).map((a) => a.assignee) } : {}) },
      township: l.townshipId,
    });
    lap('audit');
    const docs = [...l.rows.map((r) => r.documentId), ...added.map((r) => r.documentId)];
    return {
      id: l.row.documentId, state: after.status, mode: after.mode,
      assignments: after.assignments.map((a, i) => ({ id: docs[i], assignee: a.assignee, level: a.level, state: a.status, deadline: a.deadline })),
    };
  }));
}

const SOURCES = ['snapshot', 'app', 'grid_phone', 'talk_day', 'hotline'];

/** POST /api/events/report: a new event in a grid the caller may see; its township is the grid's. */
export async function report(strapi: Core.Strapi, p: Principal, body: Row = {}, now = new Date()): Promise<{ id: string; code: string; state: string }> {
  if (body == null || typeof body !== 'object' || Array.isArray(body)) refuse('请求内容应为对象');
  const role = roleOf(p);
  if (!['county', 'township', 'branch'].includes(role ?? '')) forbid('只有县、乡镇（街道）和网格（支部）人员可以上报事件');
  if (!SOURCES.includes(body.source)) refuse('事件来源应为随手拍、一体化APP、网格通、小村说事日或热线之一', { field: 'source' });
  const category = str(body.category, 'category', '事件类别', 40);
  if (!category) refuse('请选择事件类别', { field: 'category' });
  const description = str(body.description, 'description', '事件描述', 2000);
  if (!description?.trim()) refuse('请填写事件描述', { field: 'description' });
  const reporterName = str(body.reporterName, 'reporterName', '上报人', 50);
  const reporterPhone = str(body.reporterPhone, 'reporterPhone', '联系电话', 20);
  if (reporterPhone && !/^[0-9+\- ]{5,20}$/.test(reporterPhone)) refuse('联系电话格式不正确', { field: 'reporterPhone' });
  const photos = body.photos == null ? [] : body.photos;
  if (!Array.isArray(photos) || photos.length > 9 || photos.some((x: unknown) => !Number.isInteger(x))) refuse('照片应为已上传文件的编号列表（最多 9 张）', { field: 'photos' });
  return strapi.db.transaction(async () => withKnex(strapi, async () => {
    const grid = await visibleRow(strapi, p, 'api::grid.grid', body.grid, { township: { select: ['id'] } });
    if (!grid) refuse('网格不存在或不在您的管理范围内', { field: 'grid' });
    if (!grid!.township) refuse('该网格未归属乡镇（街道）', { field: 'grid' });
    if (photos.length) {
      // Only files the caller uploaded may be attached (evidence stays private to the record's scope).
      const { readableFiles } = await import('../files/access');
      const ok = await readableFiles(strapi, p, photos);
      if (ok.size !== new Set(photos).size) refuse('照片不存在或无权使用', { field: 'photos' });
    }
    // Seeded events are numbered per grid (SJ-<grid>-0001); reported ones by the clock, so they never meet.
    const code = `SJ-${grid!.code}-${now.getTime().toString(36).toUpperCase()}${Math.floor(Math.random() * 36 * 36).toString(36).toUpperCase().padStart(2, '0')}`;
    const created = await strapi.db.query(EVENT as any).create({
      data: {
        code, source: body.source, grid: grid!.id, township: grid!.township.id, category, description, photos,
        reporterName, reporterPhone, state: 'reported', reportedAt: now, publishedAt: now,
      },
    });
    await writeAudit(strapi, p, {
      action: 'create', uid: EVENT, recordId: created.documentId, recordName: code, before: null,
      after: { code, source: body.source, category, grid: grid!.code, state: 'reported' }, township: grid!.township.id,
    });
    return { id: created.documentId, code, state: 'reported' };
  }));
}
