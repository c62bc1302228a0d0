// The digest signing key: made once beside cms/.env (here a temp file), mode 0600, then reused;
// verify commands never make one.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestKeyFile, ensureDigestKey, existingDigestKey } from '../../cms/src/digests/key-file';
import { signDigest, verifyDigest } from '../../cms/src/domain/chain/digest';
import { EMPTY_HEAD } from '../../cms/src/domain/chain/head';

const saved = process.env.DIGEST_KEY_FILE;
afterEach(() => {
  if (saved === undefined) delete process.env.DIGEST_KEY_FILE;
  else process.env.DIGEST_KEY_FILE = saved;
});

describe('the digest key file', () => {
  it('lives beside cms/.env unless DIGEST_KEY_FILE says otherwise', () => {
    delete process.env.DIGEST_KEY_FILE;
    expect(digestKeyFile()).toBe(path.resolve(__dirname, '..', '..', 'cms', '.digest-key.pem'));
  });

  it('is made on first use with mode 0600, reused after, and signs digests its public key verifies', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digest-key-')), 'key.pem');
    process.env.DIGEST_KEY_FILE = file;
    expect(existingDigestKey()).toBeNull();
    const lines: string[] = [];
    const key = ensureDigestKey((l) => lines.push(l));
    expect(lines[0]).toMatch(/generated the digest signing key [0-9a-f]{16}/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = ensureDigestKey((l) => lines.push(l));
    expect(again.keyId).toBe(key.keyId);
    expect(lines).toHaveLength(1);
    expect(existingDigestKey()?.publicKeyPem).toBe(key.publicKeyPem);
    const signed = signDigest(key.privateKeyPem, { ledgerHead: EMPTY_HEAD, decisionsHead: EMPTY_HEAD, at: '2026-11-27T00:00:00.000Z' });
    expect(signed.keyId).toBe(key.keyId);
    expect(verifyDigest(key.publicKeyPem, signed)).toBe(true);
  });

  it('refuses a key file that is not an Ed25519 private key', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digest-key-')), 'key.pem');
    fs.writeFileSync(file, 'not a key', { mode: 0o600 });
    process.env.DIGEST_KEY_FILE = file;
    expect(() => ensureDigestKey()).toThrow();
  });
});
