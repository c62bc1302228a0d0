// HTTP layer of the decision actions. `check` is a dry run of unsaved facts (nothing is written):
// the panel calls it as the secretary types; `finalise` seals a record.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { principalOf, type Principal } from '../../../scoping/principal';
import { respond } from '../../../bridge/errors';
import { result, type Finding } from '../../../domain/check-result';
import { checkNewStep, checkRecord, factsOf, membersNamed, refusalOf, type DecisionRecord } from '../../../domain/decisions/record';
import { checkVillageProcess } from '../../../domain/decisions/village-process';
import { tally } from '../../../domain/decisions/facts';
import { RULE, ruleOf } from '../../../decisions/rules';
import { singleRef, stepOf, stepRowsOf, today, whereRef, type Row } from '../../../decisions/records';
import { decisionFor, finalise } from '../../../decisions/finalise';
import { memberNames } from '../../../decisions/members';

const RECORD_FIELDS = ['body', 'method', 'amountFen', 'decidedOn', 'due', 'present', 'recused', 'secretary', 'statements', 'outcome', 'corrects', 'correctionReason'];
const STEP_FIELDS = ['step', 'date', 'body', 'due', 'present', 'recused', 'agree', 'disagree', 'defer', 'displayedUntil', 'evidence'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: any, p: Principal) => Promise<unknown>) =>
    respond(strapi, async (ctx) => {
      const p = await principalOf(strapi);
      if (p.kind === 'admin' || (p.kind === 'user' && !['county', 'township', 'branch'].includes(p.role ?? ''))) throw new errors.PolicyError('无权执行此操作');
      const body = await fn(ctx, p);
      if (body !== undefined) ctx.body = body;
    });

  /** Names within the caller's scope; a member out of scope is a finding here, not a refusal. */
  const names = async (p: Principal, record: DecisionRecord, rule: { code: string; name: string }): Promise<{ names: Record<string, string>; findings: Finding[] }> => {
    try {
      return { names: await memberNames(strapi, p, membersNamed(record)), findings: [] };
    } catch (e: any) {
      if (!(e instanceof errors.PolicyError)) throw e;
      return { names: {}, findings: [{ code: 'member_out_of_scope', severity: 'error', message: `「${rule.name}」${e.message}`, params: { rule: rule.code, members: (e as any).details?.members ?? [] } }] };
    }
  };

  return {
    check: handle(async (ctx, p) => {
      const body = ctx.request.body ?? {};
      if (typeof body !== 'object' || Array.isArray(body)) throw new errors.ValidationError('请求体应为 JSON 对象');
      const existing = body.decision != null ? await decisionFor(strapi, p, body.decision, 'read') : null;
      const ref = singleRef(body.rule) ?? (existing ? { id: existing.rule.id } : null);
      const ruleRow = ref ? await strapi.db.query(RULE as any).findOne({ where: whereRef(ref) }) : null;
      if (!ruleRow) throw new errors.ValidationError('请选择决策规则', { field: 'rule' });
      const rule = ruleOf(ruleRow);
      const day = today();
      const recorded = existing ? ((await stepRowsOf(strapi, [existing.id])).get(existing.id) ?? []).map(stepOf) : [];

      if (body.step != null) {
        // The next 四议两公开 step, before it is recorded.
        const s: Row = Object.fromEntries(STEP_FIELDS.filter((f) => f in body.step).map((f) => [f, body.step[f]]));
        const next = stepOf({ ...s, evidence: Array.isArray(s.evidence) ? s.evidence.map((id: unknown) => ({ id })) : [] });
        const placed = checkNewStep(rule, recorded, next, day);
        const own = checkVillageProcess(rule, [...recorded, next], day, { closing: false }).findings.filter((f) => f.params?.step === next.step);
        const res = result([...placed.findings, ...own]);
        return { ...res, refusal: refusalOf(res) };
      }

      const record: Row = Object.fromEntries(RECORD_FIELDS.map((f) => [f, body[f] ?? existing?.[f] ?? null]));
      const named = await names(p, record as DecisionRecord, rule);
      record.memberNames = named.names;
      const now = checkRecord(rule, record as DecisionRecord, { today: day, closing: false, steps: recorded });
      const res = result([...named.findings, ...now.findings]);
      const closing = checkRecord(rule, rule.kind === 'village_matter' ? { ...record, decidedOn: record.decidedOn ?? day } : record, { today: day, closing: true, steps: recorded });
      let counts = null;
      if (rule.quorum && rule.passing && !res.findings.some((f) => f.code === 'field_invalid')) {
        const t = tally(rule, factsOf(record as DecisionRecord));
        counts = { due: t.due, present: t.present, eligible: t.eligible, base: t.base, agree: t.agree, disagree: t.disagree, defer: t.defer,
          quorumNeeded: t.quorumNeeded, quorumMet: t.quorumMet, passNeeded: t.passNeeded, passed: t.passed, split: t.split };
      }
      return { ...res, refusal: refusalOf(res), canFinalise: closing.ok && named.findings.length === 0, tally: counts, names: named.names };
    }),

    finalise: handle(async (ctx, p) => finalise(strapi, p, ctx.params.id)),
  };
};
