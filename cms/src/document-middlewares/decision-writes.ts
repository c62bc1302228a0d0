// Decisions through the document service (REST, the bridge, Strapi's admin): every save is checked
// against its rule, and what can never be true (a statement by someone not due, a recused member
// voting, money over the threshold under the wrong rule, a step before the one it follows) is
// refused with nothing written. A finalised decision and its steps are immutable on every API; a
// correction is a new record that names it. Rule records are validated as a set; signed digests
// are written only by the server.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf, type Principal } from '../scoping/principal';
import { readScope } from '../scoping/scope-filters';
import { checkRule, checkRuleSet, type DecisionRule } from '../domain/decisions/rules';
import type { Finding } from '../domain/check-result';
import { result } from '../domain/check-result';
import {
  checkNewStep, checkRecord, membersNamed, refusalOf, shapeFindings, verdictOf, type DecisionRecord,
} from '../domain/decisions/record';
import { checkVillageProcess } from '../domain/decisions/village-process';
import { RULE, ruleOf } from '../decisions/rules';
import { DECISION, ORG, STEP, loadDecision, singleRef, stepOf, stepRowsOf, today, whereRef, type Row } from '../decisions/records';
import { sameValue } from '../decisions/same-value';
import { memberNames } from '../decisions/members';

export const DIGEST = 'api::chain-digest.chain-digest';

/** Set while a decision's steps are removed with it: only then may a step other than the last go. */
const cascading = new AsyncLocalStorage<boolean>();

/** Fields the server owns on a decision: derived on every save, or set when it is finalised. */
const DECISION_SERVER_FIELDS = ['township', 'kind', 'memberNames', 'status', 'checkStatus', 'findingCodes', 'warnings', 'seq', 'prevHash', 'hash',
  'ruleCode', 'ruleHash', 'finalisedAt', 'finalisedBy', 'finalisedByName'];
const STEP_SERVER_FIELDS = ['organisation', 'township'];

const FIELD_OF_CODE: Array<[RegExp, string]> = [
  [/^statement_|^recused_voted$|^position_invalid$/, 'statements'], [/^present_/, 'present'], [/^recus/, 'recused'],
  [/^amount_/, 'amountFen'], [/^outcome_/, 'outcome'], [/^decided_/, 'decidedOn'], [/^correction_/, 'correctionReason'],
  [/^step_date|^step_in_future|^step_before|^publication_dates/, 'date'], [/^step_counts/, 'due'], [/^step_|^predecessor_/, 'step'],
];

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new errors.ValidationError(message, details);
}

/** A finding as a 400; `rule` names the rule where the finding names only one of its steps. */
function refuseFinding(f: Finding, findings: Finding[], rule?: Pick<DecisionRule, 'code' | 'name'>): never {
  const field = (f.params?.field as string) ?? FIELD_OF_CODE.find(([re]) => re.test(f.code))?.[1] ?? null;
  const message = rule && !f.message.includes(`「${rule.name}」`) ? `「${rule.name}」：${f.message}` : f.message;
  refuse(message, { field, code: f.code, rule: f.params?.rule ?? rule?.code ?? null, findings });
}

const sealedMessage = (ruleName: string, what: string) =>
  `「${ruleName}」决策记录已定稿封存，${what}；如需更正，请新建一条更正记录并说明理由`;

/** Server-owned fields: refused on create, and on update unless sent back unchanged. */
function serverFields(fields: string[], data: Row, before: Row | null) {
  for (const f of fields) {
    if (!(f in data)) continue;
    if (before ? sameValue(before[f], data[f]) : data[f] == null || (f === 'status' && data[f] === 'draft')) delete data[f];
    else refuse(`字段 ${f} 由系统填写，不能提交`, { field: f, code: 'server_field' });
  }
}

