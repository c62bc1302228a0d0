// 综合执法 through the panel: a township login opens the penalty-power catalogue and filters it by
// batch, sees its team's staffing check (王集镇 is seeded short of certified officers), files a case
// and advances it a step with the button on the case's page.
import { expect, it } from 'vitest';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { PASSWORD, roleCallers } from '../api/callers';
import { addDays, chinaDay } from '../../cms/src/domain/meetings';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const CASE = 'api::enforcement-case.enforcement-case';

run('enforcement in the panel', () => {
  it('township staff open the catalogue, see their team\'s staffing, and advance a case a step', async () => {
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-township', PASSWORD);

    // 1. the catalogue, filtered to the second batch
    await page.goto(`${ctx.baseUrl}/#/penalty-powers`);
    await page.getByText('XZCF-1-001').first().waitFor({ timeout: 20_000 });
    await page.getByRole('combobox', { name: '赋权批次' }).click();
    await page.getByRole('option', { name: '第二批' }).click();
    await page.getByText(/^XZCF-2-\d{3}$/).first().waitFor({ timeout: 15_000 });
    expect(await page.getByText(/^XZCF-1-\d{3}$/).count()).toBe(0);
    await screenshot(page, 'enforcement-catalogue');

    // 2. the team list shows the staffing finding; the team page says why
    await page.goto(`${ctx.baseUrl}/#/enforcement-teams`);
    await page.getByText('王集镇综合行政执法局执法队').waitFor({ timeout: 15_000 });
    await page.getByText('未达标').first().waitFor();
    await page.getByText('王集镇综合行政执法局执法队').click();
    await page.getByText(/持证执法人员应不少于 6 名/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'enforcement-team');

    // 3. a case filed through the API as the township would, then advanced in the panel
    const township = await ctx.strapi.db.query('api::township.township').findOne({ where: { code: '321323102' } });
    const power = await ctx.strapi.db.query('api::penalty-power.penalty-power').findOne({ where: { code: 'XZCF-1-004' } });
    const parties = `网页端当事人${Date.now() % 100000}`;
    const res = await (await roleCallers()).township.request('POST', '/ra/enforcement-cases', {
      power: power.documentId, township: township.documentId, place: '王集镇集镇主街', parties, filedOn: addDays(chinaDay(new Date()), -3),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const filed = { documentId: res.body.id as string };
    await page.goto(`${ctx.baseUrl}/#/enforcement-cases/${filed.documentId}/show`);
    await page.getByText(parties, { exact: true }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '办理“调查”' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText('已办理“调查”').waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await ctx.strapi.db.query(CASE).findOne({ where: { documentId: filed.documentId } })).step, { timeout: 10_000 }).toBe('investigated');

    // the decision asks for the fine, and the server refuses one outside the band
    await page.getByRole('button', { name: '办理“决定”' }).click();
    await page.getByRole('spinbutton', { name: '罚款（元）' }).fill('99999');
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByText(/超出裁量范围 100–1000 元/).waitFor({ timeout: 15_000 });
    expect((await ctx.strapi.db.query(CASE).findOne({ where: { documentId: filed.documentId } })).step).toBe('investigated');
    await screenshot(page, 'enforcement-case');
  });
});
