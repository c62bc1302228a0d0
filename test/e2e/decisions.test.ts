// Collective decisions through the panel: a township records a cadre appointment with the live check
// answering as it is typed, finalises it and prints it; a branch opens a 四议两公开 record and records
// its first step (a step out of order is flagged before saving).
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { anchors, PASSWORD } from '../api/callers';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();

async function pick(page: Page, label: string, text: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function select(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).first().click();
}

const decisionWhere = (subject: string) => ctx.strapi.db.query('api::decision.decision').findOne({ where: { subject } });

run('decisions in the panel', () => {
  it('a township records a cadre appointment, sees the live check, finalises and prints it', async () => {
    const { township } = await anchors();
    const organ = await ctx.strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { category: 'organ', township: township.id } });
    const committee = await ctx.strapi.db.query('api::member.member').findMany({ where: { partyOrganisation: organ.id }, orderBy: { code: 'asc' }, limit: 7 });
    const subject = `研究网页端干部任免测试 ${Date.now()}`;

    const page = await newPage();
    await login(page, ctx.baseUrl, 't-township', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/decisions/create`);
    await pick(page, '决策党组织', '委员会', /王集镇委员会/);
    await pick(page, '决策规则', '干部任免', /^干部任免$/);
    await page.getByRole('textbox', { name: '议题' }).fill(subject);
    await select(page, '决策机构', '党委会');
    for (const m of committee) await pick(page, '应到会成员', m.code, new RegExp(m.code));
    for (const m of committee.slice(0, 4)) await page.getByRole('checkbox', { name: new RegExp(m.code) }).check();
    await select(page, '书记（主持人）', new RegExp(committee[0].code));
    // four of seven present: the rule wants 2/3, and the check says so before anything is saved
    const live = page.locator('[data-testid="live-check"]');
    await expect.poll(() => live.innerText(), { timeout: 20_000 }).toContain('到会 4/7（至少 5）');
    expect(await live.innerText()).toContain('「干部任免」要求应到会成员三分之二以上到会');
    for (const m of committee.slice(4)) await page.getByRole('checkbox', { name: new RegExp(m.code) }).check();
    await page.getByRole('button', { name: '按到会名单排列（书记最后）' }).click();
    await select(page, '表决结果', '通过');
    await expect.poll(() => live.innerText(), { timeout: 20_000 }).toContain('符合规则，可以定稿。');
    expect(await live.innerText()).toContain('同意 7/7（至少 4）');
    await screenshot(page, 'decision-form');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(async () => (await decisionWhere(subject))?.status ?? null, { timeout: 15_000 }).toBe('draft');

    // the record's page: finalise (定稿) after one confirmation
    await page.getByRole('button', { name: '定稿' }).first().click();
    await page.getByRole('button', { name: '确认定稿' }).click();
    await expect.poll(async () => (await decisionWhere(subject)).status, { timeout: 15_000 }).toBe('final');
    const sealed = await decisionWhere(subject);
    expect(sealed).toMatchObject({ seq: expect.any(Number), finalisedByName: 't-township', checkStatus: 'ok' });
    await page.locator('[data-testid="verdict"]').getByText(/已定稿封存/).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);
    await screenshot(page, 'decision-finalised');

    // one A4 page with its verdict, printed by the browser
    await page.getByRole('link', { name: '打印' }).click();
    const print = page.locator('[data-testid="decision-print"]');
    await print.waitFor({ timeout: 15_000 });
    expect(await print.innerText()).toContain(subject);
    expect(await page.locator('[data-testid="print-verdict"]').innerText()).toContain('符合规则');
    expect(await print.innerText()).toContain(`已定稿封存：第 ${sealed.seq} 号`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'decision-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  it('a branch opens a 四议两公开 record and records its first step; a step out of order is flagged first', async () => {
    const subject = `网页端四议两公开测试 ${Date.now()}`;
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-branch', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/decisions/create`);
    const { branch } = await anchors();
    await pick(page, '决策党组织', branch.name.slice(0, 2), new RegExp(branch.name));
    await pick(page, '决策规则', '四议两公开', /四议两公开/);
    await page.locator('[data-testid="village-steps"]').getByText('党员大会审议').waitFor();
    await page.getByRole('textbox', { name: '议题' }).fill(subject);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await expect.poll(async () => (await decisionWhere(subject))?.status ?? null, { timeout: 15_000 }).toBe('draft');

    await page.getByRole('link', { name: /记录下一步：党组织提议/ }).click();
    const live = page.locator('[data-testid="live-check"]');
    await select(page, '步骤', '党员大会审议');
    await expect.poll(() => live.innerText(), { timeout: 20_000 }).toContain('保存将被拒绝');
    expect(await live.innerText()).toContain('「党员大会审议」须在「两委会商议」之后记录');
    await select(page, '步骤', '党组织提议');
    await select(page, '会议机构', '支委会');
    await page.getByRole('spinbutton', { name: '应到人数' }).fill('5');
    await page.getByRole('spinbutton', { name: '实到人数' }).fill('5');
    await page.getByRole('spinbutton', { name: '同意', exact: true }).fill('5');
    await expect.poll(() => live.innerText(), { timeout: 20_000 }).not.toContain('保存将被拒绝');
    await screenshot(page, 'decision-step-form');
    await page.getByRole('button', { name: '记录此步骤' }).click();
    const decision = await decisionWhere(subject);
    await expect.poll(async () => (await ctx.strapi.db.query('api::decision-step.decision-step').findMany({ where: { decision: decision.id } })).map((s: any) => s.step), { timeout: 15_000 }).toEqual(['propose']);
    await page.getByRole('link', { name: /记录下一步：两委会商议/ }).waitFor({ timeout: 15_000 });
    await screenshot(page, 'decision-village-steps');

    // the branch's list on a phone does not scroll sideways
    const phone = await newPage(375, 812);
    await login(phone, ctx.baseUrl, 't-branch', PASSWORD);
    await phone.goto(`${ctx.baseUrl}/#/decisions`);
    await phone.getByText(subject).waitFor({ timeout: 20_000 });
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'decisions-phone');
  });

  it('the county reads and edits the rules, verifies both chains and signs a digest', async () => {
    const page = await newPage();
    await login(page, ctx.baseUrl, 't-county', PASSWORD);
    await page.goto(`${ctx.baseUrl}/#/decision-rules`);
    const cadre = page.locator('table tbody tr', { hasText: /^干部任免/ });
    await cadre.waitFor({ timeout: 20_000 });
    expect(await cadre.innerText()).toMatch(/应到会成员三分之二以上[\s\S]*应到会成员过半数/);
    await cadre.click();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('spinbutton', { name: '分子' }).first().fill('1');
    await page.getByRole('spinbutton', { name: '分母' }).first().fill('2');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/规则「干部任免」低于《党政领导干部选拔任用工作条例》的要求/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'decision-rule-refused');

    await page.goto(`${ctx.baseUrl}/#/chain-digests`);
    await page.getByRole('button', { name: '校验两条链' }).click();
    await page.getByText(/积分台账完整/).waitFor({ timeout: 30_000 });
    await page.getByText(/决策记录完整/).waitFor({ timeout: 30_000 });
    const before = await ctx.strapi.db.query('api::chain-digest.chain-digest').count();
    await page.getByRole('button', { name: '立即签名' }).click();
    await expect.poll(() => ctx.strapi.db.query('api::chain-digest.chain-digest').count(), { timeout: 15_000 }).toBe(before + 1);
    await page.locator('table tbody tr').first().click();
    await page.getByRole('button', { name: '核验' }).click();
    await page.getByText(/签名有效，两条链均在此摘要之后延续/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'chain-digest');
  });
});
