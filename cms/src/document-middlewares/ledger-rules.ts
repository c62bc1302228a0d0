// The points ledger through the document service (REST, bridge, Strapi's admin): anyone in scope
// may propose an entry, but only as `pending`, for the rule's points, within the cap and with
// evidence where the rule wants it. Approved and rejected entries are immutable on every API;
// approval itself goes through the points service, which seals the hash chain.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withKnex } from '../db/knex';
import { principalOf } from '../scoping/principal';
import { checkCap } from '../domain/points/caps';
import { singleRef } from '../scoping/relation-input';
import { refuseIfClosed } from '../points/closed-years';
import { ENTRY, actorName, addUsage, isReversal, periodsOf, refuse, usage } from '../points/ledger';

/** Fields the server owns: the client may not set them on any API. */
const SERVER_FIELDS = ['status', 'seq', 'prevHash', 'hash', 'approverId', 'approverName', 'decidedAt', 'decisionNote', 'proposerId', 'proposerName', 'period',
  'idempotencyKey', 'township', 'memberRef', 'organisationRef', 'ruleRef', 'reversesRef', 'meeting'];
const EDITABLE_WHILE_PENDING = new Set(['reason', 'evidence']);


/** A stored value (relations populated) against what a client sent back (relations as documentIds). */
function sameValue(stored: any, sent: any): boolean {
  if (stored && typeof stored === 'object' && 'documentId' in stored) stored = stored.documentId;
  if (sent && typeof sent === 'object' && 'documentId' in sent) sent = sent.documentId;
  if (stored instanceof Date) stored = stored.toISOString();
  if (sent instanceof Date) sent = sent.toISOString();
  return String(stored ?? null) === String(sent ?? null);
}

