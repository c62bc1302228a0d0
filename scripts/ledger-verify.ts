// `npm run ledger:verify [-- --totals] [-- --digest <file>]`: walks the points hash chain in the
// configured database and names the first broken entry; with --totals it also recomputes the kept
// totals from the ledger and names any that differ; with a digest, it checks the chain still
// extends that earlier signed head. Exit code 1 when anything is broken.
import path from 'path';
import { CMS_DIR, loadStrapi } from './strapi';
import { checkDigestFile, digestArg } from './digest-arg';

async function main() {
  const totals = process.argv.includes('--totals');
  const digest = digestArg();
  const strapi = await loadStrapi();
  strapi.log.level = 'warn';
  // The compiled modules, as the server runs them (the walk can split over a worker thread).
  const { verifyChain } = require(path.join(CMS_DIR, 'dist', 'src', 'points', 'chain.js'));
  const { checkTotals } = require(path.join(CMS_DIR, 'dist', 'src', 'points', 'totals-check.js'));
  try {
    const res = await verifyChain(strapi, strapi.db.connection as any);
    const rate = res.ms ? Math.round((res.checked / res.ms) * 1000) : res.checked;
    if (res.ok) console.log(`ledger chain OK: ${res.checked} approved entries, head seq ${res.head.seq} (${res.ms} ms, ${rate} entries/s)`);
    else console.log(`ledger chain BROKEN at seq ${res.broken!.seq} (entry ${res.broken!.documentId}): ${res.broken!.problem}; ${res.checked} entries before it are intact`);
    const extended = digest ? await checkDigestFile(strapi, digest, 'ledger') : true;
    if (!totals) return res.ok && extended;
    const t = await checkTotals(strapi.db.connection as any);
    if (t.ok) console.log(`kept totals OK: ${t.checked} totals equal a recomputation from the ledger`);
    else for (const m of t.mismatches) console.log(`kept total WRONG: ${m.table} ${m.key}: kept ${m.kept}, ledger ${m.ledger}`);
    return res.ok && extended && t.ok;
  } finally {
    await strapi.destroy();
  }
}

main().then((ok) => process.exit(ok ? 0 : 1), (e) => { console.error(e); process.exit(2); });
