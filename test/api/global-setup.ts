// Runs once per `vitest` run: compiles the Strapi app (workers only load it) and names this run's
// scratch databases, which are removed afterwards.
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { TestProject } from 'vitest/node';
import { compileIfChanged } from '../../scripts/strapi';
import { adminClient, isPostgres } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    runDir: string;
    runId: string;
  }
}

export default async function setup(project: TestProject) {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileIfChanged();
  const runId = `siyang_t${Date.now().toString(36)}`;
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-api-'));
  project.provide('runDir', runDir);
  project.provide('runId', runId);

  return async () => {
    fs.rmSync(runDir, { recursive: true, force: true });
    if (isPostgres()) {
      const pg = await adminClient();
      const { rows } = await pg.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${runId}%`]);
      for (const r of rows) await pg.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      await pg.end();
    }
  };
}
