// Headless Debian Chromium driven by playwright-core (never a downloaded browser).
import fs from 'fs';
import path from 'path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../../scripts/strapi';
import { testServer } from '../api/server';
import { roleCallers } from '../api/callers';

import { CHROMIUM } from './chromium';

export { CHROMIUM };
// Browser tests log in several times a minute from one address; the server's login limit is for people.
process.env.LOGIN_RATE_MAX ??= '100';
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Keeps a screenshot under test/artifacts/ (ignored by git) for people to look at. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Logs in through the panel's login form. */
export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForFunction(() => !!localStorage.getItem('token') || !!document.querySelector('[class*="RaLayout"]'), null, { timeout: 30_000 });
}

/** `describe`, or `describe.skip` when there is no Chromium (global-setup says why; CI refuses). */
export const browserDescribe = (): typeof describe => (inject('chromium') ? describe : describe.skip);

/**
 * Boots the test server (with the t-county … t-member logins) and a browser for the file's tests;
 * `page(width, height)` opens a fresh context, so each test logs in as whom it needs.
 */
export function usePanel() {
  const ctx = { baseUrl: '', strapi: null as any, browser: null as Browser | null };
  beforeAll(async () => {
    if (!inject('chromium')) return;
    const server = await testServer();
    ctx.baseUrl = server.baseUrl;
    ctx.strapi = server.strapi;
    await roleCallers();
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
  });
  /** A fresh context; `from` carries another page's sign-in over (one login per role). */
  const page = async (width = 1280, height = 900, from?: Page): Promise<Page> => {
    const storageState = from ? await from.context().storageState() : undefined;
    const context = await ctx.browser!.newContext({ viewport: { width, height }, locale: 'zh-CN', storageState });
    const p = await context.newPage();
    p.on('pageerror', (e) => console.error('page error:', e.message));
    return p;
  };
  return { ctx, page };
}
