// Sealing a finalised decision: a canonical form of the record, hashed with the previous sealed
// record's hash into a chain like the points ledger (seq, prevHash, hash). A direct database edit of
// any sealed field, a reorder or a dropped record breaks the chain there, and verify names it.
//
// Canonical form (every field below, nothing else; keys sorted by canonicalJson):
//   seq, prevHash, documentId, organisationId, ruleCode, ruleHash, kind, subject, amountFen, method,
//   meetingId, decidedOn, body, due[], present[], recused[{memberId, reason}], secretaryId,
//   statements[{memberId, position, remarks}], outcome, steps[…], attachments[{id, sha256}], warnings[],
//   correctsId, correctionReason, finalisedAt, finalisedBy.
// Ids are strings (a database may hand back 7 or '7'); due, present, recused, attachments and evidence
// are sets, sorted; statements and steps keep their order, which is part of what was decided.
// Absent text is '', absent counts 0, absent refs null, so a null/undefined round trip hashes the same.
import type { DecisionRule } from './rules';
import type { MemberRef, Method, Outcome, Position } from './facts';
import type { StepRecord } from './village-steps';
import { canonicalJson, sha256Hex } from '../chain/canonical-json';
import { GENESIS, type ChainHead } from '../chain/head';
import { isDay } from './days';

export { GENESIS, EMPTY_HEAD, type ChainHead } from '../chain/head';

export type Ref = string | number;

export interface SealedDecision {
  seq: number;
  documentId: string;
  organisationId: Ref | null;
  ruleCode: string;
  /** ruleHash(rule) of the rule as it stood at finalising, so a later rule edit cannot re-read the record. */
  ruleHash: string;
  kind: string;
  subject: string;
  amountFen: number | null;
  method: Method;
  meetingId: Ref | null;
  /** The day the decision was taken (the meeting day; for 四议两公开, the day the record closed). */
  decidedOn: string;
  body: string | null;
  due: MemberRef[];
  present: MemberRef[];
  recused: Array<{ memberId: MemberRef; reason: string }>;
  secretaryId: MemberRef | null;
  statements: Array<{ memberId: MemberRef; position: Position; remarks?: string | null }>;
  outcome: Outcome;
  /** 四议两公开 only, in the rule's order. */
  steps: StepRecord[] | null;
  /** sha256 of each file's content where known, so a swapped file shows. */
  attachments: Array<{ id: Ref; sha256?: string | null }>;
  /** Codes of the warnings shown and kept at finalising. */
  warnings: string[];
  /** A correction names the sealed record it corrects and why; the original stays as it was. */
  correctsId?: string | null;
  correctionReason?: string | null;
  /** UTC instant as Date.toISOString() gives it. */
  finalisedAt: string;
  finalisedBy: Ref | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HEX64 = /^[0-9a-f]{64}$/;

const ref = (r: Ref | null | undefined) => (r == null || r === '' ? null : String(r));
const text = (s: string | null | undefined) => s ?? '';
const int = (n: number | null | undefined) => n ?? 0;
const sortedRefs = (rs: Ref[] | null | undefined) => [...new Set((rs ?? []).map((r) => String(r)))].sort();
const byKey = <T>(k: (x: T) => string) => (a: T, b: T) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0);

function canonicalStep(s: StepRecord) {
  return {
    step: s.step,
    date: s.date,
    body: s.body ?? null,
    attendance: s.attendance ? { due: s.attendance.due, present: s.attendance.present, recused: int(s.attendance.recused) } : null,
    vote: s.vote ? { agree: s.vote.agree, disagree: int(s.vote.disagree), defer: int(s.vote.defer) } : null,
    evidence: sortedRefs(s.evidence ?? []),
    displayedUntil: s.displayedUntil ?? null,
  };
}

/** The exact text hashed for a record after `prevHash`. Throws on a value that has no canonical form. */
export function canonicalDecision(d: SealedDecision, prevHash: string): string {
  if (!Number.isSafeInteger(d.seq) || d.seq < 1) throw new Error(`seq must be a positive integer: ${d.seq}`);
  if (!HEX64.test(prevHash)) throw new Error(`prevHash must be 64 hex digits: ${prevHash}`);
  if (!isDay(d.decidedOn)) throw new Error(`decidedOn must be YYYY-MM-DD: ${d.decidedOn}`);
  if (!ISO_INSTANT.test(d.finalisedAt)) throw new Error(`finalisedAt must be an ISO UTC instant: ${d.finalisedAt}`);
  return canonicalJson({
    seq: d.seq,
    prevHash,
    documentId: d.documentId,
    organisationId: ref(d.organisationId),
    ruleCode: d.ruleCode,
    ruleHash: d.ruleHash,
    kind: d.kind,
    subject: text(d.subject),
    amountFen: d.amountFen ?? null,
    method: d.method,
    meetingId: ref(d.meetingId),
    decidedOn: d.decidedOn,
    body: d.body ?? null,
    due: sortedRefs(d.due),
    present: sortedRefs(d.present),
    recused: (d.recused ?? []).map((r) => ({ memberId: String(r.memberId), reason: text(r.reason) })).sort(byKey((r) => r.memberId)),
    secretaryId: ref(d.secretaryId),
    statements: (d.statements ?? []).map((s) => ({ memberId: String(s.memberId), position: s.position, remarks: text(s.remarks) })),
    outcome: d.outcome,
    steps: d.steps ? d.steps.map(canonicalStep) : null,
    attachments: (d.attachments ?? []).map((a) => ({ id: String(a.id), sha256: a.sha256 ?? null })).sort(byKey((a) => a.id)),
    warnings: [...(d.warnings ?? [])],
    correctsId: d.correctsId ?? null,
    correctionReason: text(d.correctionReason),
    finalisedAt: d.finalisedAt,
    finalisedBy: ref(d.finalisedBy),
  });
}

