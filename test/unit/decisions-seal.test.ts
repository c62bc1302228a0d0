import { describe, expect, it } from 'vitest';
import {
  canonicalDecision, decisionHash, DECISIONS_START, EMPTY_HEAD, GENESIS, ruleHash, sealDecision, verifyDecisionBatch, verifyDecisions,
  type ChainHead, type SealedDecision, type SealedRow,
} from '../../cms/src/domain/decisions/seal';
import { canonicalJson } from '../../cms/src/domain/chain/canonical-json';
import type { DecisionRule } from '../../cms/src/domain/decisions/rules';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: DecisionRule[] }>('decision-rules.json').rules;
const cadre = rules.find((r) => r.code === 'cadre.appointment')!;
const village = rules.find((r) => r.code === 'village.four-two')!;

function record(n: number): Omit<SealedDecision, 'seq'> {
  return {
    documentId: `dec${n}`,
    organisationId: 12,
    ruleCode: cadre.code,
    ruleHash: ruleHash(cadre),
    kind: cadre.kind,
    subject: `任命第 ${n} 网格网格长`,
    amountFen: null,
    method: 'meeting',
    meetingId: 300 + n,
    decidedOn: '2026-03-10',
    body: 'party_committee',
    due: [1, 2, 3, 4, 5],
    present: [1, 2, 3, 4],
    recused: [{ memberId: 4, reason: '近亲属' }],
    secretaryId: 1,
    statements: [
      { memberId: 2, position: 'agree' },
      { memberId: 3, position: 'defer', remarks: '建议再考察' },
      { memberId: 1, position: 'agree' },
    ],
    outcome: 'passed',
    steps: null,
    attachments: [{ id: 'f9', sha256: 'a'.repeat(64) }],
    warnings: [],
    finalisedAt: '2026-03-10T08:30:00.000Z',
    finalisedBy: 7,
  };
}

function chain(n: number): SealedRow[] {
  let head: ChainHead = EMPTY_HEAD;
  const rows: SealedRow[] = [];
  for (let i = 1; i <= n; i++) {
    const d = record(i);
    const sealed = sealDecision(d, head);
    rows.push({ ...d, ...sealed.fields, id: 100 + i });
    head = sealed.head;
  }
  return rows;
}

describe('canonical form', () => {
  it('sorts keys, keeps array order, refuses floats and non-plain values', () => {
    expect(canonicalJson({ b: 1, a: [2, 1], c: { z: null, y: '中' } })).toBe('{"a":[2,1],"b":1,"c":{"y":"中","z":null}}');
    expect(() => canonicalJson({ a: 1.5 })).toThrow('$.a: only safe integers');
    expect(() => canonicalJson({ a: undefined })).toThrow();
    expect(() => canonicalJson({ a: new Date() })).toThrow();
  });

  it('is the same for 7 and "7", for sets in any order, for null and absent text', () => {
    const d = { ...record(1), seq: 1 };
    const same: SealedDecision = {
      ...d,
      organisationId: '12',
      due: ['5', 3, 4, 2, 1],
      present: [4, 3, 2, 1],
      statements: d.statements.map((s) => ({ ...s, memberId: String(s.memberId), remarks: s.remarks ?? null })),
    };
    expect(canonicalDecision(same, GENESIS)).toBe(canonicalDecision(d, GENESIS));
  });

  it('changes when the statement order changes: who spoke last is part of the record', () => {
    const d = { ...record(1), seq: 1 };
    const reordered = { ...d, statements: [d.statements[2], d.statements[0], d.statements[1]] };
    expect(decisionHash(reordered, GENESIS)).not.toBe(decisionHash(d, GENESIS));
  });

  it('holds every documented field', () => {
    const keys = Object.keys(JSON.parse(canonicalDecision({ ...record(1), seq: 1 }, GENESIS)));
    expect(keys).toEqual([
      'amountFen', 'attachments', 'body', 'correctionReason', 'correctsId', 'decidedOn', 'documentId', 'due', 'finalisedAt', 'finalisedBy', 'kind', 'meetingId', 'method',
      'organisationId', 'outcome', 'present', 'prevHash', 'recused', 'ruleCode', 'ruleHash', 'secretaryId', 'seq', 'statements', 'steps',
      'subject', 'warnings',
    ]);
  });

  it('refuses a float amount, a bad day or a local time', () => {
    expect(() => canonicalDecision({ ...record(1), seq: 1, amountFen: 100.5 }, GENESIS)).toThrow();
    expect(() => canonicalDecision({ ...record(1), seq: 1, decidedOn: '2026-3-10' }, GENESIS)).toThrow();
    expect(() => canonicalDecision({ ...record(1), seq: 1, finalisedAt: '2026-03-10 16:30' }, GENESIS)).toThrow();
  });

  it('covers the steps of a 四议两公开 record', () => {
    const d: SealedDecision = {
      ...record(1), seq: 1, ruleCode: village.code, ruleHash: ruleHash(village), kind: village.kind, body: null,
      steps: [{ step: 'review', date: '2026-03-10', body: 'member_assembly', attendance: { due: 30, present: 24 }, vote: { agree: 20 }, evidence: ['b', 'a'] }],
    };
    const h = decisionHash(d, GENESIS);
    expect(decisionHash({ ...d, steps: [{ ...d.steps![0], vote: { agree: 20, disagree: 0, defer: 0 }, evidence: ['a', 'b'] }] }, GENESIS)).toBe(h);
    expect(decisionHash({ ...d, steps: [{ ...d.steps![0], vote: { agree: 21 } }] }, GENESIS)).not.toBe(h);
  });
});

