import { describe, expect, it } from 'vitest';
import { checkDecision } from '../../cms/src/domain/decisions/check-decision';
import { tally, type DecisionFacts, type Outcome, type Position, type Statement } from '../../cms/src/domain/decisions/facts';
import { MAJOR_KINDS, type DecisionRule } from '../../cms/src/domain/decisions/rules';
import { toFen } from '../../cms/src/domain/decisions/money';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: DecisionRule[] }>('decision-rules.json').rules;
const rule = (code: string) => rules.find((r) => r.code === code)!;
const ordinary = rule('ordinary.party-committee');
const cadre = rule('cadre.appointment');
const spending = rule('major.spending');
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `m${i + from}`);

/**
 * `due` members m1…mDue; the first `present` of them attended; m1 is the secretary. Votes are given
 * as counts and spoken by present members from m2 upward, the secretary last when `secretaryVotes`.
 */
function facts(r: DecisionRule, o: { due: number; present: number; agree?: number; disagree?: number; defer?: number; outcome?: Outcome;
  recused?: string[]; amountFen?: number | null; method?: DecisionFacts['method'] }): DecisionFacts {
  const present = ids(o.present);
  const recused = o.recused ?? [];
  const speakers = present.filter((m) => !recused.includes(m));
  const order = [...speakers.filter((m) => m !== 'm1'), ...speakers.filter((m) => m === 'm1')];
  const positions: Position[] = [
    ...Array(o.agree ?? 0).fill('agree'), ...Array(o.disagree ?? 0).fill('disagree'), ...Array(o.defer ?? 0).fill('defer'),
  ];
  if (positions.length > order.length) throw new Error('more votes than speakers');
  // The secretary speaks last, so the last position goes to m1 when m1 is among the speakers.
  const speaking = order.slice(order.length - positions.length);
  const statements: Statement[] = speaking.map((memberId, i) => ({ memberId, position: positions[i] }));
  return {
    body: r.body,
    method: o.method ?? 'meeting',
    amountFen: o.amountFen ?? null,
    due: ids(o.due),
    present,
    recused: recused.map((memberId) => ({ memberId, reason: '近亲属关系' })),
    secretaryId: 'm1',
    statements,
    outcome: o.outcome ?? 'passed',
  };
}

