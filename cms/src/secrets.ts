// Secrets never have fixed values in the code. In development the first start generates strong random
// ones into cms/.env (mode 0600, not in git) and says so; under NODE_ENV=production nothing is
// generated and a missing secret stops the server. cms/.env is also read here for every other
// setting it holds, whichever folder Strapi was started from.
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';

export const SECRET_NAMES = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

const random = () => crypto.randomBytes(32).toString('base64url');

export function generateSecrets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of SECRET_NAMES) out[name] = name === 'APP_KEYS' ? [random(), random()].join(',') : random();
  return out;
}

/** cms/ whether this runs from cms/src or the compiled cms/dist/src. */
export function cmsDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'cms') return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`cms/package.json not found above ${__dirname}`);
}

export const envFile = (): string => process.env.SECRETS_FILE ?? path.join(cmsDir(), '.env');

function parseEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/** Adds a setting to cms/.env (created 0600 if missing) and to this process. */
export function appendEnv(values: Record<string, string>): string {
  const file = envFile();
  const lines = Object.entries(values).map(([k, v]) => `${k}=${v}`).join('\n');
  const prefix = fs.existsSync(file) && !fs.readFileSync(file, 'utf8').endsWith('\n') ? '\n' : '';
  fs.appendFileSync(file, `${prefix}${lines}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  Object.assign(process.env, values);
  return file;
}

let loaded = false;

/** Loads cms/.env into the environment (values already set win) and makes sure every secret exists. */
export function ensureSecrets(log: (line: string) => void = (l) => console.log(l)): void {
  if (!loaded) {
    loaded = true;
    const file = envFile();
    if (fs.existsSync(file)) for (const [k, v] of Object.entries(parseEnv(fs.readFileSync(file, 'utf8')))) process.env[k] ??= v;
  }
  const missing = SECRET_NAMES.filter((n) => !process.env[n]);
  if (!missing.length) return;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(`缺少密钥 ${missing.join('、')}：生产环境（NODE_ENV=production）不会自动生成，请在环境变量或 cms/.env 中设置`);
  }
  const fresh = generateSecrets();
  const file = appendEnv(Object.fromEntries(missing.map((n) => [n, fresh[n]])));
  log(`generated secrets ${missing.join(', ')} into ${file} (mode 0600, not in git; keep it)`);
}

export function secret(name: (typeof SECRET_NAMES)[number]): string {
  ensureSecrets();
  return process.env[name] as string;
}
