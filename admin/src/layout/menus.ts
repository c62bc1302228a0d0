// Each role's menu, in order, from config/roles.json — the file the server takes its rights from.
// An entry is a resource (shown only where the schema lets the caller list it) or one of the
// pages below. County users also get types the file does not name yet (added in the Content-Type
// Builder), after the listed ones, so the low-code path keeps working.
import roles from '../../../config/roles.json';
import type { Role } from '../types';

export interface PageItem {
  to: string;
  label: string;
}

export const PAGES: Record<string, PageItem> = {
  dashboard: { to: '/', label: 'ra.page.dashboard' },
  'my-points': { to: '/my-points', label: 'app.menu.my_points' },
  'member-points': { to: '/my-points', label: 'app.menu.member_points' },
  'points-ranking': { to: '/points-ranking', label: 'app.menu.points_ranking' },
  me: { to: '/me', label: 'app.menu.my_profile' },
  'my-meetings': { to: '/my-meetings', label: 'app.menu.my_meetings' },
  'meetings-compliance': { to: '/meetings-compliance', label: 'app.menu.meetings_compliance' },
  import: { to: '/import', label: 'app.import.menu' },
  'verify-print': { to: '/verify', label: 'app.verify.menu' },
  'events-board': { to: '/events-board', label: 'app.menu.events_board' },
  'grid-phone': { to: '/grid-phone', label: 'app.menu.grid_phone' },
  'events-assessment': { to: '/events-assessment', label: 'app.menu.events_assessment' },
  'service-desk': { to: '/service-desk', label: 'app.services.desk.menu' },
  'services-assessment': { to: '/services-assessment', label: 'app.services.assessment.menu' },
};

const MENUS = roles.menus as unknown as Record<Role, string[]>;

/** The role's menu entries in order; `listable` are the resources the caller's schema lets them list. */
export function menuFor(role: Role | null | undefined, listable: string[]): string[] {
  if (!role || !MENUS[role]) return ['dashboard'];
  const can = new Set(listable);
  const listed = MENUS[role].filter((item) => item in PAGES || can.has(item));
  if (role !== 'county') return listed;
  const named = new Set(Object.values(MENUS).flat());
  return [...listed, ...listable.filter((r) => !named.has(r)).sort()];
}

/** Whether the role's menu lists a resource (dashboards count what their menu holds). */
export const menuHas = (role: Role | null | undefined, item: string): boolean => !!role && !!MENUS[role]?.includes(item);
