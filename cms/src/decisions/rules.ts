// Decision rule records ↔ the domain's DecisionRule, and the rule set as config/decision-rules.json
// ships it (seeded once; the county edits the records afterwards).
import fs from 'fs';
import type { DecisionRule } from '../domain/decisions/rules';
import { configPath } from '../scoping/roles';
import { amountOf } from '../domain/decisions/record';

export const RULE = 'api::decision-rule.decision-rule';

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v ?? null);

/** A stored rule row (or a rule being saved) as the checks read it. */
export function ruleOf(row: Record<string, any>): DecisionRule {
  const amount = amountOf(row.amountThresholdFen);
  return {
    code: row.code,
    kind: row.kind,
    name: row.name,
    body: row.body ?? null,
    quorum: json(row.quorum),
    passing: json(row.passing),
    secretaryLast: !!row.secretaryLast,
    eachMemberStates: !!row.eachMemberStates,
    meetingRequired: row.meetingRequired ?? true,
    amountThresholdFen: amount,
    splitMargin: json(row.splitMargin),
    steps: json(row.steps),
    description: row.description ?? undefined,
  };
}

export interface RulesFile {
  rules: DecisionRule[];
}

export function shippedRules(): DecisionRule[] {
  return (JSON.parse(fs.readFileSync(configPath('decision-rules.json'), 'utf8')) as RulesFile).rules;
}
