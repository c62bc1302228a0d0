// Where each content type keeps the facts that bound a caller's scope, as Strapi filter paths.
// County sees everything; township callers are bounded by township, branch callers by their
// organisation subtree (or, for types with no organisation, their township), members by their record.
import type { Principal } from './principal';
import { can } from './roles';

/** One path, or several alternatives (a row is in scope when any of them matches). */
export type Path = string[] | string[][];

interface ScopePaths {
  /** readable by every role that has read permission, whatever its scope (rules and templates) */
  global?: boolean;
  township?: Path;
  organisation?: Path;
  member?: Path;
  /** department role: where the record keeps the county department it was assigned to */
  department?: Path;
}

export const SCOPE_PATHS: Record<string, ScopePaths> = {
  'api::office-template.office-template': { global: true },
  'api::grid-standard.grid-standard': { global: true },
  'api::county-department.county-department': { global: true },
  'api::assessment-rule.assessment-rule': { global: true },
  'api::township.township': { township: ['id'] },
  'api::office.office': { township: ['township', 'id'] },
  'api::party-organisation.party-organisation': { township: ['township', 'id'], organisation: ['id'] },
  'api::grid.grid': { township: ['township', 'id'], organisation: ['partyOrganisations', 'id'] },
  'api::grid-staff.grid-staff': { township: ['grid', 'township', 'id'], organisation: ['grid', 'partyOrganisations', 'id'] },
  'api::member.member': { township: ['township', 'id'], organisation: ['partyOrganisation', 'id'], member: ['id'] },
  'api::points-rule.points-rule': { global: true },
  'api::appraisal-rule.appraisal-rule': { global: true },
  'api::points-year.points-year': { global: true },
  // Ledger entries are for a member or for a branch (支部积分).
  'api::points-entry.points-entry': {
    township: ['township', 'id'],
    organisation: [['member', 'partyOrganisation', 'id'], ['organisation', 'id']],
    member: ['member', 'id'],
  },
  'api::decision-rule.decision-rule': { global: true },
  // A decision is its organisation's (a township's committee, or a branch); members see none.
  'api::decision.decision': { township: ['township', 'id'], organisation: ['organisation', 'id'] },
  // Steps carry copies of their decision's township and organisation, so moving a step is never a scope change.
  'api::decision-step.decision-step': { township: ['township', 'id'], organisation: ['organisation', 'id'] },
  'api::meeting-rule.meeting-rule': { global: true },
  // Members read meetings through their own attendance rows (我的参会), never the meeting record.
  'api::meeting.meeting': { township: ['township', 'id'], organisation: ['organisation', 'id'] },
  // Plain copies of the meeting's township and organisation, so a row's scope is its own.
  'api::meeting-attendance.meeting-attendance': { township: ['townshipRef'], organisation: ['organisationRef'], member: ['member', 'id'] },
  'api::theme-day-round.theme-day-round': { global: true },
  'api::theme-day-nomination.theme-day-nomination': { township: ['township', 'id'], organisation: ['organisationRef'] },
  'api::theme-day-score.theme-day-score': { township: ['township', 'id'] },
  // Events: a township sees its grids' events, a branch the events of its grids, a county department
  // the events it holds an assignment of. Members see none: residents report through the grid staff
  // or the hotline, not as party members, so a member login has no events of its own.
  'api::event.event': { township: ['township', 'id'], organisation: ['grid', 'partyOrganisations', 'id'], department: ['assignments', 'departmentRef'] },
  // Plain copies of the event's township and the assignee department, written with the assignment.
  'api::event-assignment.event-assignment': { township: ['townshipRef'], department: ['departmentRef'] },
  'api::grid-visit.grid-visit': { township: ['grid', 'township', 'id'], organisation: ['grid', 'partyOrganisations', 'id'] },
  // 综合执法 (enforcement): the penalty-power catalogue is global reference data; a township sees its
  // team and its cases. Branch secretaries and members have no part in administrative enforcement
  // (it is the township government's, not the party branch's), so config/roles.json gives them no
  // read right at all — the township path below is never reached for them.
  'api::penalty-power.penalty-power': { global: true },
  'api::enforcement-team.enforcement-team': { township: ['township', 'id'] },
  'api::enforcement-case.enforcement-case': { township: ['township', 'id'] },
  // Approvals: the item catalogue is county reference data; a hall and its cases are its township's
  // (a branch reads its township's hall; it has no right on cases, whose applicants are residents).
  'api::approval-item.approval-item': { global: true },
  'api::service-hall.service-hall': { township: ['township', 'id'] },
  'api::approval-case.approval-case': { township: ['township', 'id'] },
};

