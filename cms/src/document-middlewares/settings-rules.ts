// The county's settings that are JSON in the schema — grade bands and star shares (评定规则), grid
// staffing roles (网格配备标准) and template offices (机构设置模板) — are checked on every write,
// whatever API it comes through; a refused write answers 400 with the row and the problem in
// Chinese (the same checks the panel's forms run) and writes nothing.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { describeProblem, type Problem } from '../domain/settings/problems';
import { checkGradeBands } from '../domain/settings/grade-bands';
import { checkStarShares } from '../domain/settings/star-shares';
import { checkStaffingRoles } from '../domain/settings/staffing-roles';
import { checkTemplateOffices, populationBandProblem } from '../domain/settings/template-offices';

type Row = Record<string, any>;

const APPRAISAL = 'api::appraisal-rule.appraisal-rule';
const STANDARD = 'api::grid-standard.grid-standard';
const TEMPLATE = 'api::office-template.office-template';

function refuse(field: string, problems: Problem[]): never {
  throw new errors.ValidationError(describeProblem(problems[0]), { field, code: 'invalid_setting', problems });
}

/** JSON sent as text (e.g. by a form field) is read as JSON; anything else unreadable is refused. */
function jsonOf(field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return refuse(field, [{ path: [], message: '内容不是有效的 JSON' }]);
  }
}

export function settingsRules(strapi: Core.Strapi) {
  const stored = (uid: string, documentId?: string): Promise<Row | null> =>
    documentId ? strapi.db.query(uid as any).findOne({ where: { documentId } }) : Promise.resolve(null);

  const appraisal = async (data: Row, documentId?: string) => {
    if (!('parameters' in data) && !('kind' in data)) return;
    const before = await stored(APPRAISAL, documentId);
    const kind = data.kind ?? before?.kind;
    const parameters = 'parameters' in data ? jsonOf('parameters', data.parameters) : jsonOf('parameters', before?.parameters);
    const problems = kind === 'member_grades' ? checkGradeBands(parameters) : kind === 'branch_stars' ? checkStarShares(parameters) : [];
    if (problems.length) refuse('parameters', problems);
    if ('parameters' in data) data.parameters = parameters;
  };

  const standard = (data: Row) => {
    if (!('roles' in data)) return;
    const roles = jsonOf('roles', data.roles);
    const problems = checkStaffingRoles(roles);
    if (problems.length) refuse('roles', problems);
    data.roles = (roles as Row[]).map((r) => ({ ...r, label: String(r.label).trim(), max: r.max ?? null, visit: r.visit ?? null }));
  };

  const template = async (data: Row, documentId?: string) => {
    if ('offices' in data) {
      const offices = jsonOf('offices', data.offices);
      const problems = checkTemplateOffices(offices);
      if (problems.length) refuse('offices', problems);
      data.offices = (offices as Row[]).map((o) => ({ name: String(o.name).trim(), kind: o.kind }));
    }
    if ('minPopulation' in data || 'maxPopulation' in data) {
      const before = await stored(TEMPLATE, documentId);
      const min = 'minPopulation' in data ? data.minPopulation : before?.minPopulation;
      const max = 'maxPopulation' in data ? data.maxPopulation : before?.maxPopulation;
      const problem = populationBandProblem(min, max);
      if (problem) throw new errors.ValidationError(problem, { field: 'maxPopulation', code: 'invalid_setting' });
    }
  };

  return async (ctx: { uid: string; action: string; params: any }, next: () => Promise<any>) => {
    const data = ctx.params?.data;
    if ((ctx.action === 'create' || ctx.action === 'update') && data && typeof data === 'object') {
      if (ctx.uid === APPRAISAL) await appraisal(data, ctx.params.documentId);
      if (ctx.uid === STANDARD) standard(data);
      if (ctx.uid === TEMPLATE) await template(data, ctx.params.documentId);
    }
    return next();
  };
}
