// Meetings through the panel on a phone: a township login logs a theme day, takes attendance at
// 375 px (one request for the whole list), adds a photo and finalises; the member sees the meeting
// and its points in 我的参会 and 我的积分; the county's compliance matrix shows the month held.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { PASSWORD } from '../api/callers';
import { PNG } from '../api/files';
import { ensureUser } from '../../seeds/demo-users';
import { bulkBranch, TODAY } from '../api/meeting-helpers';
import { addDays } from '../../cms/src/domain/meetings';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

run('meetings in the panel', () => {
  it('a township logs and finalises a theme day on a phone; the member sees the points; the county matrix shows it', async () => {
    const b = await bulkBranch(ctx.strapi, { n: 6 });
    const [first, , , excused, absent] = b.members;
    await ensureUser(ctx.strapi, { username: 't-member-meeting', password: PASSWORD, role: 'member', member: first.id });
    const topic = `网页端主题党日 ${Date.now()}`;
    const heldOn = addDays(TODAY, -1);

    // 1. the township logs the meeting on a phone
    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-township', PASSWORD);
    await phone.goto(`${ctx.baseUrl}/#/meetings/create`);
    const org = phone.getByRole('combobox', { name: '党组织' });
    await org.click();
    await org.fill(b.branch.name);
    await phone.getByRole('option', { name: b.branch.name }).first().click();
    await phone.getByRole('combobox', { name: '会议类型' }).click();
    await phone.getByRole('option', { name: '主题党日' }).click();
    await phone.locator('input[name="startsAt"]').fill(`${heldOn}T09:00`);
    await phone.getByRole('textbox', { name: '议题' }).fill(topic);
    await phone.getByRole('textbox', { name: '活动主题' }).fill('重温入党誓词');
    expect(await noSideways(phone)).toBeLessThanOrEqual(375);
    await phone.getByRole('button', { name: '保存' }).click();

    // 2. attendance on the phone: everyone due is listed; one on leave with a reason, one absent, the rest present
    const taker = phone.locator('[data-testid="attendance-taker"]');
    await taker.waitFor({ timeout: 20_000 });
    await expect.poll(() => phone.locator('[data-testid="attendance-row"]').count(), { timeout: 15_000 }).toBe(6);
    const row = (m: { documentId?: string }) => phone.locator(`[data-testid="attendance-row"][data-member="${m.documentId}"]`);
    await row(excused).getByRole('button', { name: '请假' }).click();
    await row(excused).getByRole('textbox', { name: '请假事由' }).fill('外出务工');
    await row(absent).getByRole('button', { name: '缺席' }).click();
    await phone.getByRole('button', { name: '其余全部出席' }).click();
    expect(await noSideways(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'meeting-attendance-phone');
    const saves: string[] = [];
    phone.on('request', (r) => { if (r.method() === 'PUT' && r.url().includes('/attendance')) saves.push(r.url()); });
    await phone.getByRole('button', { name: '保存' }).click();
    await phone.locator('text=/已保存 6 人的出勤/').waitFor({ timeout: 15_000 });
    expect(saves).toHaveLength(1); // the whole list in one request
    const meeting = await ctx.strapi.db.query('api::meeting.meeting').findOne({ where: { topic } });
    expect(meeting).toMatchObject({ status: 'draft', kind: 'theme_day' });

    // a photo from the phone's camera roll
    await phone.locator('[data-testid="photo-input"]').setInputFiles({ name: '主题党日.png', mimeType: 'image/png', buffer: PNG });
    await phone.locator('text=/已有 1 张/').waitFor({ timeout: 15_000 });

    // 3. finalise
    await phone.getByRole('button', { name: '定稿' }).click();
    await phone.getByRole('button', { name: '确认定稿' }).click();
    await phone.locator('text=/已定稿：记参会积分 4 条/').waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await ctx.strapi.db.query('api::meeting.meeting').findOne({ where: { id: meeting.id } })).status, { timeout: 15_000 }).toBe('finalised');
    const stored = await ctx.strapi.db.query('api::meeting.meeting').findOne({ where: { id: meeting.id }, populate: ['photos'] });
    expect(stored).toMatchObject({ counted: true, verdict: expect.objectContaining({ due: 6, present: 4 }) });
    expect(stored.photos).toHaveLength(1);
    const entries = await ctx.strapi.db.query('api::points-entry.points-entry').findMany({ where: { meeting: meeting.id } });
    expect(entries).toHaveLength(4);
    expect(entries.every((e: any) => e.status === 'approved')).toBe(true);
    await phone.locator('[data-testid="attendance-counts"]').waitFor({ timeout: 15_000 });
    expect(await noSideways(phone)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'meeting-finalised-phone');

    // 4. the member sees the meeting and its points on their phone
    const member = await newPage(375, 812);
    await login(member, ctx.baseUrl, 't-member-meeting', PASSWORD);
    await member.goto(`${ctx.baseUrl}/#/my-meetings`);
    const card = member.locator(`[data-testid="my-meeting"][data-meeting="${meeting.documentId}"]`);
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.innerText()).toMatch(/出席/);
    await expect.poll(() => card.locator('[data-testid="meeting-points"]').innerText()).toMatch(/\+2/);
    expect(await member.locator('[data-testid="my-meetings-points"]').innerText()).toBe('2');
    expect(await noSideways(member)).toBeLessThanOrEqual(375);
    await screenshot(member, 'my-meetings-phone');
    await member.goto(`${ctx.baseUrl}/#/my-points`);
    await expect.poll(() => member.locator('[data-testid="my-points-total"]').innerText(), { timeout: 20_000 }).toBe('2');

    // 5. the county's matrix: 王集镇 → the branch → the month is held for 主题党日
    const county = await newPage(1280, 900);
    await login(county, ctx.baseUrl, 't-county', PASSWORD);
    await county.goto(`${ctx.baseUrl}/#/meetings-compliance`);
    await county.locator('[data-testid="summary-row"][data-township="王集镇"]').click({ timeout: 30_000 });
    await county.getByRole('combobox', { name: '会议类型' }).click();
    await county.getByRole('option', { name: '主题党日' }).click();
    await county.getByRole('textbox', { name: '按名称查找党组织' }).fill(b.branch.name);
    const cell = county.locator(`[data-testid="compliance-row"][data-organisation="${b.branch.documentId}"] [data-testid="cell-${heldOn.slice(0, 7)}"]`);
    await expect.poll(() => cell.getAttribute('data-status'), { timeout: 20_000 }).toBe('held');
    await screenshot(county, 'meetings-compliance-county');
    // drill-down: the cell opens that month's meetings of the organisation
    await cell.click();
    await county.locator('table tbody tr', { hasText: '重温入党誓词' }).first().waitFor({ timeout: 20_000 });
  });
});
