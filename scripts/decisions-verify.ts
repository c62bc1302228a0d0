// `npm run decisions:verify [-- --digest <file>]`: walks the hash chain of sealed decisions in the
// configured database and names the first broken record; with a digest, also checks the chain
// still extends that earlier signed head. Exit code 1 when anything fails.
import path from 'path';
import { CMS_DIR, loadStrapi } from './strapi';
import { checkDigestFile, digestArg } from './digest-arg';

async function main() {
  const digest = digestArg();
  const strapi = await loadStrapi();
  strapi.log.level = 'warn';
  const { verifyDecisionChain } = require(path.join(CMS_DIR, 'dist', 'src', 'decisions', 'chain.js'));
  try {
    const res = await verifyDecisionChain(strapi, strapi.db.connection as any);
    if (res.ok) console.log(`decisions chain OK: ${res.checked} sealed decisions, head seq ${res.head.seq} (${res.ms} ms)`);
    else console.log(`decisions chain BROKEN at seq ${res.broken.seq ?? '-'} (decision ${res.broken.documentId}): ${res.broken.problem}: ${res.broken.message}; ${res.checked} records before it are intact`);
    const extended = digest ? await checkDigestFile(strapi, digest, 'decisions') : true;
    return res.ok && extended;
  } finally {
    await strapi.destroy();
  }
}

main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(2); });
