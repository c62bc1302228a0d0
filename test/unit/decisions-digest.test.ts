import * as crypto from 'crypto';
import { describe, expect, it } from 'vitest';
import {
  DIGEST_TAG, digestOf, extendsDigest, generateSigningKeys, headExtends, keyIdOf, signDigest, verifyDigest, type ChainNow, type DigestInput,
} from '../../cms/src/domain/chain/digest';
import { EMPTY_HEAD, GENESIS, sealDecision, verifyDecisions, type ChainHead, type SealedDecision, type SealedRow } from '../../cms/src/domain/decisions/seal';

const keys = generateSigningKeys();
const other = generateSigningKeys();
const h = (c: string) => c.repeat(64);

const digest: DigestInput = {
  ledgerHead: { seq: 1200, hash: h('a') },
  decisionsHead: { seq: 35, hash: h('b') },
  at: '2026-04-30T16:00:00.000Z',
};

describe('digestOf', () => {
  it('gives the same canonical bytes whatever the key order, tagged for this use', () => {
    const bytes = digestOf(digest);
    const shuffled = { at: digest.at, decisionsHead: { hash: h('b'), seq: 35 }, ledgerHead: { hash: h('a'), seq: 1200 } };
    expect(digestOf(shuffled).equals(bytes)).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({ ...digest, tag: DIGEST_TAG });
  });

  it('refuses heads and instants it cannot state exactly', () => {
    expect(() => digestOf({ ...digest, at: '2026-04-30 16:00' })).toThrow();
    expect(() => digestOf({ ...digest, ledgerHead: { seq: 1.5, hash: h('a') } })).toThrow();
    expect(() => digestOf({ ...digest, ledgerHead: { seq: 3, hash: 'ABC' } })).toThrow();
    expect(() => digestOf({ ...digest, ledgerHead: { seq: 0, hash: h('a') } })).toThrow();
    expect(digestOf({ ...digest, ledgerHead: EMPTY_HEAD }).length).toBeGreaterThan(0);
  });
});