/** Matches no row. An empty IN list (rather than `id IS NULL`) so that inside a relation's
 * condition, where the related table is outer-joined, it cannot match the missing row either. */
export const NOTHING = { id: { $in: [] as number[] } };

/** Relations that are not a scope path but still decide what a branch sees: the organisation tree. */
const EXTRA_ANCHORS: Record<string, string[]> = {
  'api::party-organisation.party-organisation': ['parent'],
};

function nest(path: Path, ids: number[]): Record<string, unknown> {
  if (!ids.length) return NOTHING;
  if (Array.isArray(path[0])) return { $or: (path as string[][]).map((p) => nest(p, ids)) };
  return (path as string[]).reduceRight<Record<string, unknown>>((inner, key) => ({ [key]: inner }), { $in: ids });
}

/** A type with a `township` relation but no entry above is scoped by that relation. */
export function pathsFor(uid: string, attributes: Record<string, any>): ScopePaths {
  if (SCOPE_PATHS[uid]) return SCOPE_PATHS[uid];
  const t = attributes?.township;
  if (t?.type === 'relation' && t.target === 'api::township.township') return { township: ['township', 'id'] };
  return {};
}

/** The relations that bound a record's scope: the first step of each scope path (plus `parent` for
 * organisations). Changing one moves the record between scopes. */
export function anchorsOf(uid: string, attributes: Record<string, any>): string[] {
  const paths = pathsFor(uid, attributes);
  const firsts = [paths.township, paths.organisation, paths.member, paths.department]
    .flatMap((path) => (!path ? [] : Array.isArray(path[0]) ? (path as string[][]).map((x) => x[0]) : [(path as string[])[0]]));
  const relations = firsts.filter((name) => attributes[name]?.type === 'relation');
  return [...new Set([...relations, ...(EXTRA_ANCHORS[uid] ?? [])])];
}

export interface ScopeBound {
  /** where the record keeps what bounds it (alternatives: any of them) */
  path: Path;
  /** the township, organisation or member ids the caller is bounded by; none: nothing is visible */
  ids: number[];
}

/** What bounds `uid` for the principal: a path and the ids at its end; null means no narrowing. */
export function scopeBound(p: Principal, uid: string, attributes: Record<string, any>): ScopeBound | null {
  if (p.kind !== 'user' || p.role === 'county') return null;
  const paths = pathsFor(uid, attributes);
  if (paths.global) return null;
  const none = { path: ['id'], ids: [] };
  switch (p.role) {
    case 'township':
      return paths.township ? { path: paths.township, ids: p.townshipIds } : none;
    case 'branch':
      if (paths.organisation) return { path: paths.organisation, ids: p.organisationIds };
      return paths.township ? { path: paths.township, ids: p.townshipIds } : none;
    case 'member':
      return paths.member && p.memberId ? { path: paths.member, ids: [p.memberId] } : none;
    case 'department':
      return paths.department ? { path: paths.department, ids: p.departmentIds } : none;
    default:
      return none;
  }
}

/** The filter that narrows `uid` to what the principal may see; null means no narrowing. */
export function scopeFilter(p: Principal, uid: string, attributes: Record<string, any>): Record<string, unknown> | null {
  const bound = scopeBound(p, uid, attributes);
  return bound && nest(bound.path, bound.ids);
}

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const FILE = 'plugin::upload.file';

/**
 * What the principal may read of any type, as a filter: its role's read right and its row scope.
 * Used for relation targets, which may be plugin types too. null means no narrowing.
 */
export function readScope(p: Principal, uid: string, model: { info?: { pluralName?: string }; attributes: Record<string, any> }): Record<string, unknown> | null {
  if (p.kind !== 'user' || p.role === 'county') return null;
  if (uid.startsWith('api::')) {
    if (!p.role || !can(p.role, model.info?.pluralName ?? '', 'read')) return NOTHING;
    return scopeFilter(p, uid, model.attributes);
  }
  if (uid === FILE) return null; // a file is seen through the record that holds it
  if (uid === USER) return p.userId ? { id: { $in: [p.userId] } } : NOTHING;
  if (uid === ROLE) return p.role ? { type: p.role } : NOTHING;
  return NOTHING; // permissions, admin users, tokens, releases…: nothing of them through the content API
}
