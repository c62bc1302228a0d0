// The approval queue in context: on a desk each proposal shows its branch, whether it has evidence
// and who proposed it by name; on a phone the cards keep the date and 通过/驳回, and bulk selection works.
import { expect, it } from 'vitest';
import { anchors, PASSWORD, roleCallers } from '../api/callers';
import { demoPeople } from '../../seeds/demo-users';
import { todayInChina } from '../../seeds/points';
import { browserDescribe, login, screenshot, usePanel } from './browser';
import { PNG } from '../api/files';

const run = browserDescribe();
const { ctx, page: newPage } = usePanel();
const ENTRY = 'api::points-entry.points-entry';

run('approval queue', () => {
  it('township approves in context on a desk, and in bulk or one by one on a phone', async () => {
    const a = await anchors();
    const c = await roleCallers();
    const { names } = await demoPeople(ctx.strapi);
    const q = (uid: string) => ctx.strapi.db.query(uid);
    const rule = (code: string) => q('api::points-rule.points-rule').findOne({ where: { code } });
    const members = await q('api::member.member').findMany({ where: { partyOrganisation: a.branch.id, code: { $notNull: true } }, orderBy: { code: 'desc' }, limit: 3 });
    const tag = `审批队列测试${Date.now()}`;
    // one proposal with evidence (志愿服务 needs it), two without
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), '志愿服务凭证.png');
    const uploaded = await (await fetch(`${ctx.baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${c.branch.jwt}` }, body: form })).json();
    const bodies = [
      { member: members[0].documentId, rule: (await rule('base60.volunteer')).documentId, evidence: uploaded[0].id },
      { member: members[1].documentId, rule: (await rule('base60.study')).documentId },
      { member: members[2].documentId, rule: (await rule('base60.study')).documentId },
    ];
    for (const [i, b] of bodies.entries()) {
      const res = await c.branch.request('POST', '/ra/points-entries', { ...b, occurredOn: todayInChina(), reason: `${tag}-${i}` });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const url = `${ctx.baseUrl}/#/points-entries?filter=${encodeURIComponent(JSON.stringify({ status: 'pending', q: tag }))}`;

    const desk = await newPage(1440, 900);
    await login(desk, ctx.baseUrl, 't-township', PASSWORD);
    await desk.goto(url);
    const rows = desk.locator('table tbody tr', { hasText: tag });
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(3);
    // the branch column resolves member → 党支部 in a second fetch: wait for every row, not just the first
    const complete = async () => (await rows.allInnerTexts()).every((t) => t.includes(a.branch.name) && t.includes(names.branch));
    await expect.poll(complete, { timeout: 10_000 }).toBe(true);
    for (const text of await rows.allInnerTexts()) expect(text).not.toContain('t-branch');
    expect(await desk.locator('table tbody [data-testid="evidence-marker"]').count()).toBe(1);
    await screenshot(desk, 'approval-queue-desk');

    const phone = await newPage(375, 812, desk);
    await phone.goto(url);
    const cards = phone.locator('[data-testid="entry-card"]', { hasText: tag });
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(3);
    const day = todayInChina().split('-').map(Number).join('/');
    for (let i = 0; i < 3; i++) {
      const card = cards.nth(i);
      expect(await card.innerText()).toContain(day);
      await card.getByRole('button', { name: '通过' }).waitFor();
      await card.getByRole('button', { name: '驳回' }).waitFor();
    }
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(phone, 'approval-queue-phone');
    // two by bulk selection
    await cards.nth(1).getByRole('checkbox').check();
    await cards.nth(2).getByRole('checkbox').check();
    await phone.getByRole('button', { name: '审批通过' }).click();
    await phone.getByRole('button', { name: '确认通过' }).click();
    const statusOf = async (i: number) => (await q(ENTRY).findOne({ where: { reason: `${tag}-${i}` } })).status;
    await expect.poll(async () => (await Promise.all([0, 1, 2].map(statusOf))).filter((s) => s === 'approved').length, { timeout: 15_000 }).toBe(2);
    // the last one rejected from its own card
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(1);
    await cards.first().getByRole('button', { name: '驳回' }).click();
    await phone.getByRole('textbox', { name: '驳回理由' }).fill('凭证不清晰');
    await phone.getByRole('button', { name: '确认驳回' }).click();
    await expect.poll(async () => (await Promise.all([0, 1, 2].map(statusOf))).sort().join(), { timeout: 15_000 }).toBe('approved,approved,rejected');
  });
});
