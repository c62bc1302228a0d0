// Extending and verifying the hash chain of approved ledger entries.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { Worker } from 'worker_threads';
import { entryHash, GENESIS, START, verifyBatch, type ChainBreak, type ChainRow, type ChainState, type HashedEntry } from '../domain/points/ledger-hash';
import { SQLITE_CHAIN_SQL, fromSqliteRow } from './chain-rows';
import { WORKER_SOURCE, type SliceJob, type SliceResult } from './verify-worker';
import { linkTable } from '../db/link-tables';

const ENTRY = 'api::points-entry.points-entry';

/**
 * Takes the chain for this transaction. PostgreSQL: an advisory lock held to commit, so concurrent
 * approvals queue up instead of forking. SQLite: one connection, transactions already run one at a time.
 */
export async function lockChain(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'postgres' || knex.client.config.client === 'pg') {
    await knex.raw("SELECT pg_advisory_xact_lock(hashtext('points_entries_chain'))");
  }
}

export async function chainHead(knex: Knex): Promise<{ seq: number; hash: string }> {
  const row = await knex('points_entries').whereNotNull('seq').orderBy('seq', 'desc').first('seq', 'hash');
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS };
}

/** Seals one entry onto the chain after `head`; returns the fields to store and the new head. */
export function seal(entry: Omit<HashedEntry, 'seq'>, head: { seq: number; hash: string }) {
  const seq = head.seq + 1;
  const hash = entryHash({ ...entry, seq }, head.hash);
  return { fields: { seq, prevHash: head.hash, hash }, head: { seq, hash } };
}

/**
 * Chain rows straight from the entries table: the relation ids the hash covers are kept as plain
 * copies on the row (memberRef, …), so verifying needs no joins; `linkMismatch` checks the copies
 * against Strapi's link tables in SQL.
 */
const CHAIN_COLUMNS = [
  'id', 'seq', 'document_id as documentId', 'member_ref as memberId', 'organisation_ref as organisationId', 'rule_ref as ruleId',
  'points_tenths as pointsTenths', 'occurred_on as occurredOn', 'reason', 'reverses_ref as reversesId', 'decided_at as decidedAt',
  'approver_id as approverId', 'prev_hash as prevHash', 'hash',
];

export function chainQuery(knex: Knex) {
  return knex('points_entries').whereNotNull('seq').select(CHAIN_COLUMNS);
}

/** The lowest sequence number whose relations in the link tables differ from its hashed copies. */
async function linkMismatch(strapi: Core.Strapi, knex: Knex): Promise<ChainBreak | null> {
  let first: ChainBreak | null = null;
  for (const [attr, column] of [['member', 'member_ref'], ['organisation', 'organisation_ref'], ['rule', 'rule_ref'], ['reverses', 'reverses_ref']]) {
    const l = linkTable(strapi, ENTRY, attr);
    const row = await knex('points_entries as e').leftJoin(`${l.table} as l`, `l.${l.owner}`, 'e.id').whereNotNull('e.seq')
      .andWhereRaw(`COALESCE(l.??, 0) <> COALESCE(e.??, 0)`, [l.target, column])
      .orderBy('e.seq').first('e.id', 'e.seq', 'e.document_id as documentId');
    if (row && (!first || Number(row.seq) < first.seq)) first = { seq: Number(row.seq), id: Number(row.id), documentId: row.documentId, problem: 'relation_mismatch' };
  }
  return first;
}

/** node-postgres may parse a DATE column to local midnight; read it back in local time. */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Database values → the exact types the hash was computed over. */
export function toChainRow(r: any): ChainRow {
  const day = r.occurredOn instanceof Date ? localDay(r.occurredOn) : String(r.occurredOn).slice(0, 10);
  const at = r.decidedAt instanceof Date ? r.decidedAt : new Date(typeof r.decidedAt === 'string' && /^\d+$/.test(r.decidedAt) ? Number(r.decidedAt) : r.decidedAt);
  return {
    id: Number(r.id), seq: Number(r.seq), documentId: r.documentId,
    memberId: r.memberId == null ? null : Number(r.memberId), organisationId: r.organisationId == null ? null : Number(r.organisationId),
    ruleId: Number(r.ruleId), pointsTenths: Number(r.pointsTenths), occurredOn: day, reason: r.reason ?? '',
    reversesId: r.reversesId == null ? null : Number(r.reversesId), approvedAt: at.toISOString(),
    approverId: r.approverId == null ? null : Number(r.approverId), prevHash: r.prevHash, hash: r.hash,
  };
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  broken: ChainBreak | null;
  ms: number;
}

