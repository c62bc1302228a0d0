// Each role walks its whole menu at 1440 px and at 375 px: the menu is exactly the role's menu in
// config/roles.json, and no screen it reaches — every list, the first record each list opens (at
// 1440 px; at 375 px the audit log's and the member's own), the audit log and its entries — shows
// English UI text, raw JSON or a bare document id. Screenshots of every screen go to
// test/artifacts/role-walk-*.png.
import { beforeAll, expect, it } from 'vitest';
import roles from '../../config/roles.json';
import { appMessages } from '../../admin/src/i18n/zh';
import { raChinese } from '../../admin/src/i18n/raChinese';
import { PASSWORD, roleCallers, anchors, type RoleName } from '../api/callers';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { PAGES } from '../../admin/src/layout/menus';
import { readMenu, walkMenu, type Visit } from './menu-walk';
import { noProblems } from './page-checks';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const LOGINS = ['t-county', 't-township', 't-branch', 't-member', 't-department'];
// A page's menu label, from the panel's own page list (so a page added there is walked without new code).
const messages = { ...(raChinese as any), ...appMessages } as Record<string, any>;
const PAGE_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(PAGES).map(([item, p]) => [item, p.label.split('.').reduce((m, k) => m?.[k], messages as any) as string]),
);
const expectedMenu = (role: RoleName) =>
  ((roles as any).menus[role] as string[]).map((item) => PAGE_LABELS[item] ?? (appMessages.resources as any)[item].name);

const report = (visits: Visit[]) => visits.filter((v) => !noProblems(v.problems) || !v.settled).map((v) => `${v.url}${v.settled ? '' : ' (still loading)'}: ${JSON.stringify(v.problems)}`);

run('every role walks its menu', () => {
  beforeAll(async () => {
    if (!ctx.browser) return;
    // Audit entries worth looking at: settings (JSON) and relations changed by county and township.
    const c = await roleCallers();
    const a = await anchors();
    const rule = await ctx.strapi.db.query('api::appraisal-rule.appraisal-rule').findOne({ where: { kind: 'member_grades' } });
    const bands = rule.parameters.bands.map((b: any) => (b.grade === 'excellent' ? { ...b, min: b.min + 5 } : b));
    expect((await c.county.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: { ...rule.parameters, bands } })).status).toBe(200);
    const std = await ctx.strapi.db.query('api::grid-standard.grid-standard').findOne({ where: { kind: 'rural' } });
    expect((await c.county.request('PUT', `/ra/grid-standards/${std.documentId}`, { roles: std.roles.map((r: any) => ({ ...r, max: r.max ?? 3 })) })).status).toBe(200);
    const group = await ctx.strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { parent: a.branch.id, level: 'party_group' } });
    const member = await ctx.strapi.db.query('api::member.member').findOne({ where: { partyOrganisation: a.branch.id }, orderBy: { id: 'desc' } });
    expect((await c.township.request('PUT', `/ra/members/${member.documentId}`, { partyGroup: group.documentId, jobTitle: '村民小组长' })).status).toBe(200);
    // the settings go back as they were (two more audit entries each)
    expect((await c.county.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: rule.parameters })).status).toBe(200);
    expect((await c.county.request('PUT', `/ra/grid-standards/${std.documentId}`, { roles: std.roles })).status).toBe(200);
  });

  for (const role of ['county', 'township', 'branch', 'member', 'department'] as RoleName[]) {
    it(`${role}: the menu of its role, and every screen in Chinese without raw JSON or ids, at 1440 px and 375 px`, async () => {
      const shoot = (page: any, name: string) => screenshot(page, `role-walk-${name}`, false);
      const desk = await newPage(1440, 900);
      await login(desk, ctx.baseUrl, `t-${role}`, PASSWORD);
      const deskMenu = await readMenu(desk, false);
      expect(deskMenu.map((i) => i.label)).toEqual(expectedMenu(role));
      const deskVisits = await walkMenu(desk, ctx.baseUrl, deskMenu, { shotPrefix: `${role}-1440`, dataWords: LOGINS, shoot });
      expect(report(deskVisits)).toEqual([]);
      // every list that has records opened one
      expect(deskVisits.filter((v) => v.kind === 'record').length).toBeGreaterThan(role === 'member' || role === 'department' ? 0 : deskMenu.length / 2);
      if (role === 'county' || role === 'township') expect(deskVisits.some((v) => /audit-logs\/[^/]+\/show/.test(v.url))).toBe(true);

      const phone = await newPage(375, 812, desk);
      await phone.goto(`${ctx.baseUrl}/`);
      const phoneMenu = await readMenu(phone, true);
      expect(phoneMenu.map((i) => i.href)).toEqual(deskMenu.map((i) => i.href));
      // Record pages are the same components at both widths; on the phone the lists (cards) and
      // the audit log's entries are opened, which keeps the walk short.
      const phoneVisits = await walkMenu(phone, ctx.baseUrl, phoneMenu, {
        shotPrefix: `${role}-375`, dataWords: LOGINS, shoot, openRecord: (href) => /audit-logs|my-points|me$/.test(href),
      });
      expect(report(phoneVisits)).toEqual([]);
      for (const v of phoneVisits) expect(v.url).toBeTruthy();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await desk.context().close();
      await phone.context().close();
    });
  }
});
