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

/** The SQL that reads chain rows with the relation ids the hash covers, in sequence order. */
export function chainQuery(strapi: Core.Strapi, knex: Knex) {
  const l = (attr: string) => linkTable(strapi, ENTRY, attr);
  const [member, org, rule, rev] = ['member', 'organisation', 'rule', 'reverses'].map(l);
  return knex('points_entries as e')
    .leftJoin(`${member.table} as lm`, `lm.${member.owner}`, 'e.id')
    .leftJoin(`${org.table} as lo`, `lo.${org.owner}`, 'e.id')
    .leftJoin(`${rule.table} as lr`, `lr.${rule.owner}`, 'e.id')
    .leftJoin(`${rev.table} as lv`, `lv.${rev.owner}`, 'e.id')
    .whereNotNull('e.seq')
    .select(
      'e.id', 'e.seq', 'e.document_id as documentId', `lm.${member.target} as memberId`, `lo.${org.target} as organisationId`,
      `lr.${rule.target} as ruleId`, 'e.points_tenths as pointsTenths', 'e.occurred_on as occurredOn', 'e.reason',
      `lv.${rev.target} as reversesId`, 'e.decided_at as decidedAt', 'e.approver_id as approverId', 'e.prev_hash as prevHash', 'e.hash',
    );
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
export async function verifyChain(strapi: Core.Strapi, knex: Knex, batch = 10_000): Promise<VerifyResult> {
  const t0 = Date.now();
  let state = START;
  for (;;) {
    const rows = await chainQuery(strapi, knex).where('e.seq', '>', state.lastSeq).orderBy('e.seq', 'asc').limit(batch);
    const res = verifyBatch(rows.map(toChainRow), state);
    state = res.state;
    if (res.broken) return { ok: false, checked: state.checked, head: { seq: state.lastSeq, hash: state.lastHash }, broken: res.broken, ms: Date.now() - t0 };
    if (rows.length < batch) break;
  }
  return { ok: true, checked: state.checked, head: { seq: state.lastSeq, hash: state.lastHash }, broken: null, ms: Date.now() - t0 };
}
