// The county's settings as forms: grade bands, staffing rows and template offices, with the
// server's own checks shown at the row before anything is sent.
import { expect, it } from 'vitest';
import { PASSWORD, roleCallers } from '../api/callers';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

run('settings forms', () => {
  it('county edits grade bands and template offices as rows; a wrong value is refused at its row', async () => {
    const q = (uid: string) => ctx.strapi.db.query(uid);
    const rule = await q('api::appraisal-rule.appraisal-rule').findOne({ where: { kind: 'member_grades' } });
    const page = await newPage(1440, 900);
    await login(page, ctx.baseUrl, 't-county', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/appraisal-rules/${rule.documentId}`);
    const excellent = page.locator('input[name="parameters.bands.0.min"]');
    await excellent.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('grade-bands-input').innerText()).toMatch(/优秀[\s\S]*不可（国家规定）/);
    const qualified = Number(await page.locator('input[name="parameters.bands.1.min"]').inputValue());
    const current = Number(await excellent.inputValue());
    await excellent.fill(String(qualified));
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('优秀的分数下限应高于合格').first().waitFor({ timeout: 10_000 });
    expect((await q('api::appraisal-rule.appraisal-rule').findOne({ where: { id: rule.id } })).parameters).toEqual(rule.parameters);
    // half a point more than before: stored exactly, in tenths
    await excellent.fill(String(current + 0.5));
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await q('api::appraisal-rule.appraisal-rule').findOne({ where: { id: rule.id } })).parameters.bands[0].min, { timeout: 15_000 })
      .toBe(Math.round(current * 10) + 5);
    await screenshot(page, 'settings-grade-bands');

    const template = await q('api::office-template.office-template').findOne({ where: { code: '1-6-1' } });
    await page.goto(`${ctx.baseUrl}/#/office-templates/${template.documentId}`);
    const firstName = page.locator('input[name="offices.0.name"]');
    await firstName.waitFor({ timeout: 20_000 });
    await page.locator('input[name="offices.1.name"]').fill(await firstName.inputValue());
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/机构名称“.+”重复/).first().waitFor({ timeout: 10_000 });
    expect((await q('api::office-template.office-template').findOne({ where: { id: template.id } })).offices).toEqual(template.offices);
    await screenshot(page, 'settings-offices-refused');

    // staffing rows on a phone: one column, nothing wider than the screen
    const std = await q('api::grid-standard.grid-standard').findOne({ where: { kind: 'urban' } });
    const phone = await newPage(375, 812, page);
    await phone.goto(`${ctx.baseUrl}/#/grid-standards/${std.documentId}`);
    await phone.locator('input[name="roles.0.label"]').waitFor({ timeout: 20_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'settings-staffing-phone');

    const c = await roleCallers();
    expect((await c.county.request('PUT', `/ra/appraisal-rules/${rule.documentId}`, { parameters: rule.parameters })).status).toBe(200);
  });
});
