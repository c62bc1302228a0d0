// Walks a signed-in user's whole menu at one viewport: every entry, and the first record each list
// opens; checks each screen's text and saves a screenshot. Shared by the role-walk test and by
// anyone who wants to look at the panel as a role.
import type { Page } from 'playwright-core';
import { findProblems, settle, visibleText, type Problems } from './page-checks';

export interface Visit {
  url: string;
  kind: 'menu' | 'record';
  title: string;
  problems: Problems;
  /** false when the screen never stopped loading */
  settled: boolean;
  ms: number;
  shot?: string;
}

export interface MenuItem {
  label: string;
  href: string;
}

/** The menu as shown: on a phone the drawer is opened first (and closed again). */
export async function readMenu(page: Page, phone: boolean): Promise<MenuItem[]> {
  if (phone) {
    await page.getByRole('button', { name: /打开菜单|open drawer|open menu/i }).first().click();
  }
  const menu = page.locator('[data-testid="app-menu"]').first();
  await menu.locator('a').first().waitFor({ state: 'visible', timeout: 20_000 });
  const items = await menu.locator('a').evaluateAll((links) => links.map((a) => ({ label: (a.textContent ?? '').trim(), href: (a as HTMLAnchorElement).getAttribute('href') ?? '' })));
  if (phone) await page.keyboard.press('Escape');
  return items;
}

const SHOW_LINK = /#\/[a-z-]+\/[^/?#]+\/show$/;

/** Opens the first record of the list on screen, if it has one: a link to one of its own records'
 * pages (else any record page it links to), or a row. */
async function openFirstRecord(page: Page, listHash: string): Promise<boolean> {
  const resource = /^#\/([a-z-]+)/.exec(listHash)?.[1];
  const own = page.locator(`#main-content a[href^="#/${resource}/"][href$="/show"]`).first();
  const link = (await own.count()) ? own : page.locator('#main-content a[href*="/show"]').first();
  if (await link.count()) {
    const href = await link.getAttribute('href');
    if (href && SHOW_LINK.test(href)) {
      await page.goto(new URL(href, page.url()).toString());
      return true;
    }
  }
  // Resource lists open a record by row; custom pages (rankings) are left alone.
  if (!/^#\/[a-z-]+(\?.*)?$/.test(listHash)) return false;
  const row = page.locator('#main-content table tbody tr').first();
  if (!(await row.count())) return false;
  // The first cell after the selection box: the last ones may hold buttons or phone links.
  const cells = row.locator('td:not(:has(input[type="checkbox"]))');
  await cells.nth(Math.min(1, (await cells.count()) - 1)).click();
  try {
    await page.waitForURL(/\/show$/, { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

interface WalkOptions {
  shotPrefix: string;
  /** words that are data, not UI text (login names) */
  dataWords: string[];
  shoot: (page: Page, name: string) => Promise<string>;
  /** which menu entries also open their first record (all by default) */
  openRecord?: (href: string) => boolean;
}

export async function walkMenu(page: Page, baseUrl: string, items: MenuItem[], opts: WalkOptions): Promise<Visit[]> {
  const visits: Visit[] = [];
  const check = async (kind: Visit['kind'], i: number, slug: string) => {
    const started = Date.now();
    const settled = await settle(page);
    const title = (await page.locator('#react-admin-title').first().textContent().catch(() => '')) ?? '';
    const problems = findProblems(await visibleText(page), opts.dataWords);
    const shot = await opts.shoot(page, `${opts.shotPrefix}-${String(i).padStart(2, '0')}-${slug}${kind === 'record' ? '-record' : ''}`);
    visits.push({ url: page.url().replace(baseUrl, ''), kind, title, problems, settled, ms: Date.now() - started, shot });
  };
  for (const [i, item] of items.entries()) {
    await page.goto(new URL(item.href, baseUrl + '/').toString());
    const slug = item.href.replace(/^#\/?/, '').replace(/[^a-z0-9-]+/gi, '-') || 'dashboard';
    await check('menu', i, slug);
    if ((opts.openRecord?.(item.href) ?? true) && (await openFirstRecord(page, new URL(page.url()).hash))) await check('record', i, slug);
  }
  return visits;
}
