// The assessment rules the approvals and dispatch reports run on: the rates are records
// (`assessment-rules`, kept by the county, seeded from config/dispatch-rules.json → assessment);
// what counts as satisfied, volume and open stay in that file. Read per report (a handful of rows),
// so an edit applies at once in every server process.
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import { configPath } from '../scoping/roles';
import type { AssessmentRules, Counter, Formula } from '../domain/assessment/formulas';

export const ASSESSMENT_RULE = 'api::assessment-rule.assessment-rule';

let base: AssessmentRules | undefined;

/** The file's rules, formulas included (what the seed records and what applies before it runs). */
export function configuredAssessment(): AssessmentRules {
  base ??= JSON.parse(fs.readFileSync(configPath('dispatch-rules.json'), 'utf8')).assessment as AssessmentRules;
  return base;
}

export const formulaOf = (r: { code: string; name: string; numerator: unknown; denominator: unknown }): Formula => ({
  code: r.code, label: r.name, numerator: r.numerator as Counter[], denominator: r.denominator as Counter[],
});

/** The rules in force: the recorded active rates in their order (the file's when none is recorded yet). */
export async function assessmentRules(strapi: Core.Strapi): Promise<AssessmentRules> {
  const rows = await strapi.db.query(ASSESSMENT_RULE as any).findMany({ where: { active: true }, orderBy: [{ position: 'asc' }, { id: 'asc' }] });
  const file = configuredAssessment();
  return rows.length ? { ...file, formulas: rows.map(formulaOf) } : file;
}
