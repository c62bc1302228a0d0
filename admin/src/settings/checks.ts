// The server's own settings checks (cms/src/domain/settings, plain TypeScript with no Strapi in it),
// run by the forms before saving, so the panel says exactly what the server would.
export { describeProblem, type Problem } from '../../../cms/src/domain/settings/problems';
export { checkGradeBands, GRADES } from '../../../cms/src/domain/settings/grade-bands';
export { checkStarShares } from '../../../cms/src/domain/settings/star-shares';
export { checkStaffingRoles, VISITS } from '../../../cms/src/domain/settings/staffing-roles';
export { checkTemplateOffices, populationBandProblem, OFFICE_KINDS } from '../../../cms/src/domain/settings/template-offices';