export function decisionWrites(strapi: Core.Strapi) {
  const findRule = async (v: unknown): Promise<Row> => {
    const ref = singleRef(v);
    const rule = ref ? await strapi.db.query(RULE as any).findOne({ where: whereRef(ref) }) : null;
    if (!rule) refuse('请选择决策规则', { field: 'rule', code: 'rule_required' });
    return rule;
  };
  const findOrganisation = async (v: unknown): Promise<Row> => {
    const ref = singleRef(v);
    const org = ref ? await strapi.db.query(ORG as any).findOne({ where: whereRef(ref), populate: { township: true } }) : null;
    if (!org) refuse('请选择作出决策的党组织', { field: 'organisation', code: 'organisation_required' });
    return org;
  };
  const readable = async (p: Principal, uid: string, id: number) => {
    const scope = readScope(p, uid, strapi.getModel(uid as any) as any);
    return !scope || (await strapi.db.query(uid as any).count({ where: { $and: [{ id }, scope] } })) > 0;
  };

  /** Checks a record about to be saved; fills in member names and the stored verdict. */
  const judge = async (p: Principal, ruleRow: Row, merged: Row, data: Row, steps: Row[]) => {
    const rule = ruleOf(ruleRow);
    const shapes = result(shapeFindings(merged as DecisionRecord, rule));
    const badShape = refusalOf(shapes);
    if (badShape) refuseFinding(badShape, shapes.findings);
    const names = await memberNames(strapi, p, membersNamed(merged as DecisionRecord));
    merged.memberNames = data.memberNames = names;
    const res = checkRecord(rule, merged as DecisionRecord, { today: today(), closing: false, steps: steps.map(stepOf) });
    const bad = refusalOf(res);
    if (bad) refuseFinding(bad, res.findings);
    Object.assign(data, verdictOf(res));
  };

  /** After a step changes, the decision's stored verdict follows. */
  const refreshVerdict = async (decisionId: number) => {
    const d = await loadDecision(strapi, { id: decisionId });
    if (!d || d.status === 'final') return;
    const steps = (await stepRowsOf(strapi, [d.id])).get(d.id) ?? [];
    const res = checkRecord(ruleOf(d.rule), d as DecisionRecord, { today: today(), closing: false, steps: steps.map(stepOf) });
    await strapi.db.query(DECISION as any).update({ where: { id: d.id }, data: verdictOf(res) });
  };

  const decision = async (ctx: Ctx, next: Next) => {
    const p = await principalOf(strapi);
    if (ctx.action === 'create') {
      const data = ctx.params?.data;
      if (!data || typeof data !== 'object') return next();
      delete data.check;
      serverFields(DECISION_SERVER_FIELDS, data, null);
      const rule = await findRule(data.rule);
      if (!rule.active) refuse(`决策规则「${rule.name}」已停用`, { field: 'rule', code: 'rule_inactive' });
      const org = await findOrganisation(data.organisation);
      data.status = 'draft';
      data.kind = rule.kind;
      data.township = org.township?.documentId ?? null;
      data.body ??= rule.body ?? null;
      let corrects: Row | null = null;
      if (data.corrects != null) {
        const ref = singleRef(data.corrects);
        corrects = ref ? await loadDecision(strapi, whereRef(ref)) : null;
        if (!corrects || !(await readable(p, DECISION, corrects.id))) throw new errors.PolicyError('被更正的决策记录不存在或不在您的管理范围内');
        if (corrects.status !== 'final') refuse(`「${corrects.rule?.name}」只能更正已定稿的决策记录；草稿可直接修改`, { field: 'corrects', code: 'correct_draft' });
        if (corrects.organisation?.id !== org.id) refuse('更正记录须与原记录属于同一党组织', { field: 'organisation', code: 'correction_organisation' });
        const taken = await strapi.db.query(DECISION as any).count({ where: { corrects: { id: corrects.id } } });
        if (taken) refuse(`「${corrects.rule?.name}」该记录已有更正记录，请更正最新的那一条`, { field: 'corrects', code: 'already_corrected' });
      }
      await judge(p, rule, { ...data, corrects }, data, []);
      return next();
    }

    const before = await loadDecision(strapi, { documentId: ctx.params?.documentId });
    if (!before) return next();
    const ruleName = before.rule?.name ?? '';
    if (before.status === 'final') throw new errors.PolicyError(sealedMessage(ruleName, ctx.action === 'delete' ? '不能删除' : '不能修改'));
    const steps = (await stepRowsOf(strapi, [before.id])).get(before.id) ?? [];
    if (ctx.action === 'delete') {
      // Its steps go with it, the last one first, each through the document service (scope, audit).
      await cascading.run(true, async () => {
        for (const s of [...steps].reverse()) await strapi.documents(STEP as any).delete({ documentId: s.documentId });
      });
      return next();
    }
    const data = ctx.params?.data ?? {};
    delete data.check;
    serverFields(DECISION_SERVER_FIELDS, data, before);
    if ('corrects' in data) {
      if (sameRef(before.corrects, data.corrects)) delete data.corrects;
      else refuse('更正关系只能在新建更正记录时指定', { field: 'corrects', code: 'corrects_fixed' });
    }
    let rule = before.rule;
    if ('rule' in data) {
      rule = await findRule(data.rule);
      if (rule.id !== before.rule?.id) {
        if (steps.length) refuse(`「${ruleName}」已记录步骤，不能更换决策规则`, { field: 'rule', code: 'rule_fixed' });
        if (!rule.active) refuse(`决策规则「${rule.name}」已停用`, { field: 'rule', code: 'rule_inactive' });
        data.kind = rule.kind;
      }
    }
    if ('organisation' in data) {
      const org = await findOrganisation(data.organisation);
      if (org.id !== before.organisation?.id) {
        if (steps.length) refuse(`「${ruleName}」已记录步骤，不能更换党组织`, { field: 'organisation', code: 'organisation_fixed' });
        if (before.corrects) refuse('更正记录须与原记录属于同一党组织', { field: 'organisation', code: 'correction_organisation' });
      }
      data.township = org.township?.documentId ?? null;
    }
    await judge(p, rule, { ...before, ...data, corrects: before.corrects }, data, steps);
    return next();
  };

  const step = async (ctx: Ctx, next: Next) => {
    const p = await principalOf(strapi);
    const day = today();
    if (ctx.action === 'create') {
      const data = ctx.params?.data;
      if (!data || typeof data !== 'object') return next();
      serverFields(STEP_SERVER_FIELDS, data, null);
      const ref = singleRef(data.decision);
      const d = ref ? await loadDecision(strapi, whereRef(ref)) : null;
      if (!d || !(await readable(p, DECISION, d.id))) {
        if (!ref) refuse('请选择所属的决策记录', { field: 'decision', code: 'decision_required' });
        throw new errors.PolicyError('决策记录不存在或不在您的管理范围内');
      }
      const rule = ruleOf(d.rule);
      if (d.status === 'final') throw new errors.PolicyError(sealedMessage(rule.name, '不能再记录步骤'));
      if (rule.kind !== 'village_matter') refuse(`「${rule.name}」不是“四议两公开”规则，不能记录步骤`, { field: 'decision', code: 'not_village_rule', rule: rule.code });
      const recorded = ((await stepRowsOf(strapi, [d.id])).get(d.id) ?? []).map(stepOf);
      const next_ = stepOf({ ...data, evidence: evidenceRows(data.evidence) });
      const placed = checkNewStep(rule, recorded, next_, day);
      const own = checkVillageProcess(rule, [...recorded, next_], day, { closing: false }).findings.filter((f) => f.params?.step === next_.step);
      const res = result([...placed.findings, ...own]);
      const bad = refusalOf(res);
      if (bad) refuseFinding(bad, res.findings, rule);
      data.organisation = d.organisation?.documentId ?? null;
      data.township = d.township?.documentId ?? null;
      const created = await next();
      await refreshVerdict(d.id);
      return created;
    }

    const before: Row | null = await strapi.db.query(STEP as any).findOne({
      where: { documentId: ctx.params?.documentId }, populate: { decision: { select: ['id'] }, evidence: { select: ['id'] }, organisation: true, township: true },
    });
    if (!before) return next();
    const d = before.decision ? await loadDecision(strapi, { id: before.decision.id }) : null;
    const rule = d ? ruleOf(d.rule) : null;
    if (d?.status === 'final') throw new errors.PolicyError(sealedMessage(rule!.name, ctx.action === 'delete' ? '其步骤不能删除' : '其步骤不能修改'));
    const rows = d ? (await stepRowsOf(strapi, [d.id])).get(d.id) ?? [] : [];
    if (ctx.action === 'delete') {
      if (!cascading.getStore() && rows.length && rows[rows.length - 1].id !== before.id) {
        refuse(`「${rule?.name}」只能撤销最后记录的一步（后续步骤以本步为前提）`, { field: 'step', code: 'step_not_last' });
      }
      const res = await next();
      if (d && !cascading.getStore()) await refreshVerdict(d.id);
      return res;
    }
    const data = ctx.params?.data ?? {};
    serverFields(STEP_SERVER_FIELDS, data, before);
    if ('decision' in data) {
      if (sameRef(d, data.decision)) delete data.decision;
      else refuse('步骤所属的决策记录不能更改', { field: 'decision', code: 'decision_fixed' });
    }
    if ('step' in data && data.step !== before.step) refuse('步骤类别不能更改；请撤销后重新记录', { field: 'step', code: 'step_fixed' });
    if (rule) {
      const merged = { ...before, ...data, evidence: 'evidence' in data ? evidenceRows(data.evidence) : before.evidence };
      const all = rows.map((r) => stepOf(r.id === before.id ? merged : r));
      const res = checkVillageProcess(rule, all, day, { closing: false });
      const bad = refusalOf(res);
      if (bad) refuseFinding(bad, res.findings, rule);
    }
    const res = await next();
    if (d) await refreshVerdict(d.id);
    return res;
  };

  const decisionRule = async (ctx: Ctx, next: Next) => {
    const before: Row | null = ctx.action === 'create' ? null : await strapi.db.query(RULE as any).findOne({ where: { documentId: ctx.params?.documentId } });
    if (ctx.action !== 'create' && !before) return next();
    if (ctx.action === 'delete') {
      const used = await strapi.db.query(DECISION as any).count({ where: { rule: { id: before!.id } } });
      if (used) refuse(`已有 ${used} 条决策记录使用规则「${before!.name}」，不能删除；可将其停用`, { code: 'rule_in_use' });
      return next();
    }
    const data = ctx.params?.data;
    if (!data || typeof data !== 'object') return next();
    if (before && 'code' in data && data.code !== before.code) refuse(`规则「${before.name}」的代码不能修改（已封存的决策记录引用它）`, { field: 'code', code: 'rule_code_fixed' });
    const rule: DecisionRule = ruleOf({ ...(before ?? {}), ...data });
    const own = checkRule(rule);
    if (!own.ok) refuseFinding(own.findings.find((f) => f.severity === 'error')!, own.findings);
    const others = (await strapi.db.query(RULE as any).findMany()).filter((r: Row) => r.id !== before?.id).map(ruleOf);
    const set = checkRuleSet([...others, rule]);
    if (!set.ok) refuseFinding(set.findings.find((f) => f.severity === 'error')!, set.findings);
    return next();
  };

  return async (ctx: Ctx, next: Next) => {
    if (!['create', 'update', 'delete'].includes(ctx.action)) return next();
    switch (ctx.uid) {
      case DECISION:
        return decision(ctx, next);
      case STEP:
        return step(ctx, next);
      case RULE:
        return decisionRule(ctx, next);
      case DIGEST:
        // Signed digests are made by the server (daily, or on demand through /api/chains/digests).
        throw new errors.PolicyError('签名摘要由系统生成，不能新建、修改或删除');
      default:
        return next();
    }
  };
}

type Ctx = { uid: string; action: string; params: any };
type Next = () => Promise<any>;

/** Whether a relation input names the record already linked (or nothing, when none is). */
function sameRef(linked: Row | null | undefined, input: unknown): boolean {
  const ref = singleRef(input);
  if (!linked || !ref) return !linked && input == null;
  return ref.documentId != null ? ref.documentId === linked.documentId : ref.id === linked.id;
}

/** Media input (ids, {id}, or a list of them) as rows with ids, which stepOf reads. */
function evidenceRows(v: unknown): Row[] {
  const list = Array.isArray(v) ? v : v == null ? [] : [v];
  return list.map((x: any) => ({ id: typeof x === 'object' && x ? x.id : x })).filter((x) => x.id != null);
}
