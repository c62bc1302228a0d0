// Verifies one slice of the chain (seq in (from, to]) in a worker thread with its own read-only
// SQLite connection, so two cores share the walk. Started by chain.ts with the module paths it needs.
import type { ChainBreak, ChainState } from '../domain/points/ledger-hash';

export interface SliceJob {
  filename: string;
  driver: string;
  rowsModule: string;
  hashModule: string;
  from: number;
  to: number;
  batch: number;
}

export interface SliceResult {
  firstPrevHash: string | null;
  state: ChainState;
  broken: ChainBreak | null;
}

/** The worker's body, run with require() so it works from compiled JS and under tsx alike. */
export const WORKER_SOURCE = `
const { parentPort, workerData: job } = require('worker_threads');
const Database = require(job.driver);
const { SQLITE_CHAIN_SQL, fromSqliteRow } = require(job.rowsModule);
const { verifyBatch } = require(job.hashModule);
const db = new Database(job.filename, { readonly: true });
const stmt = db.prepare(SQLITE_CHAIN_SQL).raw(true);
let state = null, firstPrevHash = null, broken = null, after = job.from;
for (;;) {
  const rows = stmt.all(after, job.to, job.batch).map(fromSqliteRow);
  if (!rows.length) break;
  if (!state) { firstPrevHash = rows[0].prevHash; state = { lastSeq: job.from, lastHash: firstPrevHash, checked: 0 }; }
  const res = verifyBatch(rows, state);
  state = res.state;
  if (res.broken) { broken = res.broken; break; }
  after = rows[rows.length - 1].seq;
}
db.close();
parentPort.postMessage({ firstPrevHash, state: state || { lastSeq: job.from, lastHash: '', checked: 0 }, broken });
`;
