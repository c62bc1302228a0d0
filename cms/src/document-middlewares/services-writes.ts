// Write and read rules of the approvals area on every API (REST, the bridge, Strapi's admin).
// A case is created by receiving it (受理) or refusing it (不予受理) through the domain's state
// machine: the server sets its township (from the hall), time limit, due day, month, code and
// status, and adds it to the township's monthly totals in the same transaction. After that only
// the applicant's details, the window and the handler may be edited; the steps are the services
// actions (POST /api/services/cases/:id/finish|return|rate). Cases are never deleted: they are the
// hall's ledger and its assessment. Items and halls are checked by the domain. Applicant ID
// numbers are masked in every list, and in single reads for callers who may not edit cases.
import type { Core } from '@strapi/strapi';
import { forbid, refuse } from '../meetings/access';
import { withKnex } from '../db/knex';
import { principalOf } from '../scoping/principal';
import { can } from '../scoping/roles';
import { actorName } from '../points/ledger';
import { refOf, sameValue, whereOf } from '../meetings/refs';
import { chinaDay, chinaMonth } from '../domain/calendar/days';
import { caseTransition, newApprovalCase } from '../domain/services/approval-case';
import { checkApprovalItem } from '../domain/services/approval-item';
import { idNumberProblem, maskIdNumber } from '../domain/services/id-number';
import { isMasked } from '../domain/members/id-number';
import { STATIONED_UNITS, WINDOW_KINDS } from '../domain/services/service-hall';
import { addTotals, deltasOf } from '../services/tables';
import { CASE, HALL, ITEM, workingCalendar } from '../services/rules';
import { instantOf, refuseOutcome } from '../services/cases';
import { isServerWrite } from '../meetings/context';

type Ctx = { uid: string; action: string; params: any };
type Row = Record<string, any>;

/** Set by the server only; a client may send them back unchanged (the panel does). */
const CASE_SERVER_FIELDS = ['code', 'township', 'timeLimitDays', 'dueOn', 'onTime', 'satisfaction', 'month', 'finishedAt', 'status', 'reason', 'receivedAt', 'item', 'hall'];
const CASE_CREATE_FIELDS = new Set(['item', 'hall', 'windowName', 'applicantName', 'applicantIdNumber', 'applicantPhone', 'receivedAt', 'handler', 'status', 'reason']);
const READS = new Set(['findOne', 'findFirst', 'findMany', 'create', 'update']);

function text(data: Row, field: string, label: string, max: number, required = false) {
  if (!(field in data)) return;
  const v = data[field];
  if (v == null || v === '') {
    if (required) refuse(`请填写${label}`, { field });
    data[field] = null;
    return;
  }
  if (typeof v !== 'string' || v.trim().length > max) refuse(`${label}应为 ${max} 字以内的文字`, { field });
  data[field] = v.trim();
  if (required && !data[field]) refuse(`请填写${label}`, { field });
}

/** The applicant's details, on create and update. */
function applicant(data: Row, today: string, creating: boolean) {
  if (creating && !('applicantName' in data)) refuse('请填写申请人姓名', { field: 'applicantName' });
  text(data, 'applicantName', '申请人姓名', 50, true);
  text(data, 'windowName', '窗口', 40);
  text(data, 'handler', '经办人', 50);
  if ('applicantIdNumber' in data && data.applicantIdNumber != null && data.applicantIdNumber !== '') {
    const raw = data.applicantIdNumber;
    if (typeof raw !== 'string') refuse('身份证号应为文本', { field: 'applicantIdNumber' });
    if (isMasked(raw)) {
      if (creating) refuse('请填写完整的身份证号', { field: 'applicantIdNumber' });
      delete data.applicantIdNumber; // a masked copy sent back leaves the stored number alone
    } else {
      const value = raw.trim().toUpperCase();
      const problem = idNumberProblem(value, today);
      if (problem) refuse(problem, { field: 'applicantIdNumber', code: 'invalid_id_number' });
      data.applicantIdNumber = value;
    }
  } else if ('applicantIdNumber' in data) data.applicantIdNumber = null;
  if ('applicantPhone' in data && data.applicantPhone != null && data.applicantPhone !== '') {
    const v = data.applicantPhone;
    if (typeof v !== 'string' || !/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(v.trim())) refuse('联系电话应为 11 位手机号或带区号的固定电话', { field: 'applicantPhone' });
    data.applicantPhone = v.trim();
  }
}