describe('ordinary committee matter (一般事项): more than half present, more than half of those present', () => {
  it('quorum against those due: of 10, 5 present fails, 6 and 7 pass', () => {
    const r5 = checkDecision(ordinary, facts(ordinary, { due: 10, present: 5, agree: 5 }));
    expect(codes(r5)).toEqual(['quorum_not_met']);
    expect(r5.ok).toBe(false);
    expect(r5.findings[0].message).toBe('「党委会一般事项」要求应到会成员过半数到会：应到 10 人，实到 5 人，至少需 6 人');
    expect(checkDecision(ordinary, facts(ordinary, { due: 10, present: 6, agree: 6 }))).toEqual({ ok: true, findings: [] });
    expect(checkDecision(ordinary, facts(ordinary, { due: 10, present: 7, agree: 7 })).ok).toBe(true);
  });

  it('quorum of 9: 4 fails, 5 passes', () => {
    expect(codes(checkDecision(ordinary, facts(ordinary, { due: 9, present: 4, agree: 4 })))).toEqual(['quorum_not_met']);
    expect(checkDecision(ordinary, facts(ordinary, { due: 9, present: 5, agree: 5 })).ok).toBe(true);
  });

  it('passes with more than half of those present: of 8 present, 4 agree fails, 5 and 6 pass', () => {
    const r4 = checkDecision(ordinary, facts(ordinary, { due: 10, present: 8, agree: 4, disagree: 1, defer: 3 }));
    expect(codes(r4)).toEqual(['not_passed']);
    expect(r4.findings[0].message).toContain('同意 4 人，到会成员（不含回避） 8 人，至少需 5 人');
    expect(checkDecision(ordinary, facts(ordinary, { due: 10, present: 8, agree: 5, disagree: 3 })).ok).toBe(true);
    expect(checkDecision(ordinary, facts(ordinary, { due: 10, present: 8, agree: 6, disagree: 2 })).ok).toBe(true);
  });

  it('a vote that fell short is a valid record when its outcome says so; a passed vote recorded as rejected is not', () => {
    expect(checkDecision(ordinary, facts(ordinary, { due: 10, present: 8, agree: 4, disagree: 4, outcome: 'rejected' })).findings.map((f) => f.severity))
      .toEqual(['warning']);
    expect(codes(checkDecision(ordinary, facts(ordinary, { due: 10, present: 8, agree: 5, disagree: 3, outcome: 'rejected' })))).toEqual(['outcome_mismatch']);
    expect(codes(checkDecision(ordinary, { ...facts(ordinary, { due: 5, present: 5, agree: 5 }), outcome: null }))).toEqual(['outcome_missing']);
    expect(codes(checkDecision(ordinary, { ...facts(ordinary, { due: 5, present: 5, agree: 5 }), outcome: 'adopted' as never }))).toEqual(['outcome_invalid']);
  });

  it('does not require every member to state a view', () => {
    expect(checkDecision(ordinary, facts(ordinary, { due: 7, present: 7, agree: 4 })).ok).toBe(true);
  });

  it('must be held by its own body', () => {
    const r = checkDecision(ordinary, { ...facts(ordinary, { due: 5, present: 5, agree: 5 }), body: 'branch_committee' });
    expect(codes(r)).toEqual(['wrong_body']);
    expect(r.findings[0].message).toBe('「党委会一般事项」应由党委会决策，记录为支委会');
  });
});

describe('recusal (回避)', () => {
  it('recused members count for the quorum but not as present for passing', () => {
    // 12 due, 7 present (quorum 7 met), m2 recused: 6 may vote, more than half of 6 is 4.
    const three = facts(ordinary, { due: 12, present: 7, recused: ['m2'], agree: 3, disagree: 3 });
    expect(tally(ordinary, three)).toMatchObject({ present: 7, eligible: 6, base: 6, passNeeded: 4, quorumMet: true, passed: false });
    expect(codes(checkDecision(ordinary, three))).toEqual(['not_passed', 'split_views']);
    expect(checkDecision(ordinary, facts(ordinary, { due: 12, present: 7, recused: ['m2'], agree: 4, disagree: 2 })).ok).toBe(true);
  });

  it('a recused member who votes is an error and the vote is not counted', () => {
    const f = facts(ordinary, { due: 5, present: 5, recused: ['m2'], agree: 2, disagree: 1 });
    f.statements.unshift({ memberId: 'm2', position: 'agree' });
    const r = checkDecision(ordinary, f);
    expect(codes(r)).toEqual(['recused_voted', 'not_passed']);
    expect(tally(ordinary, f).agree).toBe(2);
  });

  it('recusal needs a reason, and only members due to attend can recuse', () => {
    const f = facts(ordinary, { due: 5, present: 5, agree: 4, recused: ['m2'] });
    f.recused = [{ memberId: 'm2', reason: ' ' }, { memberId: 'x9', reason: '利害关系' }];
    expect(codes(checkDecision(ordinary, f))).toEqual(['recused_not_due', 'recusal_reason_missing']);
  });

  it('does not lower the bar when passing counts those due', () => {
    // 9 due, m2 recused: more than half of 9 is still 5.
    const f = facts(cadre, { due: 9, present: 9, recused: ['m2'], agree: 4, disagree: 4 });
    expect(tally(cadre, f)).toMatchObject({ base: 9, passNeeded: 5, passed: false });
  });
});