describe('signing and verifying a digest', () => {
  it('generates an Ed25519 pair as PEM and names the key', () => {
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(crypto.createPublicKey(keys.publicKeyPem).asymmetricKeyType).toBe('ed25519');
    expect(keyIdOf(keys.publicKeyPem)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyIdOf(keys.privateKeyPem)).toBe(keyIdOf(keys.publicKeyPem));
    expect(keyIdOf(other.publicKeyPem)).not.toBe(keyIdOf(keys.publicKeyPem));
  });

  it('verifies a signed digest with the public key', () => {
    const signed = signDigest(keys.privateKeyPem, digest);
    expect(signed).toMatchObject({ ...digest, keyId: keyIdOf(keys.publicKeyPem) });
    expect(Buffer.from(signed.signature, 'base64')).toHaveLength(64);
    expect(verifyDigest(keys.publicKeyPem, signed)).toBe(true);
    // Round trip through storage as JSON.
    expect(verifyDigest(keys.publicKeyPem, JSON.parse(JSON.stringify(signed)))).toBe(true);
  });

  it('fails on any change to what was signed, or with another key', () => {
    const signed = signDigest(keys.privateKeyPem, digest);
    const edits = [
      { ...signed, ledgerHead: { ...signed.ledgerHead, seq: 1199 } },
      { ...signed, ledgerHead: { ...signed.ledgerHead, hash: h('c') } },
      { ...signed, decisionsHead: { ...signed.decisionsHead, seq: 36 } },
      { ...signed, decisionsHead: { ...signed.decisionsHead, hash: h('d') } },
      { ...signed, at: '2026-04-30T16:00:00.001Z' },
      { ...signed, signature: Buffer.from(Buffer.from(signed.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') },
      { ...signed, signature: signed.signature.slice(4) },
      { ...signed, signature: 'not base64!' },
      { ...signed, at: 'yesterday' },
    ];
    for (const e of edits) expect(verifyDigest(keys.publicKeyPem, e)).toBe(false);
    expect(verifyDigest(other.publicKeyPem, signed)).toBe(false);
  });

  it('refuses a key that is not Ed25519', () => {
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ecPrivate = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const ecPublic = ec.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => signDigest(ecPrivate, digest)).toThrow('Ed25519');
    expect(() => verifyDigest(ecPublic, signDigest(keys.privateKeyPem, digest))).toThrow('Ed25519');
  });
});

function decision(n: number, subject = `事项 ${n}`): Omit<SealedDecision, 'seq'> {
  return {
    documentId: `dec${n}`, organisationId: 1, ruleCode: 'ordinary.party-committee', ruleHash: h('e'), kind: 'ordinary', subject,
    amountFen: 1000, method: 'meeting', meetingId: null, decidedOn: '2026-04-01', body: 'party_committee', due: [1, 2, 3], present: [1, 2, 3],
    recused: [], secretaryId: 1, statements: [{ memberId: 1, position: 'agree' }], outcome: 'passed', steps: null, attachments: [], warnings: [],
    finalisedAt: '2026-04-01T02:00:00.000Z', finalisedBy: 9,
  };
}

function build(subjects: string[]): SealedRow[] {
  let head: ChainHead = EMPTY_HEAD;
  return subjects.map((s, i) => {
    const d = decision(i + 1, s);
    const sealed = sealDecision(d, head);
    head = sealed.head;
    return { ...d, ...sealed.fields };
  });
}

/** What the server would read from its tables: the head, and the hash at the earlier digest's seq. */
const now = (rows: SealedRow[], earlierSeq: number): ChainNow => ({
  head: rows.length ? { seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash } : EMPTY_HEAD,
  hashAtEarlierSeq: earlierSeq === 0 ? GENESIS : rows.find((r) => r.seq === earlierSeq)?.hash ?? null,
});

describe('a current chain extends an earlier signed digest', () => {
  const yesterday = build(['一', '二', '三']);
  const ledgerHead = { seq: 10, hash: h('1') };
  const earlier = signDigest(keys.privateKeyPem, { ledgerHead, decisionsHead: verifyDecisions(yesterday).head, at: '2026-04-29T16:00:00.000Z' });
  const ledgerNow: ChainNow = { head: { seq: 12, hash: h('2') }, hashAtEarlierSeq: h('1') };

  it('passes when records were only added after it', () => {
    const today = build(['一', '二', '三', '四', '五']);
    expect(verifyDigest(keys.publicKeyPem, earlier)).toBe(true);
    expect(extendsDigest(earlier, { ledger: ledgerNow, decisions: now(today, 3) })).toEqual({ ok: true, findings: [] });
    expect(extendsDigest(earlier, { ledger: ledgerNow, decisions: now(yesterday, 3) }).ok).toBe(true);
  });

  it('fails when the chain was rewritten and re-hashed, even though it verifies on its own', () => {
    const rewritten = build(['一', '二（改）', '三', '四']);
    expect(verifyDecisions(rewritten).ok).toBe(true);
    const r = extendsDigest(earlier, { ledger: ledgerNow, decisions: now(rewritten, 3) });
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => [f.code, f.params?.chain])).toEqual([['chain_rewritten', 'decisions']]);
    expect(r.findings[0].message).toBe('决策记录第 3 条的哈希与已签名摘要不符，该条及之前的记录已被改写');
  });

  it('fails when the chain is now shorter than the digest', () => {
    const r = extendsDigest(earlier, { ledger: ledgerNow, decisions: now(yesterday.slice(0, 2), 3) });
    expect(r.findings.map((f) => f.code)).toEqual(['chain_truncated']);
    expect(r.findings[0].message).toBe('决策记录现有 2 条，少于已签名摘要中的 3 条');
  });

  it('checks the points ledger head the same way', () => {
    const r = extendsDigest(earlier, { ledger: { head: { seq: 12, hash: h('2') }, hashAtEarlierSeq: h('9') }, decisions: now(yesterday, 3) });
    expect(r.findings.map((f) => [f.code, f.params?.chain])).toEqual([['chain_rewritten', 'ledger']]);
    expect(r.findings[0].message).toContain('积分台账第 10 条');
  });

  it('an empty chain at signing is extended by anything', () => {
    expect(headExtends('decisions', EMPTY_HEAD, now(build(['一']), 0))).toBeNull();
    expect(headExtends('decisions', EMPTY_HEAD, now([], 0))).toBeNull();
  });
});
