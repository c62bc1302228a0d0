// Every read of a decision carries its check, current as of today: a draft is checked against its
// rule (and its 四议两公开 steps) as it stands, with what would still block finalising; a sealed
// record shows the warnings it was finalised with. A few queries per page, whatever the page size.
import type { Core } from '@strapi/strapi';
import type { Finding } from '../domain/check-result';
import { checkRecord, type DecisionRecord } from '../domain/decisions/record';
import { ruleOf } from '../decisions/rules';
import { DECISION, stepOf, stepRowsOf, today, type Row } from '../decisions/records';

const RETURNS_RECORDS = new Set(['findOne', 'findFirst', 'findMany', 'create', 'update']);

export interface DecisionCheck {
  ok: boolean;
  findings: Finding[];
  /** Whether 定稿 would be accepted now. */
  canFinalise: boolean;
  /** Errors finalising would add (steps not yet taken, notices still up). */
  blocking: Finding[];
  sealed: boolean;
}

export async function checksFor(strapi: Core.Strapi, ids: number[]): Promise<Map<number, DecisionCheck>> {
  const rows: Row[] = await strapi.db.query(DECISION as any).findMany({ where: { id: { $in: ids } }, populate: { rule: true, corrects: { select: ['id'] } } });
  const steps = await stepRowsOf(strapi, rows.filter((r) => r.kind === 'village_matter' && r.status !== 'final').map((r) => r.id));
  const day = today();
  const out = new Map<number, DecisionCheck>();
  for (const r of rows) {
    if (r.status === 'final') {
      const warnings: Finding[] = Array.isArray(r.warnings) ? r.warnings : [];
      out.set(r.id, { ok: true, findings: warnings, canFinalise: false, blocking: [], sealed: true });
      continue;
    }
    if (!r.rule) continue;
    const rule = ruleOf(r.rule);
    const recorded = (steps.get(r.id) ?? []).map(stepOf);
    const now = checkRecord(rule, r as DecisionRecord, { today: day, closing: false, steps: recorded });
    const village = rule.kind === 'village_matter';
    const closing = checkRecord(rule, village ? { ...r, decidedOn: r.decidedOn ?? day } : r, { today: day, closing: true, steps: recorded });
    const seen = new Set(now.findings.map((f) => `${f.code}/${JSON.stringify(f.params ?? {})}`));
    const blocking = closing.findings.filter((f) => f.severity === 'error' && !seen.has(`${f.code}/${JSON.stringify(f.params ?? {})}`));
    out.set(r.id, { ok: now.ok, findings: now.findings, canFinalise: closing.ok, blocking, sealed: false });
  }
  return out;
}

export function decisionChecks(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (ctx.uid !== DECISION) return next();
    const res = await next();
    if (!RETURNS_RECORDS.has(ctx.action) || !res) return res;
    const list: Row[] = Array.isArray(res) ? res : [res];
    const ids = list.map((e) => e?.id).filter((id): id is number => typeof id === 'number');
    if (!ids.length) return res;
    const checks = await checksFor(strapi, ids);
    for (const e of list) if (e && checks.has(e.id)) e.check = checks.get(e.id);
    return res;
  };
}
