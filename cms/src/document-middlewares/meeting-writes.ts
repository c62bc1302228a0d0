// Write rules of the meetings area on every API (REST, the bridge, Strapi's admin): a meeting's
// kind must suit its organisation, its township and day are derived, the fields the server owns
// (status, verdict, versions) cannot be sent, and a finalised meeting is immutable — a correction
// is a new version (POST /api/meetings/:id/correct). Attendance and scores are written only by
// their own actions. Meeting rules are checked as a set; theme-day rounds and nominations follow
// the round's state. Runs inside the write's transaction, so a refusal writes nothing.
import type { Core } from '@strapi/strapi';
import { forbid, refuse } from '../meetings/access';
import { withKnex } from '../db/knex';
import { checkCriteria, checkKindAllowed, checkMeetingRecord, checkMeetingRules, checkNomination, chinaDay, isDay } from '../domain/meetings';
import { principalOf } from '../scoping/principal';
import { isServerWrite } from '../meetings/context';
import { ATTENDANCE, attendanceRows, deleteAttendance, MEETING, organisationFacts, syncDue } from '../meetings/due';
import { activeRules, RULE, toDomainRule } from '../meetings/rules';
import { rebuildKind } from '../meetings/rebuild';
import { refOf, sameValue, whereOf, type Ref } from '../meetings/refs';
import { checkAllowed, loadRound, NOMINATION, nominatedMeeting, nominationsOf, ROUND, SCORE } from '../meetings/theme-days';

type Ctx = { uid: string; action: string; params: any };
type Row = Record<string, any>;

/** Fields only the server sets (the meetings service, finalising and correcting). */
const MEETING_SERVER_FIELDS = ['status', 'version', 'series', 'supersedes', 'correctionReason', 'periodKey', 'verdict', 'counted', 'late', 'finalisedAt', 'finalisedBy'];
const MEETING_DERIVED = ['township', 'heldOn'];
const ROUND_SERVER_FIELDS = ['state', 'ranking', 'resultsPublishedAt'];
const IMMUTABLE = '会议已定稿，不可修改或删除；如需更正，请提交更正（生成新版本并说明原因）';

/** Fields the client may not change: unchanged values (the panel sends the record back) are dropped, changed ones refused. */
function serverOwned(data: Row, before: Row | null, fields: string[], allowDefault: Record<string, unknown> = {}) {
  for (const f of fields) {
    if (!(f in data)) continue;
    if (data[f] == null || (f in allowDefault && data[f] === allowDefault[f] && !before) || (before && sameValue(before[f], data[f]))) {
      delete data[f];
      continue;
    }
    refuse(`字段 ${f} 由系统填写，不能提交`, { field: f, code: 'server_field' });
  }
}

const text = (v: unknown, max: number, label: string, n: number): string | null => {
  if (v == null || v === '') return null;
  if (typeof v !== 'string' || v.length > max) refuse(`第 ${n} 条村民议题的${label}应为 ${max} 字以内的文字`, { field: 'residentIssues', index: n - 1 });
  return (v as string).trim();
};

/** 小村说事日 issues as a list of { issue, raisedBy, agreed, toGridEvent }, checked and trimmed. */
function residentIssues(v: unknown): Row[] | null {
  if (v == null) return null;
  let list = v;
  if (typeof v === 'string') {
    try { list = JSON.parse(v); } catch { refuse('村民议题应为列表', { field: 'residentIssues' }); }
  }
  if (!Array.isArray(list) || list.length > 50) refuse('村民议题应为列表（最多 50 条）', { field: 'residentIssues' });
  const out = (list as unknown[]).map((x, i) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) refuse(`第 ${i + 1} 条村民议题格式有误`, { field: 'residentIssues', index: i });
    const o = x as Row;
    return { issue: text(o.issue, 1000, '内容', i + 1), raisedBy: text(o.raisedBy, 100, '提出人', i + 1), agreed: text(o.agreed, 1000, '商议结果', i + 1), toGridEvent: o.toGridEvent === true };
  });
  return out.length ? out : null;
}

