// Command and dispatch through the panel: a grid worker reports an event with a photo on a phone
// (375 px) and logs a visit; the township centre dispatches it in one click (快办) on the events
// board and closes it with a result and the reporter's rating; the county's assessment table and
// chart show the month.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { PASSWORD } from '../api/callers';
import { PNG } from '../api/files';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

run('events and dispatch in the panel', () => {
  it('a grid worker reports on a phone; the township centre dispatches and closes; the county sees the assessment', async () => {
    const description = `网页端上报 ${Date.now()}`;

    // 1. the phone view: report with a photo, log a visit
    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-branch', PASSWORD);
    await phone.goto(`${ctx.baseUrl}/#/grid-phone`);
    await phone.locator('[data-testid="grid-phone"]').waitFor({ timeout: 20_000 });
    await phone.locator('[data-testid="report-description"] textarea').first().fill(description);
    await phone.locator('[data-testid="report-photo"]').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: PNG });
    await phone.locator('[data-testid="report-submit"]').click();
    await phone.locator('text=/事件已上报/').waitFor({ timeout: 20_000 });
    const event = await ctx.strapi.db.query('api::event.event').findOne({ where: { description }, populate: ['photos'] });
    expect(event).toMatchObject({ state: 'reported' });
    expect(event.photos).toHaveLength(1);
    await phone.locator('[data-testid="visit-submit"]').click();
    await phone.locator('text=/已登记进网格/').waitFor({ timeout: 15_000 });
    await expect.poll(() => phone.locator('[data-testid="visit-person"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await noSideways(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'events-grid-phone');

    // 2. the township centre: the new event, 快办 in one click, then close with a result and rating
    const desk = await newPage(1280, 900);
    await login(desk, ctx.baseUrl, 't-township', PASSWORD);
    await desk.goto(`${ctx.baseUrl}/#/events-board`);
    const card = desk.locator(`[data-testid="event-row"][data-code="${event.code}"]`);
    await card.waitFor({ timeout: 20_000 });
    await card.locator('[data-testid="dispatch-quick"]').click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::event.event').findOne({ where: { id: event.id } })).state, { timeout: 15_000 }).toBe('in_progress');
    await desk.locator('[data-testid="tab-assigned"]').click();
    await card.waitFor({ timeout: 20_000 });
    await card.locator('[data-testid="close-event"]').click();
    await desk.locator('[data-testid="dialog-text"] textarea').first().fill('网格员已现场清理');
    await desk.locator('[data-testid="dialog-confirm"]').click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::event.event').findOne({ where: { id: event.id } })).state, { timeout: 15_000 }).toBe('closed');
    const closed = await ctx.strapi.db.query('api::event.event').findOne({ where: { id: event.id } });
    expect(closed).toMatchObject({ mode: 'quick', result: '网格员已现场清理', satisfaction: 5 });
    await screenshot(desk, 'events-board');

    // 3. the county's assessment: table and chart for this month
    const county = await newPage(1280, 900);
    await login(county, ctx.baseUrl, 't-county', PASSWORD);
    await county.goto(`${ctx.baseUrl}/#/events-assessment`);
    await county.locator('[data-testid="assessment-table"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => county.locator('[data-testid="assessment-table"] tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(13);
    await county.locator('[data-testid="assessment-chart"] canvas').waitFor({ timeout: 15_000 });
    await county.getByRole('button', { name: '按县直部门' }).click();
    await county.locator('text=/县城管局|城管/').first().waitFor({ timeout: 15_000 });
    await screenshot(county, 'events-assessment');
  });
});
