// Writes to the assessment rates (考核指标), whatever API they come through: each side a non-empty
// list of known counters, the numerator inside its denominator, codes unique and never changed (the
// reports and the panel key on them). A rate is deactivated, never deleted. A refused write is a 400
// in Chinese and writes nothing.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkAssessmentRules } from '../domain/assessment/formulas';
import { ASSESSMENT_RULE, configuredAssessment, formulaOf } from '../assessment/rules';

type Row = Record<string, any>;

function refuse(message: string, field?: string): never {
  throw new errors.ValidationError(message, { field, code: 'invalid_assessment_rule' });
}

const SIDES: Record<string, string> = { numerator: '分子', denominator: '分母' };

/** A side as sent: a list, or a list as JSON text (a form field); anything else is refused. */
const listOf = (side: string, value: unknown): string[] => {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      v = null;
    }
  }
  if (!Array.isArray(v) || v.some((c) => typeof c !== 'string')) refuse(`${SIDES[side]}应为计数代码的列表`, side);
  return [...new Set(v as string[])];
};

export function assessmentRuleWrites(strapi: Core.Strapi) {
  const check = async (data: Row, documentId?: string) => {
    const q = strapi.db.query(ASSESSMENT_RULE as any);
    const before: Row | null = documentId ? await q.findOne({ where: { documentId } }) : null;
    if (before && 'code' in data && data.code !== before.code) refuse('考核指标代码不能修改', 'code');
    for (const side of Object.keys(SIDES)) if (side in data) data[side] = listOf(side, data[side]);
    const row = { ...before, ...data } as Row;
    const others: Row[] = (await q.findMany({ where: { active: true } })).filter((r: Row) => r.documentId !== before?.documentId);
    const mine = formulaOf({ code: row.code, name: row.name ?? row.code, numerator: row.numerator ?? [], denominator: row.denominator ?? [] });
    const problems = checkAssessmentRules({ ...configuredAssessment(), formulas: [...others.map((r) => formulaOf(r as any)), mine] });
    if (problems.length) refuse(problems[0]);
  };

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    if (ctx.uid !== ASSESSMENT_RULE) return next();
    if (ctx.action === 'delete') refuse('考核指标不能删除，请停用');
    const data = ctx.params?.data;
    if ((ctx.action === 'create' || ctx.action === 'update') && data && typeof data === 'object') await check(data, ctx.params.documentId);
    return next();
  };
}
