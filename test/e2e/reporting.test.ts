// Reporting in the panel: each role's dashboard (charts, 待办, a phone that never scrolls sideways),
// a filtered list exported from the server, an import checked and then committed, and a branch
// roster printed to A4 PDF whose verification code checks out.
import fs from 'fs';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'path';
import { ARTIFACTS, browserDescribe, login, screenshot, usePanel } from './browser';
import { anchors, PASSWORD } from '../api/callers';
import { readXlsx, xlsxOf } from '../api/xlsx';
import { resourceLabels } from '../../cms/src/labels/resources-zh';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const M = resourceLabels.members.fields;

const dashboardOf = async (page: Page) => {
  await page.locator('[data-testid="dashboard-charts"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="dashboard-members"] canvas').waitFor();
  await page.locator('[data-testid="dashboard-todo"]').waitFor();
};

run('reporting in the panel', () => {
  it('every staff role sees its dashboard; the county\'s 待办 opens the approval queue; a phone never scrolls sideways', async () => {
    const county = await newPage(1440, 900);
    await login(county, ctx.baseUrl, 't-county', PASSWORD);
    await dashboardOf(county);
    for (const id of ['dashboard-points', 'dashboard-grids', 'dashboard-branches', 'dashboard-structure', 'dashboard-approvals']) {
      await county.locator(`[data-testid="${id}"]`).waitFor();
    }
    await screenshot(county, 'reporting-dashboard-county');
    await county.locator('[data-testid="todo-approvals"]').click();
    await county.waitForURL(/#\/points-entries\?filter=/);
    expect(decodeURIComponent(county.url())).toContain('"status":"pending"');

    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-township', PASSWORD);
    await dashboardOf(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'reporting-dashboard-township-phone');
    // the members chart's list button opens the member list
    await phone.locator('[data-testid="dashboard-members"]').getByRole('link', { name: '查看列表' }).click();
    await phone.waitForURL(/#\/members/);

    const branch = await newPage(1280, 900);
    await login(branch, ctx.baseUrl, 't-branch', PASSWORD);
    await dashboardOf(branch);
    expect(await branch.locator('[data-testid="dashboard-structure"]').count()).toBe(0);
  });

  it('exports a filtered list from the server, with the filter kept', async () => {
    const page = await newPage(1280, 900);
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/members?filter=${encodeURIComponent(JSON.stringify({ status: 'probationary' }))}`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 20_000 });
    const total = await ctx.strapi.db.query('api::member.member').count({ where: { status: 'probationary', township: (await anchors()).township.id } });
    await page.locator('[data-testid="export-button"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: '导出 Excel（.xlsx）' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^党员-\d{8}\.xlsx$/);
    const rows = await readXlsx(fs.readFileSync(await download.path()));
    expect(rows[0]).toContain(M.status);
    expect(rows.length - 1).toBe(total);
    expect(rows.slice(1).every((r) => r[rows[0].indexOf(M.status)] === '预备党员')).toBe(true);
  });

  it('imports members: the check lists what would be written, the import writes it with a progress bar', async () => {
    const { branch } = await anchors();
    const stamp = Date.now().toString(36).toUpperCase().slice(-5);
    const file = await xlsxOf([
      [M.code, M.name, M.gender, M.birthDate, M.joinedDate, M.status, M.partyOrganisation],
      [`ZWEB${stamp}1`, '网页导入甲', '男', '1988-08-08', '2012-07-01', '正式党员', branch.code],
      [`ZWEB${stamp}2`, '网页导入乙', '女', '1992-02-02', '2020-07-01', '预备党员', branch.name],
    ]);
    const page = await newPage(1280, 900);
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/members`);
    await page.locator('[data-testid="import-link"]').click();
    await page.waitForURL(/#\/import\?kind=members/);
    await page.locator('[data-testid="import-file"]').setInputFiles({ name: '新党员.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    await page.locator('[data-testid="import-check"]').click();
    await expect.poll(() => page.locator('[data-testid="import-checked"]').innerText(), { timeout: 20_000 }).toContain('将新增 2 行');
    expect(await ctx.strapi.db.query('api::member.member').count({ where: { code: { $startsWith: `ZWEB${stamp}` } } })).toBe(0);
    await screenshot(page, 'reporting-import-checked');
    await page.locator('[data-testid="import-commit"]').click();
    await expect.poll(() => page.locator('[data-testid="import-done"]').innerText(), { timeout: 30_000 }).toContain('新增 2 行');
    expect(await ctx.strapi.db.query('api::member.member').count({ where: { code: { $startsWith: `ZWEB${stamp}` }, partyOrganisation: branch.id } })).toBe(2);
  });

  it('prints a branch roster on A4 with page numbers and a code that verifies', async () => {
    const { branch } = await anchors();
    const page = await newPage(1280, 900);
    await login(page, ctx.baseUrl, 't-branch', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/party-organisations/${branch.documentId}/show`);
    await page.locator('[data-testid="print-roster"]').click();
    await page.locator('[data-testid="print-sheet"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="print-qr"]').waitFor();
    const code = await page.locator('[data-testid="print-code"]').innerText();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const text = await page.locator('[data-testid="print-sheet"]').innerText();
    expect(text).toContain(`单位：王集镇 · ${branch.name}`);
    expect(text).toContain('打印时间：');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    const members = await ctx.strapi.db.query('api::member.member').count({ where: { partyOrganisation: branch.id } });
    expect(pages).toBeGreaterThanOrEqual(members > 30 ? 2 : 1);
    fs.writeFileSync(path.join(ARTIFACTS, 'reporting-roster.pdf'), pdf);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'reporting-roster');
    await page.goto(`${ctx.baseUrl}/#/verify/${code}`);
    await expect.poll(() => page.locator('[data-testid="verify-result"]').innerText(), { timeout: 20_000 }).toContain('一致');
  });
});
