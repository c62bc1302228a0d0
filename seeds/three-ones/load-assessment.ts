// Records the assessment rates of config/dispatch-rules.json that are not recorded yet, by code, in
// the file's order; running it twice adds nothing (and never undoes the county's edits).
import { documentId } from '../../cms/src/db/document-id';
import { ASSESSMENT_RULE, configuredAssessment } from '../../cms/src/assessment/rules';

export async function seedAssessmentRules(strapi: any, log: (l: string) => void = () => {}): Promise<number> {
  const have = new Set((await strapi.db.query(ASSESSMENT_RULE).findMany({ select: ['code'] })).map((r: { code: string }) => r.code));
  const now = new Date();
  const fresh = configuredAssessment().formulas.map((f, i) => ({ f, i })).filter(({ f }) => !have.has(f.code))
    .map(({ f, i }) => ({ code: f.code, name: f.label, numerator: f.numerator, denominator: f.denominator, position: (i + 1) * 10, active: true,
      documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
  if (fresh.length) await strapi.db.query(ASSESSMENT_RULE).createMany({ data: fresh });
  log(`  assessment rules: ${fresh.length} added`);
  return fresh.length;
}
