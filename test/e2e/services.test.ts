// 窗口工作台 in the browser: a township window receives a case from the keyboard (item, applicant,
// Enter), finds it in the open list, finishes it with F and records the applicant's rating with 5 —
// two steps, written through the same API the tests check.
import { expect, it } from 'vitest';
import { PASSWORD } from '../api/callers';
import { idCheckChar } from '../../cms/src/domain/services/id-number';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const CASE = 'api::approval-case.approval-case';

run('service desk', () => {
  it('a window receives a case and finishes it in two steps, from the keyboard', async () => {
    const page = await newPage(1366, 900);
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/service-desk`);
    await page.locator('[data-testid="service-desk"]').waitFor({ timeout: 30_000 });
    const applicant = `窗口测试${Date.now() % 100000}`;
    const id17 = '32132319900315002';

    // 受理: pick the item by typing, fill the applicant, Enter
    const item = page.getByRole('combobox', { name: '事项' });
    await item.click();
    await item.fill('居民用电新装');
    await page.getByRole('option', { name: /居民用电新装/ }).first().waitFor({ timeout: 15_000 });
    await item.press('ArrowDown');
    await item.press('Enter');
    await page.locator('[data-testid="desk-applicant"]').fill(applicant);
    await page.locator('[data-testid="desk-id-number"]').fill(id17 + idCheckChar(id17));
    await page.locator('[data-testid="desk-phone"]').fill('13812345678');
    await page.locator('[data-testid="desk-phone"]').press('Enter');
    await expect.poll(async () => (await ctx.strapi.db.query(CASE).findOne({ where: { applicantName: applicant } }))?.status, { timeout: 15_000 }).toBe('received');
    const received = await ctx.strapi.db.query(CASE).findOne({ where: { applicantName: applicant }, populate: { item: true } });
    expect(received.item.name).toBe('居民用电新装');

    // 办结: the case is in the open list; select it and press F
    const row = page.locator(`[data-testid="desk-open-row"][data-code="${received.code}"]`);
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.keyboard.press('f');
    await expect.poll(async () => (await ctx.strapi.db.query(CASE).findOne({ where: { id: received.id } })).status, { timeout: 15_000 }).toBe('finished');
    await page.locator('[data-testid="desk-rate"]').waitFor({ timeout: 15_000 });
    await page.keyboard.press('5');
    await expect.poll(async () => (await ctx.strapi.db.query(CASE).findOne({ where: { id: received.id } })).satisfaction, { timeout: 15_000 }).toBe(5);
    await row.waitFor({ state: 'detached', timeout: 15_000 });
    await screenshot(page, 'service-desk');

    // the case list shows it finished, with the ID number masked
    await page.goto(`${ctx.baseUrl}/#/approval-cases?filter=${encodeURIComponent(JSON.stringify({ q: applicant }))}`);
    await page.locator(`text=${received.code}`).waitFor({ timeout: 15_000 });
    await page.locator('text=/3213\\*{10}/').first().waitFor({ timeout: 15_000 });

    // the assessment table answers
    await page.goto(`${ctx.baseUrl}/#/services-assessment`);
    await page.locator('[data-testid="assessment-row"]').first().waitFor({ timeout: 15_000 });
  });
});
