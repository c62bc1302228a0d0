// `npm run ledger:verify [-- --digest <file>]`: walks the points hash chain in the configured
// database and names the first broken entry; with a digest, also checks the chain still extends
// that earlier signed head. Exit code 1 when the chain is broken or does not extend the digest.
import path from 'path';
import { CMS_DIR, loadStrapi } from './strapi';
import { checkDigestFile, digestArg } from './digest-arg';

async function main() {
  const digest = digestArg();
  const strapi = await loadStrapi();
  strapi.log.level = 'warn';
  // The compiled module, as the server runs it (it can split the walk over a worker thread).
  const { verifyChain } = require(path.join(CMS_DIR, 'dist', 'src', 'points', 'chain.js'));
  try {
    const res = await verifyChain(strapi, strapi.db.connection as any);
    const rate = res.ms ? Math.round((res.checked / res.ms) * 1000) : res.checked;
    if (res.ok) console.log(`ledger chain OK: ${res.checked} approved entries, head seq ${res.head.seq} (${res.ms} ms, ${rate} entries/s)`);
    else console.log(`ledger chain BROKEN at seq ${res.broken!.seq} (entry ${res.broken!.documentId}): ${res.broken!.problem}; ${res.checked} entries before it are intact`);
    const extended = digest ? await checkDigestFile(strapi, digest, 'ledger') : true;
    return res.ok && extended;
  } finally {
    await strapi.destroy();
  }
}

main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(2); });