export function ledgerRules(strapi: Core.Strapi) {
  const find = (uid: string, ref: { documentId?: string; id?: number } | null, populate: any = undefined) =>
    ref ? strapi.db.query(uid as any).findOne({ where: ref.documentId ? { documentId: ref.documentId } : { id: ref.id }, populate }) : null;

  const onCreate = async (data: any) => {
    for (const f of SERVER_FIELDS) if (f in data && data[f] != null && !(f === 'status' && data[f] === 'pending')) refuse(`字段 ${f} 由系统填写，不能提交`, { field: f });
    const rule = await find('api::points-rule.points-rule', singleRef(data.rule));
    if (!rule) refuse('请选择积分规则', { field: 'rule' });
    if (!rule.active) refuse(`积分规则“${rule.name}”已停用`, { field: 'rule' });
    const day: string = data.occurredOn;
    await withKnex(strapi, (knex) => refuseIfClosed(knex, day, '积分申报'));
    if (rule.effectiveFrom && day < rule.effectiveFrom) refuse(`“${rule.name}”自 ${rule.effectiveFrom} 起生效`, { field: 'occurredOn' });
    if (rule.effectiveTo && day > rule.effectiveTo) refuse(`“${rule.name}”已于 ${rule.effectiveTo} 失效`, { field: 'occurredOn' });
    if (data.reverses != null && !isReversal()) refuse('冲正只能通过“冲正”操作提交（POST /api/points/entries/:id/reverse）', { field: 'reverses', code: 'reversal_only' });
    const reversing = singleRef(data.reverses);
    let original: any = null;
    if (reversing) {
      // A reversal takes back exactly one approved, not yet reversed entry.
      original = await find(ENTRY, reversing, { reverses: true });
      if (!original || original.status !== 'approved') refuse('只能冲正已审批通过的积分记录', { field: 'reverses' });
      if (original.reverses) refuse('冲正记录本身不能再冲正', { field: 'reverses' });
      if (data.pointsTenths !== -original.pointsTenths) refuse('冲正分值必须与原记录相反', { field: 'pointsTenths' });
      const taken = await strapi.db.query(ENTRY).count({ where: { reverses: { id: original.id }, status: { $ne: 'rejected' } } });
      if (taken) refuse('该记录已有冲正记录', { field: 'reverses' });
    } else if (data.pointsTenths != null && data.pointsTenths !== rule.pointsTenths) {
      refuse(`分值由积分规则决定（“${rule.name}”为 ${rule.pointsTenths / 10} 分）`, { field: 'pointsTenths' });
    }
    data.pointsTenths ??= rule.pointsTenths;
    data.status = 'pending';
    if (rule.evidenceRequired && !reversing && data.evidence == null) refuse(`“${rule.name}”需要上传凭证`, { field: 'evidence', code: 'evidence_required' });

    let member: any = null;
    let organisation: any = null;
    if (rule.target === 'member') {
      member = await find('api::member.member', singleRef(data.member), { township: true });
      if (!member) refuse('请选择党员', { field: 'member' });
      if (data.organisation != null) refuse('党员积分不能同时指定党组织', { field: 'organisation' });
      data.township = member.township?.documentId ?? null;
    } else {
      organisation = await find('api::party-organisation.party-organisation', singleRef(data.organisation), { township: true });
      if (!organisation || organisation.level !== 'branch') refuse('支部积分请选择党支部', { field: 'organisation' });
      if (data.member != null) refuse('支部积分不能指定党员', { field: 'member' });
      data.township = organisation.township?.documentId ?? null;
    }
    const { capPeriod, year, month } = periodsOf(rule, day);
    data.period = `${year}-${String(month).padStart(2, '0')}`;
    const actor = actorName(await principalOf(strapi));
    data.proposerId = actor.id;
    data.proposerName = actor.name;
    // Plain copies of the relation ids the hash covers, so the chain verifies without joins.
    Object.assign(data, { memberRef: member?.id ?? null, organisationRef: organisation?.id ?? null, ruleRef: rule.id, reversesRef: original?.id ?? null });
    if (member && !reversing && rule.capTenths != null && !rule.outsideCap) {
      const u = await withKnex(strapi, (knex) => usage(knex, member.id, rule.id, capPeriod));
      const cap = checkCap(rule.capTenths, u.approved + u.pending, data.pointsTenths, `“${rule.name}”`);
      if (!cap.ok) refuse(cap.message!, { field: 'rule', code: 'over_cap', remaining: cap.remaining });
    }
    return { member, rule, capPeriod };
  };

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (ctx.uid !== ENTRY || !['create', 'update', 'delete'].includes(ctx.action)) return next();
    if (ctx.action === 'create') {
      const data = ctx.params?.data ?? refuse('缺少数据');
      if (typeof data.occurredOn !== 'string') refuse('请填写发生日期', { field: 'occurredOn' });
      const { member, rule, capPeriod } = await onCreate(data);
      const created = await next();
      await withKnex(strapi, (knex) => addUsage(knex, member?.id ?? null, rule.id, capPeriod, { pending_tenths: data.pointsTenths }));
      return created;
    }
    const before = await strapi.db.query(ENTRY).findOne({
      where: { documentId: ctx.params?.documentId }, populate: { rule: true, member: true, organisation: true, township: true, reverses: true },
    });
    if (!before) return next();
    if (before.status !== 'pending') {
      throw new errors.PolicyError('已审批或已驳回的积分记录不可修改或删除；如需更正，请提交冲正记录');
    }
    if (ctx.action === 'update') {
      // The panel sends the whole record back: unchanged fields are fine, changed ones must be editable.
      const data = ctx.params?.data ?? {};
      for (const key of Object.keys(data)) {
        if (EDITABLE_WHILE_PENDING.has(key)) continue;
        if (sameValue(before[key], data[key])) delete data[key];
        else refuse(`待审批的积分记录只能修改事由和凭证（不能修改 ${key}）`, { field: key });
      }
      return next();
    }
    const res = await next();
    const day = typeof before.occurredOn === 'string' ? before.occurredOn : new Date(before.occurredOn).toISOString().slice(0, 10);
    await withKnex(strapi, (knex) => addUsage(knex, before.member?.id ?? null, before.rule.id, periodsOf(before.rule, day).capPeriod, { pending_tenths: -before.pointsTenths }));
    return res;
  };
}
