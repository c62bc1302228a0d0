// Makes the users-permissions roles match config/roles.json at every start: the four roles exist,
// and each may call exactly the REST actions its row allows (plus the bridge, which is checked
// below the API by the same table). Permissions the table no longer grants are removed.
import type { Core } from '@strapi/strapi';
import { can, ROLE_TYPES, roleTable, type RoleType } from '../scoping/roles';

const ROLE = 'plugin::users-permissions.role';
const PERMISSION = 'plugin::users-permissions.permission';
// The bridge and the points actions check the role table (and each action's own rule) themselves.
const BRIDGE_ACTIONS = ['schema', 'me', 'list', 'export', 'one', 'create', 'update', 'remove'].map((a) => `api::ra.ra.${a}`);
const POINTS_ACTIONS = ['decide', 'reverse', 'bulk', 'me', 'leaderboard', 'branches', 'grades', 'verify', 'schemes', 'loadScheme', 'closeYear', 'reopenYear', 'yearRanking'].map((a) => `api::points.points.${a}`);
// The panel's helpers (tree, search, names) read through the document service, which scopes them.
const PANEL_ACTIONS = ['api::organisation-tree.organisation-tree.children', 'api::search.search.find', 'api::people.people.names'];
// Reporting: dashboards, imports and print views check the caller's role and scope themselves.
const REPORTING_ACTIONS = ['api::dashboard.dashboard.show', ...['template', 'check', 'commit'].map((a) => `api::imports.imports.${a}`), 'api::prints.prints.print', 'api::prints.prints.verify'];

// Decision actions and the chains (county only) check the caller's role themselves.
const DECISION_ACTIONS = [
  ...['check', 'finalise'].map((a) => `api::decisions.decisions.${a}`),
  ...['verifyDecisions', 'heads', 'sign', 'file', 'check', 'checkFile'].map((a) => `api::chains.chains.${a}`),
];

// Meetings and 最佳主题党日 actions check rights and scope themselves (config/roles.json, judges).
const MEETING_ACTIONS = [
  ...['attendance', 'saveAttendance', 'finalise', 'correct', 'compliance', 'summary', 'mine', 'rates'].map((a) => `api::meetings.meetings.${a}`),
  ...['judges', 'overview', 'open', 'startJudging', 'publish', 'sheet', 'scores'].map((a) => `api::theme-days.theme-days.${a}`),
];

// Approvals: case steps and the assessment check rights and scope themselves (config/roles.json).
const SERVICES_ACTIONS = ['finish', 'returnCase', 'rate', 'assessment'].map((a) => `api::services.services.${a}`);

// Enforcement actions check the role's right on cases or teams and the scope themselves.
const ENFORCEMENT_ACTIONS = ['advance', 'staffing'].map((a) => `api::enforcement.enforcement.${a}`);

// Command and dispatch (指挥调度): the actions check rights and scope themselves (events/transitions.ts).
const EVENT_ACTIONS = ['report', 'dispatch', 'escalate', 'countyAssign', 'finish', 'giveBack', 'close', 'board', 'assessment', 'visits'].map((a) => `api::events.events.${a}`);

function wantedActions(strapi: Core.Strapi, role: RoleType): string[] {
  const actions = [...BRIDGE_ACTIONS, ...POINTS_ACTIONS, ...PANEL_ACTIONS, ...DECISION_ACTIONS, ...REPORTING_ACTIONS, ...MEETING_ACTIONS, ...EVENT_ACTIONS, ...ENFORCEMENT_ACTIONS, ...SERVICES_ACTIONS, 'plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword', 'api::files.files.download'];
  // Evidence files (积分凭证) are uploaded first, then linked by id.
  if (can(role, 'points-entries', 'create')) actions.push('plugin::upload.content-api.upload');
  // Decision attachments and 四议两公开 evidence, meeting photos and sign-in sheets likewise.
  if (can(role, 'decisions', 'create') || can(role, 'meetings', 'create')) actions.push('plugin::upload.content-api.upload');
  for (const ct of Object.values(strapi.contentTypes as Record<string, any>)) {
    if (!ct.uid.startsWith('api::')) continue;
    const resource = ct.info.pluralName;
    if (can(role, resource, 'read')) actions.push(`${ct.uid}.find`, `${ct.uid}.findOne`);
    if (can(role, resource, 'create')) actions.push(`${ct.uid}.create`);
    if (can(role, resource, 'update')) actions.push(`${ct.uid}.update`);
    if (can(role, resource, 'delete')) actions.push(`${ct.uid}.delete`);
  }
  return actions;
}

export async function syncRoles(strapi: Core.Strapi): Promise<void> {
  const table = roleTable();
  for (const type of ROLE_TYPES) {
    const { name, description } = table.roles[type];
    let role = await strapi.db.query(ROLE).findOne({ where: { type } });
    role ??= await strapi.db.query(ROLE).create({ data: { type, name, description } });
    const wanted = new Set(wantedActions(strapi, type));
    const existing: Array<{ id: number; action: string }> = await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } });
    const stale = existing.filter((p) => /^(api::|plugin::users-permissions\.user\.|plugin::upload\.)/.test(p.action) && !wanted.has(p.action));
    if (stale.length) await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
    const have = new Set(existing.map((p) => p.action));
    for (const action of wanted) if (!have.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
}