describe('statements', () => {
  it('count only from members due, present and not recused, once each', () => {
    const f = facts(ordinary, { due: 6, present: 4, agree: 3 });
    f.statements.unshift({ memberId: 'x1', position: 'agree' }, { memberId: 'm6', position: 'agree' }, { memberId: 'm3', position: 'agree' });
    f.names = { m6: '王五', x1: '赵六' };
    const r = checkDecision(ordinary, f);
    expect(codes(r)).toEqual(['statement_not_due', 'statement_not_present', 'statement_duplicate']);
    expect(r.findings.map((x) => x.message)).toEqual([
      '「党委会一般事项」赵六 不是应到会成员，其表态无效',
      '「党委会一般事项」王五 未到会，其表态无效',
      '「党委会一般事项」m3 重复表态',
    ]);
    expect(tally(ordinary, f).agree).toBe(3);
  });

  it('present members must be due to attend (observers are not members present)', () => {
    const f = facts(ordinary, { due: 5, present: 5, agree: 5 });
    f.present.push('guest');
    expect(codes(checkDecision(ordinary, f))).toEqual(['present_not_due']);
    expect(tally(ordinary, f).present).toBe(5);
  });
});

describe('cadre appointment (干部任免): 2/3 present, each states, secretary last, more than half of those due', () => {
  it('quorum 2/3 of 9: 5 present fails, 6 and 7 pass', () => {
    const r = checkDecision(cadre, facts(cadre, { due: 9, present: 5, agree: 5 }));
    expect(codes(r)).toEqual(['quorum_not_met']);
    expect(r.findings[0].message).toBe('「干部任免」要求应到会成员三分之二以上到会：应到 9 人，实到 5 人，至少需 6 人');
    expect(checkDecision(cadre, facts(cadre, { due: 9, present: 6, agree: 6 })).ok).toBe(true);
    expect(checkDecision(cadre, facts(cadre, { due: 9, present: 7, agree: 7 })).ok).toBe(true);
  });

  it('quorum 2/3 of 10: 6 fails, 7 passes', () => {
    expect(codes(checkDecision(cadre, facts(cadre, { due: 10, present: 6, agree: 6 })))).toEqual(['quorum_not_met']);
    expect(checkDecision(cadre, facts(cadre, { due: 10, present: 7, agree: 7 })).ok).toBe(true);
  });

  it('passes with more than half of those DUE: 4 agree of 6 present fails when 9 are due; 5 and 6 pass', () => {
    const r = checkDecision(cadre, facts(cadre, { due: 9, present: 6, agree: 4, disagree: 2 }));
    expect(codes(r)).toEqual(['not_passed']);
    expect(r.findings[0].message).toBe('「干部任免」须经应到会成员过半数同意，同意 4 人，应到会成员 9 人，至少需 5 人，不能记为通过');
    expect(checkDecision(cadre, facts(cadre, { due: 9, present: 6, agree: 5, disagree: 1 })).ok).toBe(true);
    expect(checkDecision(cadre, facts(cadre, { due: 9, present: 6, agree: 6 })).ok).toBe(true);
  });

  it('more than half of 10 due needs 6: 5 fails, 6 passes', () => {
    expect(codes(checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 5, defer: 5 })))).toEqual(['not_passed']);
    expect(checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 6, defer: 4 })).ok).toBe(true);
  });

  it('every member present and not recused states a view', () => {
    const r = checkDecision(cadre, facts(cadre, { due: 7, present: 7, agree: 6 }));
    expect(codes(r)).toEqual(['statement_missing']);
    expect(r.findings[0].params?.members).toEqual(['m2']);
    expect(checkDecision(cadre, facts(cadre, { due: 7, present: 7, recused: ['m2'], agree: 6 })).ok).toBe(true);
  });

  it('the secretary speaks last (末位表态)', () => {
    const f = facts(cadre, { due: 5, present: 5, agree: 5 });
    expect(f.statements.at(-1)!.memberId).toBe('m1');
    f.statements = [f.statements[4], ...f.statements.slice(0, 4)];
    const r = checkDecision(cadre, f);
    expect(codes(r)).toEqual(['secretary_not_last']);
    expect(r.findings[0].message).toBe('「干部任免」书记应末位表态，实为第 1 位（共 5 位）');

    const silent = facts(cadre, { due: 5, present: 5, agree: 5 });
    silent.statements.pop();
    expect(codes(checkDecision(cadre, silent))).toEqual(['statement_missing', 'secretary_not_last']);

    expect(codes(checkDecision(cadre, { ...facts(cadre, { due: 5, present: 5, agree: 5 }), secretaryId: null }))).toEqual(['secretary_unknown']);
  });

  it('an absent secretary is a warning, not a block', () => {
    const f = facts(cadre, { due: 7, present: 7, agree: 6, recused: ['m1'] });
    const r = checkDecision(cadre, f);
    expect(codes(r)).toEqual(['secretary_absent']);
    expect(r.ok).toBe(true);
  });

  it('must be taken at a meeting', () => {
    for (const method of ['circulated_papers', 'chat'] as const) {
      const r = checkDecision(cadre, facts(cadre, { due: 5, present: 5, agree: 5, method }));
      expect(codes(r)).toEqual(['meeting_required']);
    }
  });
});