export function decisionHash(d: SealedDecision, prevHash: string): string {
  return sha256Hex(canonicalDecision(d, prevHash));
}

/**
 * The rule record's fingerprint, stored with each sealed decision taken under it: every field that
 * decides a check (not the description, not database bookkeeping such as id or updatedAt).
 */
export function ruleHash(rule: DecisionRule): string {
  const plain = (v: unknown) => (v == null ? null : JSON.parse(JSON.stringify(v)));
  return sha256Hex(canonicalJson({
    code: rule.code, kind: rule.kind, name: rule.name, body: rule.body ?? null,
    quorum: plain(rule.quorum), passing: plain(rule.passing),
    secretaryLast: !!rule.secretaryLast, eachMemberStates: !!rule.eachMemberStates, meetingRequired: !!rule.meetingRequired,
    amountThresholdFen: rule.amountThresholdFen ?? null, splitMargin: plain(rule.splitMargin), steps: plain(rule.steps),
  }));
}

/** Seals a finalised record after `head`: the fields to store on it and the new head. */
export function sealDecision(d: Omit<SealedDecision, 'seq'>, head: ChainHead) {
  const seq = head.seq + 1;
  const hash = decisionHash({ ...d, seq }, head.hash);
  return { fields: { seq, prevHash: head.hash, hash }, head: { seq, hash } };
}

export interface SealedRow extends SealedDecision {
  id?: number;
  prevHash: string;
  hash: string;
}

export interface DecisionBreak {
  seq: number;
  id: number | null;
  documentId: string;
  problem: 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'not_canonical';
  /** Chinese, for the panel and the verify command. */
  message: string;
}

export interface DecisionChainState {
  lastSeq: number;
  lastHash: string;
  checked: number;
}

export const DECISIONS_START: DecisionChainState = { lastSeq: 0, lastHash: GENESIS, checked: 0 };

const PROBLEMS: Record<DecisionBreak['problem'], string> = {
  sequence_gap: '序号不连续（记录被删除或插入）',
  prev_hash_mismatch: '与前一条记录的链接不符（记录被删除、插入或调换）',
  hash_mismatch: '内容与封存时的哈希不符（封存后被修改）',
  not_canonical: '含有无法规范化的数据（如小数或格式错误的日期）',
};

/**
 * Walks sealed records in seq order, batch by batch: feed the rows after `state` and keep the
 * returned state. Stops at the first break and names it.
 */
export function verifyDecisionBatch(rows: SealedRow[], state: DecisionChainState = DECISIONS_START): { state: DecisionChainState; broken: DecisionBreak | null } {
  let { lastSeq, lastHash, checked } = state;
  const stop = (r: SealedRow, problem: DecisionBreak['problem']) => ({
    state: { lastSeq, lastHash, checked },
    broken: { seq: r.seq, id: r.id ?? null, documentId: r.documentId, problem, message: `决策记录 ${r.documentId}（第 ${r.seq} 号）${PROBLEMS[problem]}` },
  });
  for (const r of rows) {
    if (r.seq !== lastSeq + 1) return stop(r, 'sequence_gap');
    if (r.prevHash !== lastHash) return stop(r, 'prev_hash_mismatch');
    let hash: string;
    try {
      hash = decisionHash(r, r.prevHash);
    } catch {
      return stop(r, 'not_canonical');
    }
    if (hash !== r.hash) return stop(r, 'hash_mismatch');
    lastSeq = r.seq;
    lastHash = r.hash;
    checked++;
  }
  return { state: { lastSeq, lastHash, checked }, broken: null };
}

/** The whole chain at once: ok, how many records are intact, the head, and the first break. */
export function verifyDecisions(rows: SealedRow[]) {
  const { state, broken } = verifyDecisionBatch(rows, DECISIONS_START);
  return { ok: !broken, checked: state.checked, head: { seq: state.lastSeq, hash: state.lastHash } as ChainHead, broken };
}
