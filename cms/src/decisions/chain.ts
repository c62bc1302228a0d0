// The hash chain over sealed decisions, like the points ledger's: a chain lock for sealing, the head,
// and a verifier that rebuilds each sealed record from what the database holds now (its columns,
// its links, its steps, the bytes of its attachments) and names the first one that no longer hashes.
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { sha256Hex } from '../domain/chain/canonical-json';
import { GENESIS, type ChainHead } from '../domain/chain/head';
import { DECISIONS_START, verifyDecisionBatch, type SealedDecision, type SealedRow } from '../domain/decisions/seal';
import { amountOf } from '../domain/decisions/record';
import { DECISION, dayOf, instantOf, stepOf, stepRowsOf, type Row } from './records';
import { tableOf } from '../db/link-tables';

/** Sealing takes the chain for its transaction (PostgreSQL: an advisory lock; SQLite writes one at a time). */
export async function lockDecisionChain(knex: Knex): Promise<void> {
  const client = knex.client.config.client;
  if (client === 'postgres' || client === 'pg') await knex.raw("SELECT pg_advisory_xact_lock(hashtext('decisions_chain'))");
}

export async function decisionsHead(strapi: Core.Strapi, knex: Knex): Promise<ChainHead> {
  const row = await knex(tableOf(strapi, DECISION)).whereNotNull('seq').orderBy('seq', 'desc').first('seq', 'hash');
  return row ? { seq: Number(row.seq), hash: row.hash } : { seq: 0, hash: GENESIS };
}

/** The hash the chain holds at `seq` now (GENESIS at 0), or null when there is no such record. */
export async function decisionHashAt(strapi: Core.Strapi, knex: Knex, seq: number): Promise<string | null> {
  if (seq === 0) return GENESIS;
  const row = await knex(tableOf(strapi, DECISION)).where({ seq }).first('hash');
  return row?.hash ?? null;
}

/** sha256 of an uploaded file's bytes, or null when it is not on this server's disk. */
export function fileSha256(strapi: Core.Strapi, file: Row): string | null {
  if (file?.provider !== 'local' || typeof file.url !== 'string') return null;
  const root = path.join(strapi.dirs.static.public, 'uploads');
  const onDisk = path.resolve(strapi.dirs.static.public, `.${file.url}`);
  if (!onDisk.startsWith(root + path.sep) || !fs.existsSync(onDisk)) return null;
  return sha256Hex(fs.readFileSync(onDisk).toString('base64'));
}

const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/**
 * A decision row (relations populated) and its step rows as the seal covers them. `at` and `by`
 * are the finalising instant and user: given when sealing, read from the row when verifying.
 */
export function sealedOf(strapi: Core.Strapi, d: Row, steps: Row[], at: string, by: number | null, warnings: string[]): Omit<SealedDecision, 'seq'> {
  const village = d.kind === 'village_matter' || d.rule?.kind === 'village_matter';
  return {
    documentId: d.documentId,
    organisationId: d.organisation?.id ?? null,
    ruleCode: d.rule?.code ?? '',
    ruleHash: d.ruleHash ?? '',
    kind: d.kind ?? d.rule?.kind ?? '',
    subject: d.subject ?? '',
    amountFen: amountOf(d.amountFen),
    method: d.method ?? 'meeting',
    meetingId: d.meetingId ?? null,
    decidedOn: dayOf(d.decidedOn) ?? '',
    body: d.body ?? null,
    due: ids(d.due),
    present: ids(d.present),
    recused: (Array.isArray(d.recused) ? d.recused : []).map((r: Row) => ({ memberId: String(r.member), reason: r.reason ?? '' })),
    secretaryId: d.secretary ?? null,
    statements: (Array.isArray(d.statements) ? d.statements : []).map((s: Row) => ({ memberId: String(s.member), position: s.position, remarks: s.remarks ?? null })),
    outcome: d.outcome,
    steps: village ? steps.map(stepOf) : null,
    attachments: (d.attachments ?? []).map((f: Row) => ({ id: String(f.id), sha256: fileSha256(strapi, f) })),
    warnings,
    correctsId: d.corrects?.documentId ?? null,
    correctionReason: d.correctionReason ?? '',
    finalisedAt: at,
    finalisedBy: by,
  };
}

export const warningCodes = (warnings: unknown): string[] => (Array.isArray(warnings) ? warnings.map((w: Row) => String(w?.code ?? w)) : []);

export interface ChainBreakAt {
  seq: number | null;
  id: number | null;
  documentId: string;
  problem: string;
  message: string;
}

export interface DecisionsVerifyResult {
  ok: boolean;
  checked: number;
  head: ChainHead;
  broken: ChainBreakAt | null;
  ms: number;
}

/** Walks every sealed decision in seq order and names the first broken one. */
export async function verifyDecisionChain(strapi: Core.Strapi, knex: Knex, batch = 500): Promise<DecisionsVerifyResult> {
  const t0 = Date.now();
  const head = await decisionsHead(strapi, knex);
  let state = DECISIONS_START;
  let broken: ChainBreakAt | null = null;
  for (;;) {
    const rows: Row[] = await strapi.db.query(DECISION as any).findMany({
      where: { seq: { $gt: state.lastSeq } },
      orderBy: { seq: 'asc' },
      limit: batch,
      populate: { organisation: { select: ['id'] }, rule: { select: ['code', 'kind'] }, attachments: true, corrects: { select: ['documentId'] } },
    });
    if (!rows.length) break;
    const steps = await stepRowsOf(strapi, rows.filter((r) => r.kind === 'village_matter').map((r) => r.id));
    const sealed: SealedRow[] = rows.map((r) => ({
      ...sealedOf(strapi, r, steps.get(r.id) ?? [], instantOf(r.finalisedAt) ?? '', r.finalisedBy ?? null, warningCodes(r.warnings)),
      seq: Number(r.seq), id: r.id, prevHash: r.prevHash, hash: r.hash,
    }));
    const res = verifyDecisionBatch(sealed, state);
    const notFinal = rows.find((r) => r.status !== 'final' && (!res.broken || Number(r.seq) < res.broken.seq));
    if (notFinal) {
      broken = { seq: Number(notFinal.seq), id: notFinal.id, documentId: notFinal.documentId, problem: 'not_final',
        message: `决策记录 ${notFinal.documentId}（第 ${notFinal.seq} 号）已封存，状态却不再是定稿（被直接改动）` };
      break;
    }
    if (res.broken) {
      broken = res.broken;
      break;
    }
    state = res.state;
    if (rows.length < batch) break;
  }
  if (!broken) {
    // A record marked final without a seal was never sealed or had its seal removed.
    const unsealed = await knex(tableOf(strapi, DECISION)).where({ status: 'final' }).whereNull('seq').first('id', 'document_id');
    if (unsealed) {
      broken = { seq: null, id: unsealed.id, documentId: unsealed.document_id, problem: 'not_sealed', message: `决策记录 ${unsealed.document_id} 标为定稿却没有封存序号（被直接改动）` };
    }
  }
  return { ok: !broken, checked: state.checked, head, broken, ms: Date.now() - t0 };
}
