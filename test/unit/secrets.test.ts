// Secrets: generated into a 0600 file in development, refused when missing in production.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { describe, expect, it } from 'vitest';
import { generateSecrets, SECRET_NAMES } from '../../cms/src/secrets';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs ensureSecrets in a clean child process (the module keeps state) with this environment. */
function run(env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(SECRET_NAMES as readonly string[]).includes(k)));
  return spawnSync(process.execPath, ['--import', 'tsx', '-e', "require('./cms/src/secrets').ensureSecrets(); console.log('ok')"], {
    cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8',
  });
}

describe('secrets', () => {
  it('are random and strong', () => {
    const a = generateSecrets();
    const b = generateSecrets();
    for (const name of SECRET_NAMES) {
      expect(a[name]).not.toBe(b[name]);
      expect(a[name].length).toBeGreaterThanOrEqual(40);
    }
    expect(a.APP_KEYS.split(',')).toHaveLength(2);
  });

  it('are generated into a 0600 file on the first development start, and reused after', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-secrets-')), '.env');
    const first = run({ SECRETS_FILE: file, NODE_ENV: 'development' });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/generated secrets/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    for (const name of SECRET_NAMES) expect(text).toMatch(new RegExp(`^${name}=.{40,}$`, 'm'));
    const again = run({ SECRETS_FILE: file, NODE_ENV: 'development' });
    expect(again.stdout).not.toMatch(/generated/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('stop a production start when missing', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'siyang-secrets-')), '.env');
    const res = run({ SECRETS_FILE: file, NODE_ENV: 'production' });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/缺少密钥/);
    expect(fs.existsSync(file)).toBe(false);
  });
});