describe('ruleHash', () => {
  it('follows the fields that decide a check, not the description or database bookkeeping', () => {
    const h = ruleHash(cadre);
    expect(ruleHash({ ...cadre, description: '改写的说明', id: 4, updatedAt: '2026-01-01' } as DecisionRule)).toBe(h);
    expect(ruleHash({ ...cadre, quorum: { share: { num: 1, den: 2 }, strictlyMore: true } })).not.toBe(h);
  });
});

describe('sealing and verifying the chain', () => {
  it('seals records one after another and verifies them', () => {
    const rows = chain(4);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(rows[0].prevHash).toBe(GENESIS);
    expect(rows[2].prevHash).toBe(rows[1].hash);
    expect(verifyDecisions(rows)).toEqual({ ok: true, checked: 4, head: { seq: 4, hash: rows[3].hash }, broken: null });
    expect(verifyDecisions([])).toEqual({ ok: true, checked: 0, head: EMPTY_HEAD, broken: null });
  });

  it('verifies in batches the same as at once', () => {
    const rows = chain(5);
    const first = verifyDecisionBatch(rows.slice(0, 2), DECISIONS_START);
    const second = verifyDecisionBatch(rows.slice(2), first.state);
    expect(second).toEqual({ state: { lastSeq: 5, lastHash: rows[4].hash, checked: 5 }, broken: null });
  });

  const tampers: Array<[string, (r: SealedRow) => SealedRow]> = [
    ['subject', (r) => ({ ...r, subject: r.subject + '（改）' })],
    ['amountFen', (r) => ({ ...r, amountFen: 100 })],
    ['outcome', (r) => ({ ...r, outcome: 'rejected' })],
    ['a statement position', (r) => ({ ...r, statements: r.statements.map((s, i) => (i === 1 ? { ...s, position: 'agree' as const } : s)) })],
    ['a remark', (r) => ({ ...r, statements: r.statements.map((s, i) => (i === 1 ? { ...s, remarks: '同意' } : s)) })],
    ['the members present', (r) => ({ ...r, present: [...r.present, 5] })],
    ['a recusal reason', (r) => ({ ...r, recused: [{ memberId: 4, reason: '' }] })],
    ['the secretary', (r) => ({ ...r, secretaryId: 2 })],
    ['the rule hash', (r) => ({ ...r, ruleHash: 'b'.repeat(64) })],
    ['an attachment', (r) => ({ ...r, attachments: [{ id: 'f9', sha256: 'c'.repeat(64) }] })],
    ['kept warnings', (r) => ({ ...r, warnings: ['split_views'] })],
    ['finalisedAt', (r) => ({ ...r, finalisedAt: '2026-03-11T08:30:00.000Z' })],
  ];

  it.each(tampers)('names the record when %s is edited in the database', (_field, edit) => {
    const rows = chain(4);
    rows[2] = edit(rows[2]);
    const v = verifyDecisions(rows);
    expect(v.ok).toBe(false);
    expect(v.checked).toBe(2);
    expect(v.broken).toEqual({ seq: 3, id: 103, documentId: 'dec3', problem: 'hash_mismatch', message: '决策记录 dec3（第 3 号）内容与封存时的哈希不符（封存后被修改）' });
  });

  it('a float written into a sealed record is named too', () => {
    const rows = chain(3);
    rows[1] = { ...rows[1], amountFen: 0.5 };
    expect(verifyDecisions(rows).broken).toMatchObject({ seq: 2, problem: 'not_canonical' });
  });

  it('a tampered record re-hashed in place breaks the link to the next one', () => {
    const rows = chain(4);
    const edited = { ...rows[1], subject: '改写' };
    rows[1] = { ...edited, hash: decisionHash(edited, edited.prevHash) };
    expect(verifyDecisions(rows).broken).toMatchObject({ seq: 3, documentId: 'dec3', problem: 'prev_hash_mismatch' });
  });

  it('names a dropped record and a swapped pair', () => {
    const rows = chain(4);
    expect(verifyDecisions([rows[0], rows[2], rows[3]]).broken).toMatchObject({ seq: 3, problem: 'sequence_gap' });
    const swapped = chain(4);
    [swapped[1].seq, swapped[2].seq] = [3, 2];
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    expect(verifyDecisions(swapped).broken).toMatchObject({ seq: 2, documentId: 'dec3', problem: 'prev_hash_mismatch' });
  });
});
