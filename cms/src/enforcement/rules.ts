// The enforcement rules (config/enforcement-rules.json) and the plain facts the domain functions
// take, read from stored rows. Rules are read once per process: they are local practice, edited
// in the file and picked up at the next start.
import fs from 'fs';
import { configPath } from '../scoping/roles';
import type { EnforcementRules } from '../domain/enforcement/rules';
import type { PenaltyPower } from '../domain/enforcement/powers';
import type { EnforcementCase } from '../domain/enforcement/case-steps';

export const POWER = 'api::penalty-power.penalty-power';
export const TEAM = 'api::enforcement-team.enforcement-team';
export const CASE = 'api::enforcement-case.enforcement-case';

let cached: EnforcementRules | undefined;
export function enforcementRules(): EnforcementRules {
  cached ??= JSON.parse(fs.readFileSync(configPath('enforcement-rules.json'), 'utf8')) as EnforcementRules;
  return cached;
}

type Row = Record<string, any>;

export const nullableInt = (v: unknown): number | null => (v == null || v === '' ? null : Number(v));

export function powerOf(row: Row): PenaltyPower {
  return {
    code: row.code, name: row.name, legalBasis: row.legalBasis, department: row.department?.shortName ?? '',
    batch: nullableInt(row.batch), delegated: !!row.delegated, fineMinYuan: nullableInt(row.fineMinYuan), fineMaxYuan: nullableInt(row.fineMaxYuan),
  };
}

/** The stored date field of each step (立案 filedOn …). */
export const stepField = (code: string) => `${code}On`;

/** A day as the domain's instant: the start of that day in China. */
export const dayInstant = (day: string) => `${day}T00:00:00+08:00`;

export const dayOf = (v: unknown): string | null => {
  if (v == null || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
};

/** A stored case as the domain sees it: the steps done so far, with their days. */
export function caseOf(row: Row, power: PenaltyPower): EnforcementCase {
  const steps = enforcementRules().caseSteps;
  const doneIndex = steps.findIndex((s) => s.code === row.step);
  return {
    powerCode: power.code,
    mode: row.mode,
    steps: steps.slice(0, doneIndex + 1).map((s) => ({ code: s.code, at: dayInstant(dayOf(row[stepField(s.code)]) ?? '2000-01-01') })),
    fineYuan: nullableInt(row.fineYuan),
  };
}
