// 积分排行 across the county with a branch filter and a Chinese pager; the app bar's search finds
// members, organisations and grids in scope, on a desk and (through its icon) on a phone.
import { expect, it } from 'vitest';
import { anchors, PASSWORD } from '../api/callers';
import { T } from '../../cms/src/points/tables';
import { todayInChina } from '../../seeds/points';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

run('ranking and search', () => {
  it('county ranks the whole county and narrows to a branch; pagers read in Chinese', async () => {
    const a = await anchors();
    const year = Number(todayInChina().slice(0, 4));
    const all = Number((await ctx.strapi.db.connection(T.memberYears).where({ year }).count({ n: '*' }).first()).n);
    const page = await newPage(1440, 900);
    await login(page, ctx.baseUrl, 't-county', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/points-ranking`);
    const pager = page.locator('.MuiTablePagination-displayedRows').first();
    await expect.poll(() => pager.innerText(), { timeout: 20_000 }).toBe(`1-25，共 ${all.toLocaleString('zh-CN')} 条`);
    await page.getByRole('combobox', { name: '党支部' }).fill(a.branch.name.slice(0, 3));
    await page.getByRole('option', { name: a.branch.name }).click();
    const inBranch = Number((await ctx.strapi.db.connection(T.memberYears).where({ year, branch_id: a.branch.id }).count({ n: '*' }).first()).n);
    await expect.poll(() => pager.innerText(), { timeout: 20_000 }).toMatch(new RegExp(`共 ${inBranch} 条$`));
    for (const text of await page.locator('[data-testid="leaderboard"] tbody tr').allInnerTexts()) expect(text).toContain(a.branch.name);
    await screenshot(page, 'ranking-county-branch');
  });

  it('finds a member by code from the app bar, never another township\'s; on a phone through the search icon', async () => {
    const a = await anchors();
    const other = await ctx.strapi.db.query('api::member.member').findOne({ where: { township: { code: '321323001' } }, orderBy: { id: 'asc' } });
    const page = await newPage(1440, 900);
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    const box = page.getByRole('combobox', { name: '搜索党员、党组织、网格' });
    await box.fill(other.code);
    await page.getByText('没有找到匹配的党员、党组织或网格').waitFor({ timeout: 20_000 });
    await box.fill(a.member.code);
    await page.getByRole('option', { name: new RegExp(a.member.name) }).click();
    await page.waitForURL(new RegExp(`#/members/${a.member.documentId}/show$`));
    await screenshot(page, 'search-desk');

    const phone = await newPage(375, 812, page);
    await phone.goto(`${ctx.baseUrl}/#/`);
    await phone.getByTestId('global-search-open').click();
    await phone.getByRole('combobox', { name: '搜索党员、党组织、网格' }).fill(a.branch.name);
    await phone.getByRole('option', { name: new RegExp(a.branch.name) }).first().click();
    await phone.waitForURL(/#\/party-organisations\/[^/]+\/show$/);
    await screenshot(phone, 'search-phone');
  });
});
