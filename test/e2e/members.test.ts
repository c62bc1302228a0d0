// A member's record as people use it: the standard 党员信息, this year's points with the way to
// 党员积分, the ID number masked in lists and for the member, checked on edit; greetings by name;
// a member opens an entry from 积分明细 and does not see the ledger chain.
import { expect, it } from 'vitest';
import { anchors, PASSWORD } from '../api/callers';
import { demoPeople } from '../../seeds/demo-users';
import { maskIdNumber } from '../../cms/src/domain/members/id-number';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
// A 1×1 PNG, enough for the upload to treat it as an image.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const { ctx, page: newPage } = usePanel();

run('member records', () => {
  it('staff see the full record with points and a masked list; edits check the ID number', async () => {
    const a = await anchors();
    const { names } = await demoPeople(ctx.strapi);
    const m = await ctx.strapi.db.query('api::member.member').findOne({ where: { id: a.member.id } });
    const page = await newPage(1440, 900);
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.getByTestId('welcome-name').filter({ hasText: `您好，${names.township}` }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('welcome-unit').innerText()).toContain(a.township.name);

    await page.goto(`${ctx.baseUrl}/#/members?filter=${encodeURIComponent(JSON.stringify({ q: m.code }))}`);
    const row = page.locator('table tbody tr', { hasText: m.name }).first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.innerText()).toContain(maskIdNumber(m.idNumber));
    expect(await row.innerText()).not.toContain(m.idNumber);

    await page.goto(`${ctx.baseUrl}/#/members/${m.documentId}/show`);
    const summary = page.getByTestId('member-points-summary');
    await summary.waitFor({ timeout: 20_000 });
    const text = await page.locator('#main-content').innerText();
    for (const v of [m.idNumber, m.ethnicity, m.employer, m.introducers, '入党介绍人', '转正日期', '学历']) expect(text).toContain(v);
    expect(await summary.innerText()).toMatch(/年度积分\s*[\d.]+\s*分/);
    await screenshot(page, 'member-record');
    await summary.getByRole('link', { name: '查看党员积分' }).click();
    await page.waitForURL(new RegExp(`/my-points\\?member=${m.documentId}`));
    await page.getByTestId('my-points-total').waitFor({ timeout: 20_000 });

    await page.goto(`${ctx.baseUrl}/#/members/${m.documentId}`);
    const id = page.locator('input[name="idNumber"]');
    await id.waitFor({ timeout: 20_000 });
    await id.fill(m.idNumber.slice(0, 17) + (m.idNumber[17] === '1' ? '2' : '1'));
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('身份证号校验位不正确，请核对').first().waitFor({ timeout: 10_000 });
    expect((await ctx.strapi.db.query('api::member.member').findOne({ where: { id: m.id } })).idNumber).toBe(m.idNumber);
    // put the number right and add a photo: uploaded on save, then linked to the member
    await id.fill(m.idNumber);
    await page.locator('input[type="file"]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await ctx.strapi.db.query('api::member.member').findOne({ where: { id: m.id }, populate: ['photo'] })).photo?.mime ?? null, { timeout: 20_000 }).toBe('image/png');
    await page.getByTestId('member-photo').locator('img').waitFor({ timeout: 20_000 });
  });

  it('a member on a phone sees a masked ID number, opens an entry from 积分明细, and no ledger chain', async () => {
    const a = await anchors();
    const m = await ctx.strapi.db.query('api::member.member').findOne({ where: { id: a.member.id } });
    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-member', PASSWORD);
    await phone.getByTestId('welcome-name').filter({ hasText: `您好，${m.name}` }).waitFor({ timeout: 20_000 });
    await phone.goto(`${ctx.baseUrl}/#/me`);
    await phone.getByTestId('member-points-summary').waitFor({ timeout: 20_000 });
    const text = await phone.locator('#main-content').innerText();
    expect(text).toContain(maskIdNumber(m.idNumber));
    expect(text).not.toContain(m.idNumber);
    await phone.goto(`${ctx.baseUrl}/#/my-points`);
    const row = phone.getByTestId('my-points-history-row').first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    await phone.waitForURL(/#\/points-entries\/[^/]+\/show$/);
    await phone.getByText('积分信息').first().waitFor({ timeout: 20_000 });
    expect(await phone.getByText('账本链').count()).toBe(0);
    expect(await phone.getByText('哈希').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'member-entry-phone');
  });
});
