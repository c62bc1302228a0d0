// Finalising (定稿) seals a decision: the full check must pass (errors block, warnings are kept with
// the record), then the record is hashed onto the decisions chain and never changes again.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { withKnex } from '../db/knex';
import type { Principal } from '../scoping/principal';
import { can } from '../scoping/roles';
import { scopeFilter } from '../scoping/scope-filters';
import { writeAudit } from '../audit/write-audit';
import { checkRecord, verdictOf, type DecisionRecord } from '../domain/decisions/record';
import { ruleHash, sealDecision } from '../domain/decisions/seal';
import { ruleOf } from './rules';
import { DECISION, loadDecision, stepOf, stepRowsOf, today, type Row } from './records';
import { decisionsHead, lockDecisionChain, sealedOf } from './chain';

/** The record, if the caller may see it and edit decisions (404 otherwise: no existence leak). */
export async function decisionFor(strapi: Core.Strapi, p: Principal, documentId: unknown, action: 'read' | 'update'): Promise<Row> {
  const notFound = () => new errors.NotFoundError('决策记录不存在或不在您的管理范围内');
  if (typeof documentId !== 'string') throw notFound();
  if (p.kind === 'user' && (!p.role || !can(p.role, 'decisions', action))) throw new errors.PolicyError('无权执行此操作');
  const d = await loadDecision(strapi, { documentId });
  if (!d) throw notFound();
  const scope = p.kind === 'user' ? scopeFilter(p, DECISION, (strapi.getModel(DECISION as any) as any).attributes) : null;
  if (scope && !(await strapi.db.query(DECISION as any).count({ where: { $and: [{ id: d.id }, scope] } }))) throw notFound();
  return d;
}

export interface Finalised {
  id: string;
  status: 'final';
  seq: number;
  hash: string;
  warnings: Row[];
}

export async function finalise(strapi: Core.Strapi, p: Principal, documentId: unknown): Promise<Finalised> {
  return strapi.db.transaction(async () =>
    withKnex(strapi, async (knex) => {
      await lockDecisionChain(knex);
      const d = await decisionFor(strapi, p, documentId, 'update');
      const rule = ruleOf(d.rule);
      if (d.status === 'final') throw new errors.PolicyError(`「${rule.name}」决策记录已定稿封存，不能再次定稿`);
      const stepRows = (await stepRowsOf(strapi, [d.id])).get(d.id) ?? [];
      const day = today();
      const village = rule.kind === 'village_matter';
      // A 四议两公开 record is decided when it closes; its outcome is the villagers' resolution that passed.
      const facts = village ? { ...d, decidedOn: d.decidedOn ?? day, outcome: d.outcome ?? 'passed' } : d;
      const res = checkRecord(rule, facts as DecisionRecord, { today: day, closing: true, steps: stepRows.map(stepOf) });
      if (!res.ok) {
        const errs = res.findings.filter((f) => f.severity === 'error');
        throw new errors.ValidationError(`不能定稿：${errs[0].message}${errs.length > 1 ? `（另有 ${errs.length - 1} 项问题）` : ''}`, {
          code: 'check_failed', rule: rule.code, findings: res.findings,
        });
      }
      const warnings = res.findings.filter((f) => f.severity === 'warning');
      const at = new Date();
      const by = p.kind === 'system' ? null : p.userId ?? null;
      const byName = p.kind === 'system' ? 'system' : p.username;
      const sealedRow = { ...facts, ruleHash: ruleHash(rule) };
      const head = await decisionsHead(strapi, knex);
      const { fields } = sealDecision(sealedOf(strapi, sealedRow, stepRows, at.toISOString(), by, warnings.map((w) => w.code)), head);
      const data = {
        status: 'final', decidedOn: facts.decidedOn, outcome: facts.outcome, ruleCode: rule.code, ruleHash: sealedRow.ruleHash,
        warnings, ...verdictOf(res), finalisedAt: at, finalisedBy: by, finalisedByName: byName, ...fields,
      };
      await strapi.db.query(DECISION as any).update({ where: { id: d.id }, data });
      await writeAudit(strapi, p, {
        action: 'update', operation: 'finalise', uid: DECISION, recordId: d.documentId, recordName: d.subject ?? null, before: { status: 'draft' },
        after: { status: 'final', seq: fields.seq, hash: fields.hash, warnings: warnings.map((w) => w.code) }, township: d.township?.id ?? null,
      });
      return { id: d.documentId, status: 'final' as const, seq: fields.seq, hash: fields.hash, warnings };
    }),
  );
}
