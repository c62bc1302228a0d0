import { describe, expect, it } from 'vitest';
import {
  checkRecord, factsOf, membersNamed, refusalOf, shapeFindings, verdictOf, REFUSED_ON_SAVE, type DecisionRecord,
} from '../../cms/src/domain/decisions/record';
import type { DecisionRule } from '../../cms/src/domain/decisions/rules';
import { parseDigestFile, toDigestFile } from '../../cms/src/domain/chain/digest-file';
import { generateSigningKeys, signDigest, verifyDigest } from '../../cms/src/domain/chain/digest';
import { planDecisions, type TownshipInput } from '../../seeds/decision-plan';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: DecisionRule[] }>('decision-rules.json').rules;
const rule = (code: string) => rules.find((r) => r.code === code)!;
const cadre = rule('cadre.appointment');
const ordinary = rule('ordinary.party-committee');
const village = rule('village.four-two');
const TODAY = '2026-11-27';
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

/** m1 (secretary) … m7 due; all present; everyone agrees, the secretary last. */
function record(over: Partial<DecisionRecord> = {}): DecisionRecord {
  const due = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
  return {
    body: 'party_committee', method: 'meeting', decidedOn: '2026-11-20', due, present: due, recused: [], secretary: 'm1',
    statements: [...due.slice(1), 'm1'].map((member) => ({ member, position: 'agree' as const })), outcome: 'passed', ...over,
  };
}

describe('a stored record checked against its rule', () => {
  it('a complete cadre appointment passes, and its verdict is stored as ok', () => {
    const r = checkRecord(cadre, record(), { today: TODAY, closing: true });
    expect(r).toEqual({ ok: true, findings: [] });
    expect(verdictOf(r)).toEqual({ checkStatus: 'ok', findingCodes: '' });
  });

  it('maps documentIds to the facts the checks read, names included', () => {
    const f = factsOf(record({ recused: [{ member: 'm2', reason: '近亲属' }], memberNames: { m1: '王书记' }, amountFen: '5000000' }));
    expect(f.recused).toEqual([{ memberId: 'm2', reason: '近亲属' }]);
    expect(f.amountFen).toBe(5_000_000);
    expect(f.names).toEqual({ m1: '王书记' });
    expect(f.statements.at(-1)).toEqual({ memberId: 'm1', position: 'agree', remarks: null });
  });

  it('refuses on save what can never be true, names the rule, and keeps the rest for finalising', () => {
    const notDue = checkRecord(cadre, record({ statements: [{ member: 'x9', position: 'agree' }, { member: 'm1', position: 'agree' }] }), { today: TODAY, closing: false });
    expect(refusalOf(notDue)).toMatchObject({ code: 'statement_not_due', message: expect.stringContaining('「干部任免」') });
    const recusedVoting = checkRecord(cadre, record({ recused: [{ member: 'm2', reason: '近亲属' }] }), { today: TODAY, closing: false });
    expect(refusalOf(recusedVoting)?.code).toBe('recused_voted');
    const money = checkRecord(ordinary, record({ amountFen: 5_000_000 }), { today: TODAY, closing: false });
    expect(refusalOf(money)).toMatchObject({ code: 'amount_requires_major_rule', message: expect.stringContaining('「党委会一般事项」') });
    expect(refusalOf(checkRecord(ordinary, record({ amountFen: 4_999_999 }), { today: TODAY, closing: false }))).toBeNull();
    // Too few present is a draft's problem, not a refusal: it blocks finalising.
    const few = checkRecord(cadre, record({ present: ['m1', 'm2', 'm3', 'm4'], statements: [{ member: 'm2', position: 'agree' }, { member: 'm3', position: 'agree' }, { member: 'm4', position: 'agree' }, { member: 'm1', position: 'agree' }] }), { today: TODAY, closing: false });
    expect(codes(few)).toContain('quorum_not_met');
    expect(refusalOf(few)).toBeNull();
    expect(verdictOf(few).checkStatus).toBe('error');
  });

  it('needs a day (not in the future) and a reason for a correction', () => {
    expect(codes(checkRecord(cadre, record({ decidedOn: null }), { today: TODAY, closing: true }))).toEqual(['decided_on_missing']);
    expect(refusalOf(checkRecord(cadre, record({ decidedOn: '2026-11-28' }), { today: TODAY, closing: false }))?.code).toBe('decided_in_future');
    expect(refusalOf(checkRecord(cadre, record({ decidedOn: '2026-02-30' }), { today: TODAY, closing: false }))?.code).toBe('decided_on_invalid');
    expect(refusalOf(checkRecord(cadre, record({ corrects: { id: 1 }, correctionReason: ' ' }), { today: TODAY, closing: false }))?.code).toBe('correction_reason_missing');
  });

  it('reports lists of the wrong shape instead of guessing', () => {
    expect(codes(result(shapeFindings({ due: 'm1' } as DecisionRecord, cadre)))).toEqual(['field_invalid']);
    expect(codes(result(shapeFindings({ due: ['m1', 'm1'] }, cadre)))).toEqual(['member_duplicate']);
    expect(codes(result(shapeFindings({ statements: [{ member: 'm1' }] } as DecisionRecord, cadre)))).toEqual(['field_invalid']);
    expect(shapeFindings(record(), cadre)).toEqual([]);
    expect(membersNamed(record({ recused: [{ member: 'm9', reason: 'x' }] }))).toContain('m9');
  });

  it('stores finding codes fenced by commas, so one code never matches another that contains it', () => {
    const v = verdictOf({ ok: true, findings: [{ code: 'split_views', severity: 'warning', message: '' }] });
    expect(v).toEqual({ checkStatus: 'warning', findingCodes: ',split_views,' });
  });

  it('checks 四议两公开 step by step, complete only when closing', () => {
    const steps = [{ step: 'propose', date: '2026-11-01', body: 'branch_committee', attendance: { due: 5, present: 5 }, vote: { agree: 5 }, evidence: ['1'] }];
    expect(checkRecord(village, {}, { today: TODAY, closing: false, steps }).ok).toBe(true);
    expect(codes(checkRecord(village, {}, { today: TODAY, closing: true, steps }))).toContain('step_missing');
    const early = checkRecord(village, {}, { today: TODAY, closing: false, steps: [...steps, { step: 'discuss', date: '2026-10-30', body: 'two_committees', attendance: { due: 9, present: 8 }, evidence: ['2'] }] });
    expect(refusalOf(early)?.code).toBe('step_before_predecessor');
    expect(REFUSED_ON_SAVE.has('step_out_of_order')).toBe(true);
  });
});

