// Signing the heads of both chains (points ledger, sealed decisions) into a digest record, and
// checking that the chains as they are now still extend an earlier digest.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { withKnex } from '../db/knex';
import { documentId } from '../db/document-id';
import type { Principal } from '../scoping/principal';
import { writeAudit } from '../audit/write-audit';
import { result, type CheckResult } from '../domain/check-result';
import { extendsDigest, signDigest, verifyDigest, type ChainNow, type SignedDigest } from '../domain/chain/digest';
import { toDigestFile, type DigestFile } from '../domain/chain/digest-file';
import type { ChainHead } from '../domain/chain/head';
import { GENESIS } from '../domain/chain/head';
import { chainHead as ledgerHead } from '../points/chain';
import { decisionHashAt, decisionsHead } from '../decisions/chain';
import { ensureDigestKey, existingDigestKey } from './key-file';
import { instantOf, type Row } from '../decisions/records';

export const DIGEST = 'api::chain-digest.chain-digest';

async function ledgerHashAt(knex: Knex, seq: number): Promise<string | null> {
  if (seq === 0) return GENESIS;
  const row = await knex('points_entries').where({ seq }).first('hash');
  return row?.hash ?? null;
}

export async function chainHeads(strapi: Core.Strapi, knex: Knex): Promise<{ ledger: ChainHead; decisions: ChainHead }> {
  return { ledger: await ledgerHead(knex), decisions: await decisionsHead(strapi, knex) };
}

/** Both chains as they stand, seen from an earlier digest's heads. */
export async function chainsNow(strapi: Core.Strapi, knex: Knex, earlier: Pick<SignedDigest, 'ledgerHead' | 'decisionsHead'>): Promise<{ ledger: ChainNow; decisions: ChainNow }> {
  const heads = await chainHeads(strapi, knex);
  return {
    ledger: { head: heads.ledger, hashAtEarlierSeq: await ledgerHashAt(knex, earlier.ledgerHead.seq) },
    decisions: { head: heads.decisions, hashAtEarlierSeq: await decisionHashAt(strapi, knex, earlier.decisionsHead.seq) },
  };
}

/** A digest record as the signed object it holds. */
export function signedOf(row: Row): SignedDigest {
  return {
    at: instantOf(row.at)!,
    ledgerHead: { seq: Number(row.ledgerSeq), hash: row.ledgerHash },
    decisionsHead: { seq: Number(row.decisionsSeq), hash: row.decisionsHash },
    keyId: row.keyId,
    signature: row.signature,
  };
}

export const digestFileOf = (row: Row): DigestFile => toDigestFile(signedOf(row), row.publicKey);

/** Signs both heads now and keeps the digest as a record (audited). */
export async function signNow(strapi: Core.Strapi, p: Principal, trigger: 'daily' | 'on_demand'): Promise<Row> {
  const key = ensureDigestKey((l) => strapi.log.info(l));
  return strapi.db.transaction(async () =>
    withKnex(strapi, async (knex) => {
      const heads = await chainHeads(strapi, knex);
      const signed = signDigest(key.privateKeyPem, { ledgerHead: heads.ledger, decisionsHead: heads.decisions, at: new Date().toISOString() });
      const now = new Date();
      const row = await strapi.db.query(DIGEST as any).create({
        data: {
          documentId: documentId(), at: new Date(signed.at), ledgerSeq: signed.ledgerHead.seq, ledgerHash: signed.ledgerHead.hash,
          decisionsSeq: signed.decisionsHead.seq, decisionsHash: signed.decisionsHead.hash, keyId: signed.keyId, signature: signed.signature,
          publicKey: key.publicKeyPem, trigger, signedByName: p.kind === 'system' ? 'system' : p.username, createdAt: now, updatedAt: now, publishedAt: now,
        },
      });
      await writeAudit(strapi, p, {
        action: 'create', operation: 'sign_digest', uid: DIGEST, recordId: row.documentId, before: null,
        after: { trigger, ledgerSeq: signed.ledgerHead.seq, decisionsSeq: signed.decisionsHead.seq, keyId: signed.keyId }, township: null,
      });
      return row;
    }),
  );
}

export interface DigestCheck extends CheckResult {
  /** The signature is the server key's and nothing in the digest changed. */
  signatureOk: boolean;
  keyId: string;
  serverKeyId: string | null;
}

/** Is `earlier` signed by this server's key, and do both chains as they are now extend it? */
export async function checkDigest(strapi: Core.Strapi, knex: Knex, earlier: SignedDigest): Promise<DigestCheck> {
  const key = existingDigestKey();
  const findings = [];
  let signatureOk = false;
  if (!key) {
    findings.push({ code: 'digest_key_missing', severity: 'error' as const, message: '服务器上没有摘要签名密钥，无法核验签名' });
  } else if (key.keyId !== earlier.keyId) {
    findings.push({ code: 'digest_other_key', severity: 'error' as const, message: `该摘要由另一把密钥（${earlier.keyId}）签名，本服务器密钥为 ${key.keyId}`, params: { keyId: earlier.keyId } });
  } else {
    signatureOk = verifyDigest(key.publicKeyPem, earlier);
    if (!signatureOk) findings.push({ code: 'digest_signature_invalid', severity: 'error' as const, message: '摘要签名无效：摘要内容被改动或并非本服务器签发' });
  }
  const ext = extendsDigest(earlier, await chainsNow(strapi, knex, earlier));
  return { ...result([...findings, ...ext.findings]), signatureOk, keyId: earlier.keyId, serverKeyId: key?.keyId ?? null };
}
