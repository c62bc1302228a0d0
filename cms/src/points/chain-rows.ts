// Reading chain rows from SQLite as arrays, shared by the verifier and its worker thread (this
// module imports nothing from Strapi, so a worker can load it on its own).
import type { ChainRow } from '../domain/points/ledger-hash';

export const SQLITE_CHAIN_SQL = `SELECT id, seq, document_id, member_ref, organisation_ref, rule_ref, points_tenths, occurred_on, reason, reverses_ref,
  decided_at, approver_id, prev_hash, hash FROM points_entries WHERE seq IS NOT NULL AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?`;

const num = (v: unknown) => (v == null ? null : Number(v));

export function fromSqliteRow(r: any[]): ChainRow {
  return {
    id: r[0], seq: r[1], documentId: r[2], memberId: num(r[3]), organisationId: num(r[4]), ruleId: r[5], pointsTenths: r[6],
    occurredOn: r[7], reason: r[8] ?? '', reversesId: num(r[9]), approvedAt: new Date(r[10]).toISOString(), approverId: num(r[11]),
    prevHash: r[12], hash: r[13],
  };
}