/** Walks the whole chain in batches (keyset on seq) and names the first broken entry. */
const isSqlite = (knex: Knex) => (knex.client as any).config.client === 'better-sqlite3' && !(knex as any).isTransaction;

/**
 * The next batch of chain rows after `afterSeq`. On SQLite the rows are read as arrays straight
 * from better-sqlite3, which halves the cost of the walk (objects per row dominate it).
 */
async function readBatch(knex: Knex, afterSeq: number, upTo: number, limit: number): Promise<ChainRow[]> {
  if (isSqlite(knex)) {
    const client = knex.client as any;
    const conn = await client.acquireConnection();
    try {
      return (conn.prepare(SQLITE_CHAIN_SQL).raw(true).all(afterSeq, upTo, limit) as any[][]).map(fromSqliteRow);
    } finally {
      await client.releaseConnection(conn);
    }
  }
  return (await chainQuery(knex).andWhere('seq', '>', afterSeq).andWhere('seq', '<=', upTo).orderBy('seq', 'asc').limit(limit)).map(toChainRow);
}

/** Walks seq in (from, to] on this thread. */
async function walk(knex: Knex, from: number, to: number, batch: number, state: ChainState) {
  let after = from;
  for (;;) {
    const rows = await readBatch(knex, after, to, batch);
    const res = verifyBatch(rows, state);
    state = res.state;
    if (res.broken || rows.length < batch) return res;
    after = rows[rows.length - 1].seq;
  }
}

/** The upper half of a long SQLite chain goes to a worker thread with its own connection. */
function walkInWorker(knex: Knex, from: number, to: number, batch: number): Promise<SliceResult> {
  const job: SliceJob = {
    filename: (knex.client as any).connectionSettings.filename,
    driver: require.resolve('better-sqlite3'),
    rowsModule: require.resolve('./chain-rows'),
    hashModule: require.resolve('../domain/points/ledger-hash'),
    from, to, batch,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

export async function verifyChain(strapi: Core.Strapi, knex: Knex, batch = 20_000, parallelFrom = 50_000): Promise<VerifyResult> {
  const t0 = Date.now();
  const head = await chainHead(knex);
  const at = async (seq: number, problem: ChainBreak['problem']): Promise<ChainBreak> => {
    const row = await knex('points_entries').where({ seq }).first('id', 'document_id');
    return { seq, id: Number(row?.id ?? 0), documentId: row?.document_id ?? '', problem };
  };
  // Long SQLite chains are walked in two halves at once; the seam between them is checked after.
  // (Only from compiled JS: a worker cannot load the TypeScript sources a tsx script runs on.)
  const split = isSqlite(knex) && head.seq > parallelFrom && __filename.endsWith('.js') ? Math.floor(head.seq / 2) : head.seq;
  const upper = split < head.seq ? walkInWorker(knex, split, head.seq, batch) : null;
  const lower = await walk(knex, 0, split, batch, START);
  let broken: ChainBreak | null = lower.broken;
  let state = lower.state;
  if (!broken && state.lastSeq !== split) broken = await at(state.lastSeq + 1, 'sequence_gap');
  if (upper) {
    const u = await upper;
    if (!broken && u.firstPrevHash !== state.lastHash) broken = await at(split + 1, 'prev_hash_mismatch');
    if (!broken) broken = u.broken;
    if (!broken && u.state.lastSeq !== head.seq) broken = await at(u.state.lastSeq + 1, 'sequence_gap');
    if (!broken) state = { lastSeq: u.state.lastSeq, lastHash: u.state.lastHash, checked: state.checked + u.state.checked };
  }
  const relations = await linkMismatch(strapi, knex);
  if (relations && (!broken || relations.seq < broken.seq)) broken = relations;
  return { ok: !broken, checked: broken ? broken.seq - 1 : state.checked, head, broken, ms: Date.now() - t0 };
}
