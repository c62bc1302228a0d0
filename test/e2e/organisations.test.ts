// 党组织 as a tree: a branch secretary lands on their own branch; a township's committee unfolds into
// one row per organisation (no nested tables), each with the totals of its whole subtree.
import { expect, it } from 'vitest';
import { anchors, PASSWORD } from '../api/callers';
import { browserDescribe, login, screenshot, usePanel } from './browser';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const ORG = 'api::party-organisation.party-organisation';

run('the organisation tree', () => {
  it('starts a branch secretary at their branch and a township at its committee, with totals, on a desk and a phone', async () => {
    const a = await anchors();
    const q = (uid: string) => ctx.strapi.db.query(uid);
    const groups = await q(ORG).count({ where: { parent: a.branch.id } });
    const inBranch = await q('api::member.member').count({ where: { partyOrganisation: a.branch.id } });

    const branch = await newPage(1440, 900);
    await login(branch, ctx.baseUrl, 't-branch', PASSWORD);
    await branch.goto(`${ctx.baseUrl}/#/party-organisations`);
    const rows = branch.locator('[data-testid="org-tree-row"]');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => rows.first().innerText()).toContain(a.branch.name);
    expect(await rows.first().innerText()).toContain(`党员 ${inBranch} 名`);
    await rows.first().getByRole('button', { name: /展开/ }).click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1 + groups);
    await screenshot(branch, 'org-tree-branch');

    const township = await newPage(1440, 900);
    await login(township, ctx.baseUrl, 't-township', PASSWORD);
    await township.goto(`${ctx.baseUrl}/#/party-organisations`);
    const trows = township.locator('[data-testid="org-tree-row"]');
    await expect.poll(() => trows.count(), { timeout: 20_000 }).toBe(1);
    const inTownship = await q('api::member.member').count({ where: { township: a.township.id } });
    expect(await trows.first().innerText()).toContain(`党员 ${inTownship} 名`);
    const children = await q(ORG).count({ where: { parent: { township: a.township.id, level: 'committee' } } });
    await trows.first().getByRole('button', { name: /展开/ }).click();
    await expect.poll(() => trows.count(), { timeout: 15_000 }).toBe(1 + children);
    // a general branch shows how many branches it holds without being opened
    const general = township.locator('[data-testid="org-tree-row"][data-level="general_branch"]').first();
    expect(await general.innerText()).toMatch(/下辖 \d+ 个党支部/);
    await general.getByRole('button', { name: /展开/ }).click();
    await expect.poll(() => trows.count(), { timeout: 15_000 }).toBeGreaterThan(1 + children);
    // one row per organisation: no table headers or pagers inside the tree, and a page that stays short
    expect(await township.locator('[data-testid="org-tree"] thead, [data-testid="org-tree"] .MuiTablePagination-root').count()).toBe(0);
    const perRow = (await township.evaluate(() => document.documentElement.scrollHeight)) / (await trows.count());
    expect(perRow).toBeLessThan(80);
    await screenshot(township, 'org-tree-township');

    const phone = await newPage(375, 812, township);
    await phone.goto(`${ctx.baseUrl}/#/party-organisations`);
    await expect.poll(() => phone.locator('[data-testid="org-tree-row"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'org-tree-phone');
  });
});
