// The panel's menus (config/roles.json `menus`) stay within what each role may read.
import { describe, expect, it } from 'vitest';
import roles from '../../config/roles.json';

const PAGES = new Set(['dashboard', 'my-points', 'member-points', 'points-ranking', 'me', 'import', 'verify-print', 'meetings-compliance', 'my-meetings', 'service-desk', 'services-assessment']);
const ROLES = ['county', 'township', 'branch', 'member'] as const;
const menus = roles.menus as unknown as Record<string, string[]>;
const perms = roles.permissions as Record<string, Record<string, string>>;

describe('role menus', () => {
  it('has a menu for every role, without repeats', () => {
    for (const role of ROLES) {
      expect(menus[role], role).toBeDefined();
      expect(new Set(menus[role]).size).toBe(menus[role].length);
    }
  });

  it('lists only pages the panel has and resources the role may read', () => {
    for (const role of ROLES) {
      for (const item of menus[role]) {
        if (PAGES.has(item)) continue;
        expect(perms[item]?.[role] ?? '', `${role} → ${item}`).toContain('r');
      }
    }
  });

  it('keeps the county\'s settings out of a branch secretary\'s menu', () => {
    for (const r of ['townships', 'offices', 'office-templates', 'grid-standards', 'appraisal-rules']) expect(menus.branch).not.toContain(r);
    expect(menus.member).toEqual(['my-points', 'my-meetings', 'dashboard', 'me', 'verify-print']);
    // 批量导入 is for those who may add members; members verify printouts but import nothing.
    for (const role of ROLES) expect(menus[role].includes('import'), role).toBe(perms.members[role].includes('c'));
  });
});