function windowsOf(v: unknown): Row[] {
  if (v == null) return [];
  let list = v;
  if (typeof v === 'string') {
    try { list = JSON.parse(v); } catch { refuse('窗口应为列表', { field: 'windows' }); }
  }
  if (!Array.isArray(list) || list.length > 50) refuse('窗口应为列表（最多 50 个）', { field: 'windows' });
  const units = new Set<string>(STATIONED_UNITS.map((u) => u.code));
  const names = new Set<string>();
  return (list as unknown[]).map((x, i) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) refuse(`第 ${i + 1} 个窗口格式有误`, { field: 'windows', index: i });
    const w = x as Row;
    if (!(w.kind in WINDOW_KINDS)) refuse(`第 ${i + 1} 个窗口的类型应为${Object.values(WINDOW_KINDS).join('、')}之一`, { field: 'windows', index: i });
    const name = typeof w.name === 'string' && w.name.trim() ? w.name.trim() : null;
    if (!name || name.length > 40) refuse(`第 ${i + 1} 个窗口应有 40 字以内的名称`, { field: 'windows', index: i });
    if (names.has(name!)) refuse(`窗口名称重复：${name}`, { field: 'windows', index: i });
    names.add(name!);
    const unit = w.kind === 'stationed' ? (typeof w.unit === 'string' && w.unit ? w.unit : null) : null;
    if (w.kind === 'stationed' && (!unit || !units.has(unit))) refuse(`第 ${i + 1} 个窗口是部门进驻窗口，应选择进驻单位（${STATIONED_UNITS.map((u) => u.label).join('、')}）`, { field: 'windows', index: i });
    return { kind: w.kind, name, ...(unit ? { unit } : {}) };
  });
}

function caseCode(townshipCode: string, at: string): string {
  const rand = Math.floor(Math.random() * 36 ** 5).toString(36).toUpperCase().padStart(5, '0');
  return `BJ-${townshipCode}-${chinaDay(at).replace(/-/g, '')}-${rand}`;
}