export function meetingWrites(strapi: Core.Strapi) {
  const query = (uid: string) => strapi.db.query(uid as any);

  const meeting = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('会议不能复制');
    const documentId = ctx.params?.documentId;
    const before: Row | null = ctx.action === 'create' ? null : await query(MEETING).findOne({ where: { documentId }, populate: { organisation: true, supersedes: true } });
    if (ctx.action !== 'create' && !before) return next();
    if (before && before.status !== 'draft') forbid(IMMUTABLE);

    if (ctx.action === 'delete') {
      await withKnex(strapi, async (knex) => deleteAttendance(strapi, knex, (await attendanceRows(strapi, knex, before!.id)).map((r) => r.id)));
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    const server = isServerWrite();
    if (!server) serverOwned(data, before, MEETING_SERVER_FIELDS, { status: 'draft' });
    // Derived below from the organisation and the start time, whatever the client sends.
    for (const f of MEETING_DERIVED) delete data[f];
    if ('dueMembers' in data || 'attendances' in data) refuse('出勤请通过考勤登记提交', { field: 'attendance' });

    // The organisation, kind and day as they will be after the write.
    const orgRef: Ref | null = 'organisation' in data ? refOf(data.organisation) : before ? { id: before.organisation?.id } : null;
    if (!orgRef?.id && !orgRef?.documentId) refuse('请选择党组织', { field: 'organisation', code: 'relation_required' });
    const orgRow = await query('api::party-organisation.party-organisation').findOne({ where: whereOf(orgRef!) });
    if (!orgRow) refuse('党组织不存在', { field: 'organisation' });
    const kind = 'kind' in data ? data.kind : before?.kind;
    if (typeof kind !== 'string' || !kind) refuse('请选择会议类型', { field: 'kind' });
    const startsAt = 'startsAt' in data ? data.startsAt : before?.startsAt;
    const instant = startsAt instanceof Date ? startsAt : typeof startsAt === 'string' ? new Date(startsAt) : null;
    if (!instant || Number.isNaN(instant.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(String(typeof startsAt === 'string' ? startsAt : instant.toISOString()))) {
      refuse('请填写会议开始时间（日期和时间）', { field: 'startsAt', code: 'invalid_datetime' });
    }
    const heldOn = chinaDay(instant!);
    if (!isDay(heldOn) || heldOn < '2000-01-01' || heldOn > '2100-12-31') refuse('会议日期应在 2000–2100 年之间', { field: 'startsAt' });
    if (before?.supersedes && !server) {
      if (orgRow.id !== before.organisation?.id) refuse('更正不能改变会议的党组织', { field: 'organisation' });
      if (kind !== before.kind) refuse('更正不能改变会议类型', { field: 'kind' });
    }

    const rules = await activeRules(strapi);
    const org = await withKnex(strapi, (knex) => organisationFacts(strapi, knex, orgRow.id));
    const township = org?.townshipId != null ? await query('api::township.township').findOne({ where: { id: org.townshipId }, select: ['documentId'] }) : null;
    const allowed = checkKindAllowed(org!, kind, rules);
    if (!allowed.ok) {
      const f = allowed.findings[0];
      refuse(f.code === 'unknown_kind' ? `会议类型“${kind}”不存在或已停用` : f.message, { field: 'kind', code: f.code });
    }
    if ('residentIssues' in data) data.residentIssues = residentIssues(data.residentIssues);
    const record = checkMeetingRecord({
      kind, kindName: rules.find((r) => r.kind === kind)?.name,
      openToResidents: 'openToResidents' in data ? data.openToResidents : before?.openToResidents,
      residentCount: 'residentCount' in data ? data.residentCount : before?.residentCount,
      residentIssues: 'residentIssues' in data ? data.residentIssues : undefined,
    }, 'draft');
    const bad = record.findings.find((f) => f.severity === 'error');
    if (bad) refuse(bad.message, { field: bad.params?.field, code: bad.code });

    data.heldOn = heldOn;
    data.township = township?.documentId ?? null;
    if (!before && !server) data.status = 'draft';
    const moved = !before || orgRow.id !== before.organisation?.id || kind !== before.kind || heldOn !== String(before.heldOn).slice(0, 10);
    const result = await next();
    if (moved && !server && result?.id) {
      const rule = rules.find((r) => r.kind === kind)!;
      await withKnex(strapi, (knex) => syncDue(strapi, knex, { id: result.id, heldOn }, org!, rule, !!before));
    }
    return result;
  };

  const meetingRule = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('会议规则不能复制');
    const documentId = ctx.params?.documentId;
    const before: Row | null = ctx.action === 'create' ? null : await query(RULE).findOne({ where: { documentId } });
    if (ctx.action !== 'create' && !before) return next();
    const used = before ? await query(MEETING).count({ where: { kind: before.kind } }) : 0;
    if (ctx.action === 'delete') {
      if (used) refuse(`已有 ${used} 次“${before!.name}”会议，不能删除该规则；不再使用时请停用`, { code: 'rule_in_use' });
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    if (before && 'kind' in data && data.kind !== before.kind && used) refuse(`已有 ${used} 次“${before.name}”会议，不能修改会议类型编码`, { field: 'kind', code: 'rule_in_use' });
    const merged = { ...(before ?? {}), ...data };
    for (const f of ['levels', 'categories']) if (typeof merged[f] === 'string') {
      try { merged[f] = JSON.parse(merged[f]); } catch { refuse(`${f} 应为 JSON`, { field: f }); }
    }
    const others = (await query(RULE).findMany({})).filter((r: Row) => !before || r.id !== before.id).map(toDomainRule);
    const candidate = toDomainRule(merged);
    const points = (await query('api::points-rule.points-rule').findMany({ select: ['code'] })).map((r: Row) => r.code);
    const check = checkMeetingRules([...others, candidate], points);
    const errs = check.findings.filter((f) => f.severity === 'error' && f.params?.index === others.length);
    if (errs.length) refuse(errs[0].message, { field: errs[0].params?.field, code: 'rule_invalid', findings: errs });
    const result = await next();
    if (before && (merged.period !== before.period || merged.count !== before.count)) {
      await withKnex(strapi, (knex) => rebuildKind(strapi, knex, candidate));
    }
    return result;
  };

  const round = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('评选不能复制');
    const documentId = ctx.params?.documentId;
    const before: Row | null = ctx.action === 'create' ? null : await query(ROUND).findOne({ where: { documentId } });
    if (ctx.action !== 'create' && !before) return next();
    if (before) checkAllowed(before.state, ctx.action === 'delete' ? 'delete' : 'edit');
    if (ctx.action === 'delete') return next();
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    serverOwned(data, before, ROUND_SERVER_FIELDS, { state: 'draft' });
    if (!before) data.state = 'draft';
    const criteria = 'criteria' in data ? data.criteria : before?.criteria;
    const list = typeof criteria === 'string' ? JSON.parse(criteria) : criteria;
    if (!Array.isArray(list)) refuse('评分标准 criteria 应为列表', { field: 'criteria' });
    const c = checkCriteria(list);
    if (!c.ok) refuse(c.findings[0].message, { field: 'criteria', code: 'criteria_invalid', findings: c.findings });
    const start = String('periodStart' in data ? data.periodStart : before?.periodStart).slice(0, 10);
    const end = String('periodEnd' in data ? data.periodEnd : before?.periodEnd).slice(0, 10);
    if (isDay(start) && isDay(end) && end < start) refuse(`评选期间 ${start} 至 ${end} 无效：结束早于开始`, { field: 'periodEnd' });
    return next();
  };

  const nomination = async (ctx: Ctx, next: () => Promise<any>) => {
    if (ctx.action === 'clone') forbid('推荐不能复制');
    const documentId = ctx.params?.documentId;
    const before: Row | null = ctx.action === 'create' ? null : await query(NOMINATION).findOne({ where: { documentId }, populate: { round: true } });
    if (ctx.action !== 'create' && !before) return next();
    if (before) {
      checkAllowed(before.round?.state, ctx.action === 'delete' ? 'withdraw_nomination' : 'edit');
      if (ctx.action === 'delete') return next();
      const data: Row = ctx.params?.data ?? {};
      for (const k of Object.keys(data)) {
        if (k === 'note') continue;
        if (sameValue(before[k], data[k])) delete data[k];
        else refuse('推荐只能修改推荐理由；要换一个主题党日，请撤回后重新推荐', { field: k });
      }
      return next();
    }
    const data: Row = ctx.params?.data ?? refuse('缺少数据');
    if (data.organisationRef != null) refuse('字段 organisationRef 由系统填写，不能提交', { field: 'organisationRef' });
    const roundRef = refOf(data.round);
    const meetingRef = refOf(data.meeting);
    if (!roundRef) refuse('请选择评选', { field: 'round' });
    if (!meetingRef) refuse('请选择要推荐的主题党日', { field: 'meeting' });
    await withKnex(strapi, async (knex) => {
      const loaded = await loadRound(strapi, knex, whereOf(roundRef!));
      if (!loaded) refuse('评选不存在', { field: 'round' });
      const m = await query(MEETING).findOne({ where: whereOf(meetingRef!), select: ['id'] });
      const nm = m ? await nominatedMeeting(strapi, knex, m.id) : null;
      if (!nm) refuse('会议不存在', { field: 'meeting' });
      const p = await principalOf(strapi);
      const townshipId = p.kind === 'user' && p.role === 'township' ? p.townshipIds[0] : nm!.meeting.townshipId;
      const existing = await nominationsOf(strapi, knex, loaded!.row.id);
      const check = checkNomination(loaded!.round, { id: 0, townshipId, meeting: nm!.meeting }, existing);
      const errs = check.findings.filter((f) => f.severity === 'error');
      if (errs.length) refuse(errs[0].message, { field: 'meeting', code: errs[0].code, findings: errs });
      data.township = nm!.row.township?.id ?? null;
      data.organisationRef = nm!.row.organisation?.id ?? null;
    });
    return next();
  };

  return async (ctx: Ctx, next: () => Promise<any>) => {
    if (!['create', 'update', 'delete', 'clone'].includes(ctx.action)) return next();
    switch (ctx.uid) {
      case MEETING: return meeting(ctx, next);
      case RULE: return meetingRule(ctx, next);
      case ROUND: return round(ctx, next);
      case NOMINATION: return nomination(ctx, next);
      case ATTENDANCE: return forbid('出勤记录只能通过会议的考勤登记修改（PUT /api/meetings/:id/attendance）');
      case SCORE: return forbid('评分只能由评委通过评分表提交（PUT /api/theme-days/rounds/:id/scores）');
      default: return next();
    }
  };
}
