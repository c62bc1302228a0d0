// Extending and verifying the hash chain of approved ledger entries.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { entryHash, GENESIS, START, verifyBatch, type ChainBreak, type ChainRow, type HashedEntry } from '../domain/points/ledger-hash';
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
const SQLITE_CHAIN_SQL = `SELECT id, seq, document_id, member_ref, organisation_ref, rule_ref, points_tenths, occurred_on, reason, reverses_ref,
  decided_at, approver_id, prev_hash, hash FROM points_entries WHERE seq IS NOT NULL AND seq > ? ORDER BY seq LIMIT ?`;

const num = (v: unknown) => (v == null ? null : Number(v));

/**
 * The next batch of chain rows after `afterSeq`. On SQLite the rows are read as arrays straight
 * from better-sqlite3, which halves the cost of the walk (objects per row dominate it).
 */
async function readBatch(knex: Knex, afterSeq: number, limit: number): Promise<ChainRow[]> {
  const client = knex.client as any;
  if (client.config.client === 'better-sqlite3' && !(knex as any).isTransaction) {
    const conn = await client.acquireConnection();
    try {
      const rows: any[][] = conn.prepare(SQLITE_CHAIN_SQL).raw(true).all(afterSeq, limit);
      return rows.map((r) => ({
        id: r[0], seq: r[1], documentId: r[2], memberId: num(r[3]), organisationId: num(r[4]), ruleId: r[5], pointsTenths: r[6],
        occurredOn: r[7], reason: r[8] ?? '', reversesId: num(r[9]), approvedAt: new Date(r[10]).toISOString(), approverId: num(r[11]),
        prevHash: r[12], hash: r[13],
      }));
    } finally {
      await client.releaseConnection(conn);
    }
  }
  return (await chainQuery(knex).andWhere('seq', '>', afterSeq).orderBy('seq', 'asc').limit(limit)).map(toChainRow);
}

export async function verifyChain(strapi: Core.Strapi, knex: Knex, batch = 20_000): Promise<VerifyResult> {
  const t0 = Date.now();
  let state = START;
  let broken: ChainBreak | null = null;
  for (;;) {
    const rows = await readBatch(knex, state.lastSeq, batch);
    const res = verifyBatch(rows, state);
    state = res.state;
    if (res.broken) {
      broken = res.broken;
      break;
    }
    if (rows.length < batch) break;
  }
  const relations = await linkMismatch(strapi, knex);
  if (relations && (!broken || relations.seq < broken.seq)) broken = relations;
  return { ok: !broken, checked: broken ? broken.seq - 1 : state.checked, head: { seq: state.lastSeq, hash: state.lastHash }, broken, ms: Date.now() - t0 };
}
