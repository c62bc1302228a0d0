// The shape of config/dispatch-rules.json.
import type { DeadlineRule } from '../calendar/deadlines';
import type { AssessmentRules } from '../assessment/formulas';

export type EventMode = 'quick' | 'assign' | 'joint' | 'escalate';
export type AssigneeLevel = 'grid' | 'township' | 'county';

export interface ModeRule {
  code: EventMode;
  label: string;
  description?: string;
  assigneeLevel: AssigneeLevel;
  minAssignees?: number;
  deadline: DeadlineRule;
}

export type CadenceRule =
  | { role: string; label: string; kind: 'max_gap_days'; days: number; text?: string }
  | { role: string; label: string; kind: 'per_month'; times: number; text?: string };

export interface DispatchRules {
  modes: ModeRule[];
  visitCadence: { roles: CadenceRule[]; default: CadenceRule };
  assessment: AssessmentRules;
}

export function modeRule(rules: DispatchRules, mode: EventMode): ModeRule {
  const rule = rules.modes.find((m) => m.code === mode);
  if (!rule) throw new Error(`调度规则缺少“${mode}”办理方式`);
  return rule;
}

export function cadenceFor(rules: DispatchRules, role: string): CadenceRule {
  return rules.visitCadence.roles.find((r) => r.role === role) ?? rules.visitCadence.default;
}
