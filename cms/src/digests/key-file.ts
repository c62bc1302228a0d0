// The Ed25519 key that signs the daily digests lives in a file beside cms/.env, never in the
// database: whoever can rewrite the database still cannot re-sign an earlier digest. It is made on
// the first start (mode 0600, ignored by git); keep a copy of the public key with the printed digests.
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { cmsDir } from '../secrets';
import { generateSigningKeys, keyIdOf } from '../domain/chain/digest';

export interface DigestKey {
  privateKeyPem: string;
  publicKeyPem: string;
  keyId: string;
  file: string;
}

export const digestKeyFile = (): string => process.env.DIGEST_KEY_FILE ?? path.join(cmsDir(), '.digest-key.pem');

function read(file: string): DigestKey {
  const privateKeyPem = fs.readFileSync(file, 'utf8');
  const key = crypto.createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} 不是 Ed25519 私钥`);
  const publicKeyPem = crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
  return { privateKeyPem, publicKeyPem, keyId: keyIdOf(publicKeyPem), file };
}

/** The signing key, made on first use. */
export function ensureDigestKey(log: (line: string) => void = () => {}): DigestKey {
  const file = digestKeyFile();
  if (!fs.existsSync(file)) {
    const { privateKeyPem } = generateSigningKeys();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': never overwrite a key another process has just written.
    try {
      fs.writeFileSync(file, privateKeyPem, { mode: 0o600, flag: 'wx' });
      const key = read(file);
      log(`generated the digest signing key ${key.keyId} into ${file} (mode 0600, not in git; keep it, and keep its public key with the printed digests)`);
      return key;
    } catch (e: any) {
      if (e?.code !== 'EEXIST') throw e;
    }
  }
  return read(file);
}

/** The key if it exists (verify commands never make one). */
export function existingDigestKey(): DigestKey | null {
  const file = digestKeyFile();
  return fs.existsSync(file) ? read(file) : null;
}
