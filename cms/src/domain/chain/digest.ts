// Daily signed digests: the heads of the points ledger and of the sealed decisions, signed with an
// Ed25519 key kept outside the database. Someone who can edit the database can re-hash a chain, but
// cannot re-sign yesterday's digest, so a rewritten chain no longer extends it.
import * as crypto from 'crypto';
import { result, type CheckResult, type Finding } from '../check-result';
import { canonicalJson, sha256Hex } from './canonical-json';
import { GENESIS, type ChainHead } from './head';

/** Names what the bytes are, so a signature over them means nothing anywhere else. */
export const DIGEST_TAG = 'siyang-governance/daily-digest/v1';

export interface DigestInput {
  ledgerHead: ChainHead;
  decisionsHead: ChainHead;
  /** UTC instant as Date.toISOString() gives it. */
  at: string;
}

export interface SignedDigest extends DigestInput {
  /** keyIdOf(public key): which key signed, for rotation. */
  keyId: string;
  /** Ed25519 signature over digestOf(…), base64. */
  signature: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HEX64 = /^[0-9a-f]{64}$/;

function head(h: ChainHead, name: string): ChainHead {
  if (!h || !Number.isSafeInteger(h.seq) || h.seq < 0 || !HEX64.test(h.hash)) throw new Error(`${name} must be {seq ≥ 0, hash: 64 hex digits}`);
  if (h.seq === 0 && h.hash !== GENESIS) throw new Error(`${name} at seq 0 must be the genesis hash`);
  return { seq: h.seq, hash: h.hash };
}

/** The exact bytes signed: tag, instant and both heads, in canonical JSON. */
export function digestOf(d: DigestInput): Buffer {
  if (!ISO_INSTANT.test(d.at)) throw new Error(`at must be an ISO UTC instant: ${d.at}`);
  const body = { tag: DIGEST_TAG, at: d.at, ledgerHead: head(d.ledgerHead, 'ledgerHead'), decisionsHead: head(d.decisionsHead, 'decisionsHead') };
  return Buffer.from(canonicalJson(body), 'utf8');
}

export interface SigningKeys {
  publicKeyPem: string;
  privateKeyPem: string;
}

export function generateSigningKeys(): SigningKeys {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** First 16 hex digits of the SHA-256 of the public key (SPKI DER). Accepts either key of the pair. */
export function keyIdOf(keyPem: string): string {
  const pub = keyPem.includes('PRIVATE KEY') ? crypto.createPublicKey(crypto.createPrivateKey(keyPem)) : crypto.createPublicKey(keyPem);
  return sha256Hex(pub.export({ type: 'spki', format: 'der' }).toString('base64')).slice(0, 16);
}

export function signDigest(privateKeyPem: string, digest: DigestInput): SignedDigest {
  const key = crypto.createPrivateKey(privateKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the digest key must be Ed25519');
  const signature = crypto.sign(null, digestOf(digest), key).toString('base64');
  return { ledgerHead: { ...digest.ledgerHead }, decisionsHead: { ...digest.decisionsHead }, at: digest.at, keyId: keyIdOf(privateKeyPem), signature };
}

/** True when `signed` was signed by the private half of `publicKeyPem` and nothing in it changed since. */
export function verifyDigest(publicKeyPem: string, signed: SignedDigest): boolean {
  const key = crypto.createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('the digest key must be Ed25519');
  let bytes: Buffer;
  try {
    bytes = digestOf(signed);
  } catch {
    return false;
  }
  if (typeof signed.signature !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(signed.signature)) return false;
  const sig = Buffer.from(signed.signature, 'base64');
  if (sig.length !== 64) return false;
  return crypto.verify(null, bytes, key, sig);
}

/** A chain as it stands now, seen from an earlier head: its current head, and the hash it holds at the earlier seq. */
export interface ChainNow {
  head: ChainHead;
  /** Hash of the current record with seq = the earlier head's seq (GENESIS for seq 0); null if there is none. */
  hashAtEarlierSeq: string | null;
}

export type ChainName = 'ledger' | 'decisions';
const CHAIN_NAMES: Record<ChainName, string> = { ledger: '积分台账', decisions: '决策记录' };

/**
 * Whether the current chain extends an earlier head: it is at least as long and still holds the
 * same hash at that seq. Together with verifying the current chain link by link, this proves
 * nothing up to the earlier head was changed, dropped or re-hashed.
 */
export function headExtends(chain: ChainName, earlier: ChainHead, now: ChainNow): Finding | null {
  const name = CHAIN_NAMES[chain];
  const params = { chain, earlierSeq: earlier.seq, earlierHash: earlier.hash, currentSeq: now.head.seq };
  if (now.head.seq < earlier.seq) {
    return { code: 'chain_truncated', severity: 'error', message: `${name}现有 ${now.head.seq} 条，少于已签名摘要中的 ${earlier.seq} 条`, params };
  }
  const expected = earlier.seq === 0 ? GENESIS : now.hashAtEarlierSeq;
  if (expected !== earlier.hash) {
    return {
      code: 'chain_rewritten', severity: 'error',
      message: `${name}第 ${earlier.seq} 条的哈希与已签名摘要不符，该条及之前的记录已被改写`,
      params: { ...params, currentHash: expected },
    };
  }
  return null;
}

/**
 * Checks that both current chains extend an earlier digest. Verify the digest's signature first
 * (verifyDigest); this compares heads only.
 */
export function extendsDigest(earlier: DigestInput, now: { ledger: ChainNow; decisions: ChainNow }): CheckResult {
  const findings = [headExtends('ledger', earlier.ledgerHead, now.ledger), headExtends('decisions', earlier.decisionsHead, now.decisions)];
  return result(findings.filter((f): f is Finding => f != null));
}
