// The panel in a real browser against a real server: a township user sees only their township's
// members, edits one and finds the audit entry; a stale edit is caught; a member on a phone sees
// only their own record. Screenshots go to test/artifacts/.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { anchors, PASSWORD, roleCallers } from '../api/callers';
import { demoPeople } from '../../seeds/demo-users';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

run('panel', () => {
  it('a township user sees only their township\'s members, edits one and sees the audit entry', async () => {
    const { township } = await anchors();
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/members`);
    const inTownship = await ctx.strapi.db.query('api::member.member').count({ where: { township: township.id } });
    await expect.poll(() => page.locator(`text=/共 ${inTownship} 条/`).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, 'township-members');

    // open the first member, edit the phone number, save
    await page.locator('table tbody tr').first().click();
    await page.getByRole('link', { name: '编辑' }).first().click();
    const phone = page.locator('input[name="phone"]');
    await phone.waitFor();
    const newPhone = `100${String(Date.now()).slice(-8)}`;
    await phone.fill(newPhone);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::member.member').findOne({ where: { phone: newPhone } }))?.id ?? null, { timeout: 15_000 }).not.toBeNull();
    const edited = await ctx.strapi.db.query('api::member.member').findOne({ where: { phone: newPhone }, populate: ['township'] });
    expect(edited.township.id).toBe(township.id);

    // the audit log shows who changed what, by the person's name
    const { names } = await demoPeople(ctx.strapi);
    await page.goto(`${ctx.baseUrl}/#/audit-logs`);
    const row = page.locator('table tbody tr', { hasText: names.township }).first();
    await row.waitFor({ timeout: 20_000 });
    await expect.poll(() => row.innerText()).toMatch(/修改/);
    await screenshot(page, 'township-audit-log');
    const entry = await ctx.strapi.db.query('api::audit-log.audit-log').findOne({ where: { recordId: edited.documentId, action: 'update' } });
    expect(entry).toMatchObject({ username: 't-township', role: 'township' });
    expect(entry.after).toMatchObject({ phone: newPhone });
  });

  it('tells the user when someone else changed the record, and reloads it', async () => {
    const { township } = await anchors();
    const grid = await ctx.strapi.db.query('api::grid.grid').findOne({ where: { township: township.id }, orderBy: { id: 'desc' } });
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/grids/${grid.documentId}`);
    const name = page.locator('input[name="name"]');
    await name.waitFor({ timeout: 20_000 });
    // someone else saves first
    const c = await roleCallers();
    const current = (await c.county.request('GET', `/ra/grids/${grid.documentId}`)).body;
    expect((await c.county.request('PUT', `/ra/grids/${grid.documentId}`, { ...current, name: `${grid.name}（他人修改）` })).status).toBe(200);
    await name.fill(`${grid.name}（我的修改）`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('text=/已被他人修改/').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'edit-conflict');
    await page.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe(`${grid.name}（他人修改）`);
    expect((await ctx.strapi.db.query('api::grid.grid').findOne({ where: { id: grid.id } })).name).toBe(`${grid.name}（他人修改）`);
  });

  it('a member on a 375 px phone sees only their own record', async () => {
    const { member } = await anchors();
    const page = await newPage(375, 812);
    await login(page, ctx.baseUrl, 't-member', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/me`);
    await page.locator(`text=${member.name}`).first().waitFor({ timeout: 20_000 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await screenshot(page, 'member-phone-me');
    await page.goto(`${ctx.baseUrl}/#/members`);
    await page.locator(`text=${member.name}`).first().waitFor({ timeout: 20_000 });
    const others = await ctx.strapi.db.query('api::member.member').findMany({ where: { partyOrganisation: (await anchors()).branch.id, id: { $ne: member.id } }, limit: 3 });
    for (const o of others) expect(await page.locator(`text=${o.name}`).count()).toBe(0);
    await screenshot(page, 'member-phone-list');
  });
});
