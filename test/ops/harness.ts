// Servers as separate processes, for what can only be tried from outside: several processes on one
// PostgreSQL, kill -9, a database restart, backups. Each test gets a scratch database (PostgreSQL
// by default here; SQLite where a test says so), seeded small, and its own port.
import fs from 'fs';
import os from 'os';
import path from 'path';
import net from 'net';
import http from 'http';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { Client } from 'pg';
import { ROOT } from '../../scripts/strapi';
import { generateSecrets } from '../../cms/src/secrets';

export const PASSWORD = 'Siyang-demo-2026';
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function admin(): Promise<Client> {
  const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' });
  await c.connect();
  return c;
}

export interface Db {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database: PostgreSQL (a scratch database) or SQLite (a temp file). */
export async function scratchDb(engine: 'postgres' | 'sqlite' = 'postgres'): Promise<Db> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-ops-'));
    return { env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'ops.db') }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `siyang_ops_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const pg = await admin();
  await pg.query(`CREATE DATABASE "${name}"`);
  await pg.end();
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, DATABASE_HOST: '127.0.0.1', DATABASE_PORT: '5432', DATABASE_USERNAME: 'postgres', DATABASE_PASSWORD: '' },
    drop: async () => {
      const c = await admin();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The environment every process of one test shares: its database, secrets, a small demo county. */
export function baseEnv(db: Db, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env, ...generateSecrets(), ...db.env,
    STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_STARTUP_BANNER: 'false', HOST: '127.0.0.1',
    SEED_MEMBERS: '3000', SEED_SIZE: 'small', DIGEST_SCHEDULE: 'off', LOGIN_RATE_MAX: '1000', SECRETS_FILE: path.join(os.tmpdir(), `siyang-ops-${process.pid}.env`),
    REDIS_PREFIX: `siyang-ops-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`,
    ...extra,
  };
  delete env.DATABASE_URL;
  return env;
}

export interface Server {
  url: string;
  child: ChildProcess;
  log: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm start` (or the cluster) as a child process, ready when /readyz answers 200. */
export async function startServer(env: NodeJS.ProcessEnv, script = 'scripts/start.ts', timeoutMs = 540_000): Promise<Server> {
  const port = await freePort();
  let out = '';
  const child = spawn(TSX, [script], { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode != null) throw new Error(`server exited (${child.exitCode}):\n${out.slice(-3000)}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  // A cluster is ready when every worker answers (each new connection may go to any of them).
  const workers = Number(env.WORKERS ?? 1);
  const seen = new Set<string | null>();
  while (workers > 1 && seen.size < workers && Date.now() < until) {
    try {
      const res = await fresh(`${url}/readyz`, 'GET');
      if (res.status === 200) seen.add(res.servedBy);
    } catch {
      /* a worker still starting */
    }
    if (seen.size < workers) await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= until) throw new Error(`server not ready after ${timeoutMs} ms:\n${out.slice(-3000)}`);
  return {
    url, child, log: () => out,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode != null) return;
      const done = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, signal); // the whole group: tsx, node, cluster workers
      } catch {
        /* gone already */
      }
      await done;
    },
  };
}

/** Runs a script of the project (seed, ledger:verify, backup…) with this environment. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(TSX, [script, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

export async function login(url: string, identifier: string, password = PASSWORD): Promise<string> {
  const res = await fresh(`${url}/api/auth/local`, 'POST', { identifier, password });
  if (res.status !== 200) throw new Error(`login ${identifier}: ${res.status} ${res.body}`);
  return JSON.parse(res.body).jwt;
}

export async function call(url: string, jwt: string, method: string, p: string, body?: unknown) {
  const send = () => fetch(url + p, { method, headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  // A kept-alive connection the server just closed: that request never arrived, send it again.
  const res = await send().catch((e) => (e?.cause?.code === 'UND_ERR_SOCKET' ? send() : Promise.reject(e)));
  const text = await res.text();
  let json: any = text;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: json, servedBy: res.headers.get('x-served-by') };
}

/** Runs `tasks` with at most `limit` in flight. */
export async function pool<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  }));
  return out;
}

/** One request on a connection of its own, so that a cluster may hand it to any process. */
export function fresh(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; servedBy: string | null; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(url, { method, agent: false, headers: { 'Content-Type': 'application/json', ...(data ? { 'Content-Length': Buffer.byteLength(data) } : {}), ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, servedBy: (res.headers['x-served-by'] as string) ?? null, body: text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** A query on a test's own PostgreSQL database, bypassing the server. */
export async function sql<T = any>(db: Db, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: db.env.DATABASE_NAME });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}
