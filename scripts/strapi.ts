// Boots the Strapi app in cms/ from code: compile TypeScript (only when it changed), create, load.
// Used by start, seed, the scripts and tests.
import path from 'path';
import fs from 'fs';
import { createRequire } from 'module';
import type { Core } from '@strapi/strapi';
import { ensureSecrets } from '../cms/src/secrets';
import { compiledIsCurrent, markCompiled } from './compile-cache';

export const ROOT = path.resolve(__dirname, '..');
export const CMS_DIR = path.join(ROOT, 'cms');

// Loaded through require: @strapi/strapi's ESM build cannot be imported natively (directory imports),
// and vitest imports natively what it does not transform.
const strapiPackage: typeof import('@strapi/strapi') = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
export const { compileStrapi, createStrapi } = strapiPackage;

process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';

export const DIST_DIR = path.join(CMS_DIR, 'dist');

/** Compiles cms/ unless dist/ is already the compiled form of the current sources. */
export async function compileIfChanged(): Promise<{ appDir: string; distDir: string }> {
  if (compiledIsCurrent(CMS_DIR, DIST_DIR)) return { appDir: CMS_DIR, distDir: DIST_DIR };
  const ctx = await compileStrapi({ appDir: CMS_DIR });
  markCompiled(CMS_DIR, ctx.distDir);
  return ctx;
}

export async function loadStrapi(): Promise<Core.Strapi> {
  // Strapi resolves its folders from the working directory in places, so run from cms/.
  process.chdir(CMS_DIR);
  ensureSecrets();
  fs.mkdirSync(path.join(CMS_DIR, 'public', 'uploads'), { recursive: true });
  fs.mkdirSync(path.join(CMS_DIR, '.tmp'), { recursive: true });
  const app = createStrapi(await compileIfChanged());
  await app.load();
  return app;
}
