// A signed digest as a file the county prints or keeps: the signed fields, the tag, and the public
// key that checks it, so the file stands on its own. Verifying still uses the server's own key
// (from its key file): a file signed by any other key does not count.
import { DIGEST_TAG, type SignedDigest } from './digest';

export interface DigestFile extends SignedDigest {
  tag: string;
  publicKey: string;
}

export function toDigestFile(signed: SignedDigest, publicKeyPem: string): DigestFile {
  return {
    tag: DIGEST_TAG, at: signed.at, ledgerHead: { ...signed.ledgerHead }, decisionsHead: { ...signed.decisionsHead },
    keyId: signed.keyId, signature: signed.signature, publicKey: publicKeyPem,
  };
}

const head = (h: any, name: string) => {
  if (!h || typeof h !== 'object' || !Number.isSafeInteger(h.seq) || typeof h.hash !== 'string') throw new Error(`摘要文件的 ${name} 应为 {seq, hash}`);
  return { seq: h.seq, hash: h.hash };
};

/** Reads a digest file; throws with a Chinese message when it is not one. */
export function parseDigestFile(text: string): DigestFile {
  let v: any;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error('摘要文件不是有效的 JSON');
  }
  if (!v || typeof v !== 'object' || v.tag !== DIGEST_TAG) throw new Error(`不是本平台的签名摘要文件（应有 tag: ${DIGEST_TAG}）`);
  for (const f of ['at', 'keyId', 'signature'] as const) if (typeof v[f] !== 'string') throw new Error(`摘要文件缺少 ${f}`);
  return {
    tag: v.tag, at: v.at, keyId: v.keyId, signature: v.signature, publicKey: typeof v.publicKey === 'string' ? v.publicKey : '',
    ledgerHead: head(v.ledgerHead, 'ledgerHead'), decisionsHead: head(v.decisionsHead, 'decisionsHead'),
  };
}
