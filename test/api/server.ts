// One real Strapi per test worker on its own database, seeded with the demo county and listening
// on a free port. Files in the same worker share it (vitest runs the api project with isolate: false).
import path from 'path';
import { inject } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CMS_DIR, createStrapi } from '../../scripts/strapi';
import { seedCounty, SMALL_SEED } from '../../seeds';
import { useWorkerDatabase } from './databases';
import { generateSecrets } from '../../cms/src/secrets';

export interface TestServer {
  strapi: Core.Strapi;
  baseUrl: string;
  /** A full-access API token, standing in for roles until they exist. */
  token: string;
  seedMs: number;
}

let booting: Promise<TestServer> | undefined;

export function testServer(): Promise<TestServer> {
  booting ??= boot();
  return booting;
}

async function boot(): Promise<TestServer> {
  const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0';
  await useWorkerDatabase(inject('runDir'), inject('runId'), worker);
  process.env.PORT = '0';
  process.env.HOST = '127.0.0.1';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_STARTUP_BANNER = 'false';
  // The digest key goes beside this run's databases, not into cms/; tests sign on demand.
  process.env.DIGEST_KEY_FILE ??= path.join(inject('runDir'), `digest-key-${worker}.pem`);
  process.env.DIGEST_SCHEDULE ??= 'off';
  // Fresh secrets for this run, in memory only (nothing written to cms/.env).
  for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ??= value;
  process.chdir(CMS_DIR);
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  strapi.log.level = 'warn';
  await strapi.load();
  const seed = await seedCounty(strapi, SMALL_SEED);
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port');
  const token = await strapi.service('admin::api-token').create({
    name: `tests-${worker}-${Date.now()}`,
    type: 'full-access',
    lifespan: null,
  });
  return { strapi, baseUrl: `http://127.0.0.1:${address.port}`, token: token.accessKey, seedMs: seed.ms };
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

/** Calls the REST API with the test token; bodies are JSON both ways. */
export async function api<T = any>(method: string, url: string, body?: unknown): Promise<ApiResponse<T>> {
  const { baseUrl, token } = await testServer();
  const res = await fetch(baseUrl + url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Total rows of a collection as the REST API counts them (optionally filtered). */
export async function total(plural: string, query = ''): Promise<number> {
  const res = await api('GET', `/api/${plural}?pagination[pageSize]=1${query ? '&' + query : ''}`);
  if (res.status !== 200) throw new Error(`GET /api/${plural} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.meta.pagination.total;
}