describe('sharply split views suggest postponement (margin 1/5 of those stating)', () => {
  it('warns at the margin and below it, not above', () => {
    // 10 stating: |agree − disagree| ≤ 2 is split.
    const at = checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 6, disagree: 4 }));
    expect(codes(at)).toEqual(['split_views']);
    expect(at.ok).toBe(true);
    expect(at.findings[0]).toMatchObject({ severity: 'warning', message: '「干部任免」意见分歧较大（同意 6，不同意 4，缓议 0），建议暂缓表决' });
    expect(codes(checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 5, disagree: 5, outcome: 'rejected' })))).toEqual(['split_views']);
    expect(codes(checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 6, disagree: 3, defer: 1 })))).toEqual([]);
  });

  it('needs both sides, and is not repeated once the vote is postponed', () => {
    expect(codes(checkDecision(cadre, facts(cadre, { due: 6, present: 6, agree: 0, defer: 6, outcome: 'rejected' })))).toEqual([]);
    expect(codes(checkDecision(cadre, facts(cadre, { due: 10, present: 10, agree: 5, disagree: 5, outcome: 'postponed' })))).toEqual([]);
  });
});

describe('三重一大 (major matters, key appointments, major projects, large spending)', () => {
  it('each is taken at a meeting with 2/3 present; papers or chat never count', () => {
    for (const kind of MAJOR_KINDS) {
      const r = rules.find((x) => x.kind === kind)!;
      const amountFen = kind === 'large_spending' ? toFen('80000') : null;
      expect(checkDecision(r, facts(r, { due: 9, present: 6, agree: 6, amountFen })).ok).toBe(true);
      expect(codes(checkDecision(r, facts(r, { due: 9, present: 5, agree: 5, amountFen })))).toEqual(['quorum_not_met']);
      expect(codes(checkDecision(r, facts(r, { due: 9, present: 9, agree: 9, amountFen, method: 'circulated_papers' })))).toEqual(['meeting_required']);
      const chat = checkDecision(r, facts(r, { due: 9, present: 9, agree: 9, amountFen, method: 'chat' }));
      expect(chat.findings[0].message).toBe(`「${r.name}」必须召开会议集体决策，微信群或电话不能代替会议`);
    }
  });

  it('large spending needs its amount', () => {
    expect(codes(checkDecision(spending, facts(spending, { due: 5, present: 5, agree: 5 })))).toEqual(['amount_missing']);
    expect(codes(checkDecision(spending, facts(spending, { due: 5, present: 5, agree: 5, amountFen: 100.5 })))).toEqual(['amount_invalid']);
  });
});