export function servicesWrites(strapi: Core.Strapi) {
  const query = (uid: string) => strapi.db.query(uid as any);

  const approvalCase = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('办件不能复制');
    if (ctx.action === 'delete') {
      if (isServerWrite()) return next();
      forbid('办件是服务中心的台账记录，不能删除');
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    if (typeof data !== 'object' || Array.isArray(data as unknown)) refuse('数据格式有误');
    const now = new Date();
    const today = chinaDay(now.toISOString());
    if (ctx.action === 'update') {
      if (isServerWrite()) return next();
      const before = await query(CASE).findOne({ where: { documentId: ctx.params.documentId }, populate: { item: true, hall: true, township: true } });
      if (!before) return next();
      for (const f of CASE_SERVER_FIELDS) {
        if (!(f in data)) continue;
        if (sameValue(before[f], data[f]) || (data[f] == null && before[f] == null)) { delete data[f]; continue; }
        refuse(f === 'status' || f === 'reason' || f === 'satisfaction'
          ? '办件的办结、退件和满意度评价请使用对应操作，不能直接修改'
          : `字段 ${f} 在受理时确定，不能修改`, { field: f, code: 'server_field' });
      }
      applicant(data, today, false);
      if ('windowName' in data && data.windowName) checkWindow(before.hall, data.windowName);
      return next();
    }
    // create = 受理 or 不予受理
    for (const k of Object.keys(data)) {
      if (!CASE_CREATE_FIELDS.has(k) && data[k] != null && !['locale', 'publishedAt'].includes(k)) refuse(`字段 ${k} 由系统填写，不能提交`, { field: k, code: 'server_field' });
    }
    const status = data.status ?? 'received';
    if (status !== 'received' && status !== 'refused') refuse('新办件只能受理或不予受理；办结、退件请在受理后操作', { field: 'status', code: 'two_steps' });
    const itemRef = refOf(data.item);
    if (!itemRef) refuse('请选择赋权事项', { field: 'item' });
    const item = await query(ITEM).findOne({ where: whereOf(itemRef!) });
    if (!item) refuse('赋权事项不存在', { field: 'item' });
    if (!item.active) refuse(`事项“${item.name}”已停用，不能受理`, { field: 'item' });
    const hallRef = refOf(data.hall);
    if (!hallRef) refuse('请选择便民服务中心', { field: 'hall' });
    const hall = await query(HALL).findOne({ where: whereOf(hallRef!), populate: { township: true } });
    if (!hall) refuse('便民服务中心不存在', { field: 'hall' });
    if (!hall.township) refuse('该便民服务中心未关联乡镇', { field: 'hall' });
    applicant(data, today, true);
    if (data.windowName) checkWindow(hall, data.windowName);
    const at = instantOf(data.receivedAt, now, 'receivedAt');
    const handler = data.handler ?? actorName(await principalOf(strapi)).name;
    if (data.reason != null && typeof data.reason !== 'string') refuse('理由应为文字', { field: 'reason' });
    if (status === 'received' && data.reason) refuse('受理的办件不填写理由；不予受理请选择“不予受理”', { field: 'reason' });
    const out = caseTransition(newApprovalCase(item.timeLimitDays), status === 'refused' ? 'refuse' : 'receive', { at, handler, reason: data.reason ?? null }, workingCalendar());
    if (!out.ok) refuseOutcome(out);
    const c = (out as any).value;
    Object.assign(data, {
      status: c.status, receivedAt: at, dueOn: c.deadline, finishedAt: c.closedAt, reason: c.reason, handler: c.handler,
      timeLimitDays: item.timeLimitDays, township: hall.township.documentId, month: chinaMonth(at),
      code: caseCode(hall.township.code, at), onTime: null, satisfaction: null,
    });
    const result = await next();
    await withKnex(strapi, (knex) => addTotals(knex, hall.township.id, data.month, deltasOf(c)));
    return result;
  };

  const checkWindow = (hall: Row | null, name: string) => {
    const names = (Array.isArray(hall?.windows) ? hall!.windows : []).map((w: Row) => w?.name).filter(Boolean);
    if (names.length && !names.includes(name)) refuse(`窗口“${name}”不在${hall!.name}的窗口中`, { field: 'windowName' });
  };

  const approvalItem = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('赋权事项不能复制');
    const before: Row | null = ctx.action === 'create' ? null : await query(ITEM).findOne({ where: { documentId: ctx.params?.documentId }, populate: { department: true } });
    if (ctx.action !== 'create' && !before) return next();
    if (ctx.action === 'delete') {
      const used = await query(CASE).count({ where: { item: before!.id } });
      if (used) refuse(`已有 ${used} 件办件使用该事项，不能删除；不再办理请停用`, { code: 'item_in_use' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    if ('materials' in data) {
      let m = data.materials;
      if (typeof m === 'string') { try { m = JSON.parse(m); } catch { refuse('申请材料应为列表', { field: 'materials' }); } }
      if (m != null && (!Array.isArray(m) || m.length > 50 || m.some((x: unknown) => typeof x !== 'string' || !x.trim() || x.length > 100))) {
        refuse('申请材料应为文字列表（每项 100 字以内，最多 50 项）', { field: 'materials' });
      }
      data.materials = m == null ? null : m.map((x: string) => x.trim());
    }
    const merged = { ...(before ?? {}), ...data };
    const deptRef = 'department' in data ? refOf(data.department) : before?.department ? { id: before.department.id } : null;
    const dept = deptRef ? await query('api::county-department.county-department').findOne({ where: whereOf(deptRef) }) : null;
    if (!dept) refuse('请选择赋权的县直部门', { field: 'department' });
    const check = checkApprovalItem({
      code: merged.code, name: merged.name ?? '', department: dept.name, batch: Number(merged.batch ?? 1),
      timeLimitDays: Number(merged.timeLimitDays), materials: merged.materials ?? [], onSiteCheck: !!merged.onSiteCheck,
    });
    const bad = check.findings.find((f) => f.severity === 'error');
    if (bad) refuse(bad.message, { code: bad.code });
    return next();
  };

  const serviceHall = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('便民服务中心不能复制');
    const before: Row | null = ctx.action === 'create' ? null : await query(HALL).findOne({ where: { documentId: ctx.params?.documentId }, populate: { township: true } });
    if (ctx.action !== 'create' && !before) return next();
    const used = before ? await query(CASE).count({ where: { hall: before.id } }) : 0;
    if (ctx.action === 'delete') {
      if (used) refuse(`该服务中心已有 ${used} 件办件，不能删除`, { code: 'hall_in_use' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    if ('windows' in data) data.windows = windowsOf(data.windows);
    if ('township' in data) {
      const ref = refOf(data.township);
      const town = ref ? await query('api::township.township').findOne({ where: whereOf(ref) }) : null;
      if (!town) refuse('请选择乡镇', { field: 'township' });
      if (before && before.township?.id !== town.id && used) refuse('已有办件的服务中心不能改变所属乡镇', { field: 'township' });
      const other = await query(HALL).findOne({ where: { township: town.id, ...(before ? { id: { $ne: before.id } } : {}) } });
      if (other) refuse(`${town.name}已有便民服务中心（${other.name}），每个乡镇一个`, { field: 'township', code: 'hall_exists' });
    } else if (!before) refuse('请选择乡镇', { field: 'township' });
    return next();
  };

  const mayEditCases = async (): Promise<boolean> => {
    const p = await principalOf(strapi);
    return p.kind !== 'user' || (!!p.role && can(p.role, 'approval-cases', 'update'));
  };

  return async (ctx: Ctx, next: () => Promise<any>) => {
    let result;
    if (ctx.uid === CASE && ['create', 'update', 'delete', 'clone'].includes(ctx.action)) result = await approvalCase(ctx, next);
    else if (ctx.uid === ITEM && ['create', 'update', 'delete', 'clone'].includes(ctx.action)) return approvalItem(ctx, next);
    else if (ctx.uid === HALL && ['create', 'update', 'delete', 'clone'].includes(ctx.action)) return serviceHall(ctx, next);
    else result = await next();
    if (ctx.uid === CASE && READS.has(ctx.action) && result) {
      // Lists never show the full number; single reads only to those who may edit the case.
      const list = ctx.action === 'findMany' || !(await mayEditCases());
      if (list) for (const r of Array.isArray(result) ? result : [result]) if (r && typeof r.applicantIdNumber === 'string') r.applicantIdNumber = maskIdNumber(r.applicantIdNumber);
    }
    return result;
  };
}
