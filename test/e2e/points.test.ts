// Points through the panel: a branch secretary proposes, the township approves, the member sees
// the new balance on a phone.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { anchors, PASSWORD, roleCallers } from '../api/callers';
import { PNG } from '../api/files';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

/** Picks an option in a react-admin autocomplete by typing part of it. */
async function pick(page: Page, label: string, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.click();
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

run('points in the panel', () => {
  it('branch secretary proposes, township approves, member sees the new balance', async () => {
    const { member } = await anchors();
    const c = await roleCallers();
    const before = (await c.member.request('GET', '/api/points/me')).body.totalTenths as number;
    const reason = `网页端申报测试 ${Date.now()}`;

    // 1. the branch secretary proposes 参加学习 (+2) for a member of the branch (their 主题党日 points,
    //    posted by the seeded meetings they attended, have reached that rule's cap)
    const branch = await newPage();
    await login(branch, ctx.baseUrl, 't-branch', PASSWORD);
    await branch.goto(`${ctx.baseUrl}/#/points-entries/create`);
    await pick(branch, '党员', member.code, new RegExp(member.code));
    await pick(branch, '积分规则', '学习', /参加学习/);
    await branch.getByRole('textbox', { name: '事由' }).fill(reason);
    await branch.getByRole('button', { name: '提交申报' }).click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::points-entry.points-entry').findOne({ where: { reason } }))?.status ?? null, { timeout: 15_000 }).toBe('pending');
    await screenshot(branch, 'points-proposed');

    // 2. the township approves it from the list of pending entries
    const township = await newPage();
    await login(township, ctx.baseUrl, 't-township', PASSWORD);
    // the list opens on pending entries; search narrows it to this one
    await township.goto(`${ctx.baseUrl}/#/points-entries?filter=${encodeURIComponent(JSON.stringify({ status: 'pending', q: reason }))}`);
    const row = township.locator('table tbody tr', { hasText: reason });
    await row.waitFor({ timeout: 20_000 });
    await row.getByRole('button', { name: '通过' }).click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::points-entry.points-entry').findOne({ where: { reason } })).status, { timeout: 15_000 }).toBe('approved');
    const approved = await ctx.strapi.db.query('api::points-entry.points-entry').findOne({ where: { reason } });
    expect(approved.seq).toBeGreaterThan(0);
    expect(approved.approverName).toBe('t-township');

    // 3. the member sees the new balance on a phone
    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-member', PASSWORD);
    await phone.goto(`${ctx.baseUrl}/#/my-points`);
    const total = phone.locator('[data-testid="my-points-total"]');
    await expect.poll(() => total.innerText(), { timeout: 20_000 }).toBe(String((before + 20) / 10));
    await phone.locator('[data-testid="my-points-chart"] canvas').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.waitForTimeout(600); // the chart animates in
    await screenshot(phone, 'my-points-phone');
  });

  it('evidence picked in the panel is shown through a signed link, never from /uploads', async () => {
    const { member } = await anchors();
    const reason = `凭证显示测试 ${Date.now()}`;
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-branch', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/points-entries/create`);
    await pick(page, '党员', member.code, new RegExp(member.code));
    await pick(page, '积分规则', '志愿', /志愿服务/);
    await page.getByRole('textbox', { name: '事由' }).fill(reason);
    await page.locator('input[type="file"]').setInputFiles({ name: '志愿服务.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: '提交申报' }).click();
    const picture = page.locator('img[alt="志愿服务.png"]');
    await picture.waitFor({ timeout: 20_000 });
    expect(await picture.getAttribute('src')).toMatch(/^\/api\/files\/\d+\/content\?/);
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    const entry = await ctx.strapi.db.query('api::points-entry.points-entry').findOne({ where: { reason }, populate: ['evidence'] });
    expect((await fetch(ctx.baseUrl + entry.evidence.url)).status).toBe(404);
    await screenshot(page, 'points-evidence');
  });

  it('a county user loads another published scheme and edits a rule', async () => {
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-county', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/points-rules`);
    await page.getByRole('button', { name: '积分方案' }).click();
    await page.locator('[data-testid="scheme-80+20"]').getByRole('button', { name: '启用此方案' }).click();
    await page.getByRole('button', { name: '确认启用' }).click();
    await expect.poll(() => page.locator('[data-testid="scheme-load-result"]').innerText(), { timeout: 15_000 }).toMatch(/已启用方案/);
    expect(await ctx.strapi.db.query('api::points-rule.points-rule').count({ where: { scheme: '80+20', active: true } })).toBe(3);
    expect(await ctx.strapi.db.query('api::points-rule.points-rule').count({ where: { scheme: 'base60', active: true } })).toBe(0);
    await screenshot(page, 'points-schemes');
    await page.locator('[data-testid="scheme-base60"]').getByRole('button', { name: '启用此方案' }).click();
    await page.getByRole('button', { name: '确认启用' }).click();
    await expect.poll(async () => ctx.strapi.db.query('api::points-rule.points-rule').count({ where: { scheme: 'base60', active: true } }), { timeout: 15_000 }).toBe(8);
    await page.keyboard.press('Escape');

    // edit a rule: 2.5 points is stored exactly as 25 tenths
    const rule = await ctx.strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
    await page.goto(`${ctx.baseUrl}/#/points-rules/${rule.documentId}`);
    const points = page.locator('input[name="pointsTenths"]');
    await points.waitFor({ timeout: 20_000 });
    await points.fill('2.5');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::points-rule.points-rule').findOne({ where: { id: rule.id } })).pointsTenths, { timeout: 15_000 }).toBe(25);
    const c = await roleCallers();
    const fresh = (await c.county.request('GET', `/ra/points-rules/${rule.documentId}`)).body;
    expect((await c.county.request('PUT', `/ra/points-rules/${rule.documentId}`, { ...fresh, pointsTenths: 20 })).status).toBe(200);
  });
});
