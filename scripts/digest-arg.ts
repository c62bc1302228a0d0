// `--digest <file>` for the verify commands: the earlier signed digest must be this server's
// (signed with the key beside cms/.env) and the chain as it is now must extend it.
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './strapi';

export function digestArg(argv = process.argv.slice(2)): string | null {
  const i = argv.indexOf('--digest');
  if (i < 0) return null;
  const file = argv[i + 1];
  if (!file) throw new Error('--digest 需要一个摘要文件路径');
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** Prints what the digest says about `chain`; true when it is ours and the chain extends it. */
export async function checkDigestFile(strapi: Core.Strapi, file: string, chain: 'ledger' | 'decisions'): Promise<boolean> {
  const { parseDigestFile } = require(path.join(CMS_DIR, 'dist', 'src', 'domain', 'chain', 'digest-file.js'));
  const { checkDigest } = require(path.join(CMS_DIR, 'dist', 'src', 'digests', 'digests.js'));
  let digest;
  try {
    digest = parseDigestFile(fs.readFileSync(file, 'utf8'));
  } catch (e: any) {
    console.log(`digest ${file}: ${e.message}`);
    return false;
  }
  const res = await checkDigest(strapi, strapi.db.connection, digest);
  const mine = res.findings.filter((f: any) => !f.params?.chain || f.params.chain === chain);
  const head = chain === 'ledger' ? digest.ledgerHead : digest.decisionsHead;
  if (!mine.length) {
    console.log(`digest of ${digest.at} (key ${digest.keyId}): signature OK, the ${chain} chain extends its head seq ${head.seq}`);
    return true;
  }
  for (const f of mine) console.log(`digest of ${digest.at}: ${f.code}: ${f.message}`);
  return false;
}
