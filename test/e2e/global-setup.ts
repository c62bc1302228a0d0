// Browser tests need the built panel and Debian's Chromium. CI (REQUIRE_E2E=1) fails without
// Chromium; elsewhere the tests are skipped with a note on how to get it.
import fs from 'fs';
import path from 'path';
import { execSync } from 'child_process';
import type { TestProject } from 'vitest/node';
import apiSetup from '../api/global-setup';
import { ROOT } from '../../scripts/strapi';
// Not imported from ./browser: that pulls in the test server and Strapi's ESM build, which Node
// cannot load natively in a global setup (directory imports in @strapi/utils).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: boolean;
  }
}

export default async function setup(project: TestProject) {
  const hasChromium = fs.existsSync(CHROMIUM);
  if (!hasChromium) {
    const msg = `browser tests need ${CHROMIUM}: apt-get install -y chromium`;
    if (process.env.REQUIRE_E2E) throw new Error(msg);
    console.warn(`\n  SKIPPING ${msg}\n`);
  }
  project.provide('chromium', hasChromium);
  if (!fs.existsSync(path.join(ROOT, 'admin', 'dist', 'index.html'))) {
    execSync('npm run build --workspace admin', { cwd: ROOT, stdio: 'inherit' });
  }
  return apiSetup(project);
}