function result(findings: ReturnType<typeof shapeFindings>) {
  return { ok: !findings.length, findings };
}

describe('digest files', () => {
  it('round-trip, stand on their own, and are refused when they are not ours', () => {
    const keys = generateSigningKeys();
    const signed = signDigest(keys.privateKeyPem, { ledgerHead: { seq: 3, hash: 'a'.repeat(64) }, decisionsHead: { seq: 1, hash: 'b'.repeat(64) }, at: '2026-11-26T16:00:00.000Z' });
    const file = parseDigestFile(JSON.stringify(toDigestFile(signed, keys.publicKeyPem)));
    expect(verifyDigest(keys.publicKeyPem, file)).toBe(true);
    expect(file.publicKey).toBe(keys.publicKeyPem);
    expect(() => parseDigestFile('{')).toThrow('不是有效的 JSON');
    expect(() => parseDigestFile(JSON.stringify({ ...file, tag: 'x' }))).toThrow('不是本平台的签名摘要文件');
    expect(() => parseDigestFile(JSON.stringify({ ...file, ledgerHead: null }))).toThrow('ledgerHead');
  });
});

describe('the demo year of decisions', () => {
  const member = (t: number, i: number) => ({ documentId: `t${t}m${i}`, name: `成员${t}-${i}` });
  const townships: TownshipInput[] = [0, 1, 2, 3].map((t) => ({
    code: `32132310${t}`, name: `镇${t}`, committee: { id: 100 + t, documentId: `c${t}`, name: `镇${t}党委` },
    committeeMembers: Array.from({ length: 7 }, (_, i) => member(t, i)),
    villages: [0, 1].map((v) => ({ org: { id: 200 + t * 10 + v, documentId: `v${t}${v}`, name: `村${t}${v}` }, committee: Array.from({ length: 3 }, (_, i) => member(t * 10 + v + 50, i)), memberCount: 30 })),
  }));
  const plan = planDecisions({ today: TODAY, rules, townships });

  it('is deterministic', () => {
    expect(planDecisions({ today: TODAY, rules, townships })).toEqual(plan);
  });

  it('finalised records pass their checks; some carry warnings; a few drafts have errors; 四议两公开 at different steps', () => {
    let warned = 0;
    let draftErrors = 0;
    for (const p of plan) {
      const steps = p.steps.map((s) => ({ ...s, attendance: s.due != null ? { due: s.due, present: s.present ?? 0, recused: s.recused ?? 0 } : null, vote: s.agree != null ? { agree: s.agree, disagree: s.disagree ?? 0, defer: s.defer ?? 0 } : null, evidence: ['1'] }));
      const r = checkRecord(p.rule, p as Parameters<typeof checkRecord>[1], { today: TODAY, closing: !!p.finalisedAt, steps });
      expect(refusalOf(r), p.subject).toBeNull();
      if (p.finalisedAt) expect(r.ok, `${p.subject}: ${JSON.stringify(r.findings)}`).toBe(true);
      if (p.finalisedAt && r.findings.length) warned++;
      if (!p.finalisedAt && !r.ok) draftErrors++;
      if (p.decidedOn) expect(p.decidedOn < TODAY).toBe(true);
    }
    expect(warned).toBeGreaterThan(0);
    expect(draftErrors).toBeGreaterThanOrEqual(4);
    const stages = new Set(plan.filter((p) => p.rule.kind === 'village_matter').map((p) => `${p.steps.length}/${p.finalisedAt ? 'final' : 'draft'}`));
    expect([...stages].sort()).toEqual(['1/draft', '3/draft', '5/draft', '6/final']);
    expect(new Set(plan.map((p) => p.rule.kind))).toEqual(new Set(rules.map((r) => r.kind)));
  });
});