describe('amount at or above the threshold (50,000 yuan) must be 三重一大 and at a meeting', () => {
  it('on an ordinary rule: 49,999.99 passes, 50,000.00 and 50,000.01 are errors', () => {
    expect(checkDecision(ordinary, facts(ordinary, { due: 5, present: 5, agree: 5, amountFen: toFen('49999.99') })).ok).toBe(true);
    const at = checkDecision(ordinary, facts(ordinary, { due: 5, present: 5, agree: 5, amountFen: toFen('50000') }));
    expect(codes(at)).toEqual(['amount_requires_major_rule']);
    expect(at.findings[0].message).toBe('「党委会一般事项」金额 50,000 元达到大额资金标准 50,000 元，须按“三重一大”规则集体决策');
    expect(codes(checkDecision(ordinary, facts(ordinary, { due: 5, present: 5, agree: 5, amountFen: toFen('50000.01') })))).toEqual(['amount_requires_major_rule']);
  });

  it('on the large-spending rule it is fine at the threshold', () => {
    expect(checkDecision(spending, facts(spending, { due: 5, present: 5, agree: 5, amountFen: toFen('50000') })).ok).toBe(true);
  });

  it('needs a meeting even under a rule that would otherwise accept papers', () => {
    const lax: DecisionRule = { ...ordinary, meetingRequired: false };
    expect(checkDecision(lax, facts(lax, { due: 5, present: 5, agree: 5, amountFen: toFen('1000'), method: 'circulated_papers' })).ok).toBe(true);
    const big = checkDecision(lax, facts(lax, { due: 5, present: 5, agree: 5, amountFen: toFen('50000'), method: 'circulated_papers' }));
    expect(codes(big)).toEqual(['amount_requires_major_rule', 'meeting_required']);
    expect(big.findings[1].message).toBe('「党委会一般事项」金额达到大额资金标准，必须召开会议集体决策，传阅会签不能代替会议');
  });
});

describe('every shipped rule at, below and above its edges (10 due)', () => {
  // [rule, members present needed of 10, agreeing needed with 8 present]
  const edges: Array<[string, number, number]> = [
    ['ordinary.party-committee', 6, 5],
    ['ordinary.branch-committee', 6, 5],
    ['major.matter', 7, 6],
    ['major.appointment', 7, 6],
    ['major.project', 7, 6],
    ['major.spending', 7, 6],
    ['cadre.appointment', 7, 6],
  ];
  it('covers every rule but 四议两公开', () => {
    expect(edges.map(([code]) => code).sort()).toEqual(rules.filter((r) => r.kind !== 'village_matter').map((r) => r.code).sort());
  });

  it.each(edges)('%s: quorum %i of 10, passing %i with 8 present', (code, quorum, pass) => {
    const r = rule(code);
    const amountFen = r.kind === 'large_spending' ? toFen('60000') : null;
    const check = (present: number, agree: number) =>
      codes(checkDecision(r, facts(r, { due: 10, present, agree, defer: present - agree, amountFen, outcome: 'passed' })));
    expect(check(quorum - 1, quorum - 1)).toEqual(['quorum_not_met']);
    expect(check(quorum, quorum)).toEqual([]);
    expect(check(quorum + 1, quorum + 1)).toEqual([]);
    expect(check(8, pass - 1)).toEqual(['not_passed']);
    expect(check(8, pass)).toEqual([]);
    expect(check(8, pass + 1)).toEqual([]);
  });
});

describe('checkDecision and 四议两公开', () => {
  it('sends village matters to the step-by-step check', () => {
    const village = rule('village.four-two');
    expect(codes(checkDecision(village, facts(ordinary, { due: 5, present: 5, agree: 5 })))).toEqual(['process_rule']);
    expect(() => tally(village, facts(ordinary, { due: 5, present: 5, agree: 5 }))).toThrow('step by step');
  });

  it('needs members due to attend', () => {
    expect(codes(checkDecision(ordinary, facts(ordinary, { due: 0, present: 0 })))).toEqual(['no_members_due']);
  });
});
