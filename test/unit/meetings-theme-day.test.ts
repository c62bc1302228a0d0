import { describe, expect, it } from 'vitest';
import {
  checkCriteria, checkNomination, checkRound, nextRoundState, roundAllows, type Criterion, type Nomination, type Round, type RoundAction, type RoundState,
} from '../../cms/src/domain/meetings/theme-day-round';
import { checkReadyToPublish, checkScores, formatHundredths, rankNominations, type Score } from '../../cms/src/domain/meetings/theme-day-ranking';

const criteria: Criterion[] = [
  { code: 'theme', name: '主题鲜明', weight: 40, max: 10 },
  { code: 'form', name: '形式创新', weight: 30, max: 10 },
  { code: 'effect', name: '实际成效', weight: 30, max: 20 },
];
const round = (over: Partial<Round> = {}): Round => ({
  state: 'judging', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria,
  judges: [
    { id: 'j1', name: '评委甲', townshipId: 'T1', townshipName: '爱园镇' },
    { id: 'j2', name: '评委乙', townshipId: 'T2', townshipName: '王集镇' },
    { id: 'j3', name: '评委丙', townshipId: null },
  ],
  ...over,
});
const nomination = (id: number, townshipId: string, over: Partial<Nomination['meeting']> = {}): Nomination => ({
  id, townshipId,
  meeting: { id: 1000 + id, kind: 'theme_day', finalised: true, heldOn: '2026-03-10', townshipId, title: `主题党日${id}`, ...over },
});
const noms = [nomination(1, 'T1'), nomination(2, 'T2'), nomination(3, 'T3')];
/** A judge's sheet for a nomination: [theme, form, effect]. */
const sheet = (judgeId: string, nominationId: number, [theme, form, effect]: number[]): Score[] => [
  { judgeId, nominationId, criterion: 'theme', score: theme },
  { judgeId, nominationId, criterion: 'form', score: form },
  { judgeId, nominationId, criterion: 'effect', score: effect },
];

describe('round states', () => {
  const all: RoundAction[] = ['edit', 'delete', 'open', 'nominate', 'withdraw_nomination', 'start_judging', 'score', 'publish'];
  const allowedIn = (state: RoundState) => all.filter((a) => roundAllows(state, a).allowed);

  it('allows each action only in its state', () => {
    expect(allowedIn('draft')).toEqual(['edit', 'delete', 'open']);
    expect(allowedIn('open')).toEqual(['edit', 'nominate', 'withdraw_nomination', 'start_judging']);
    expect(allowedIn('judging')).toEqual(['score', 'publish']);
  });

  it('makes a published round read-only', () => {
    expect(allowedIn('published')).toEqual([]);
    expect(roundAllows('published', 'score').message).toBe('评选结果已发布，只读，不能评分');
    expect(roundAllows('draft', 'score').message).toBe('评选处于“草稿”阶段，不能评分（仅限“评审中”阶段）');
  });

  it('moves draft → open → judging → published', () => {
    expect(nextRoundState('draft', 'open')).toBe('open');
    expect(nextRoundState('open', 'start_judging')).toBe('judging');
    expect(nextRoundState('judging', 'publish')).toBe('published');
    expect(nextRoundState('judging', 'score')).toBeNull();
    expect(nextRoundState('published', 'publish')).toBeNull();
    expect(nextRoundState('draft', 'publish')).toBeNull();
  });
});

describe('checkCriteria and checkRound', () => {
  it('wants integer weights summing to exactly 100', () => {
    expect(checkCriteria(criteria).ok).toBe(true);
    expect(checkCriteria([{ ...criteria[0], weight: 39 }, criteria[1], criteria[2]]).findings.map((f) => f.message)).toEqual(['评分标准权重合计应为 100，现为 99']);
    expect(checkCriteria([{ ...criteria[0], weight: 41 }, criteria[1], criteria[2]]).ok).toBe(false);
    expect(checkCriteria([{ ...criteria[0], weight: 39.5 }, { ...criteria[1], weight: 30.5 }, criteria[2]]).ok).toBe(false);
    expect(checkCriteria([]).ok).toBe(false);
  });

  it('wants unique codes and a positive integer maximum', () => {
    expect(checkCriteria([criteria[0], { ...criteria[1], code: 'theme' }, criteria[2]]).findings.map((f) => f.message)).toEqual(['评分标准编码 theme 重复']);
    expect(checkCriteria([criteria[0], criteria[1], { ...criteria[2], max: 0 }]).findings.map((f) => f.message)).toEqual(['评分标准“实际成效”的满分应为正整数']);
  });

  it('wants a valid period, judges without repeats, and a sensible quota', () => {
    expect(checkRound(round()).ok).toBe(true);
    expect(checkRound(round({ periodEnd: '2025-12-31' })).findings.map((f) => f.code)).toEqual(['round_period_invalid']);
    expect(checkRound(round({ judges: [] })).findings.map((f) => f.code)).toEqual(['no_judges']);
    const j = round().judges[0];
    expect(checkRound(round({ judges: [j, j] })).findings.map((f) => f.message)).toEqual(['评委 评委甲 重复']);
    expect(checkRound(round({ perTownship: 0 })).ok).toBe(false);
  });
});

describe('checkNomination', () => {
  const open = round({ state: 'open', perTownship: 2 });

  it("accepts a finalised theme day of the township's own, held in the period (its first and last day included)", () => {
    expect(checkNomination(open, nomination(1, 'T1'), []).ok).toBe(true);
    expect(checkNomination(open, nomination(1, 'T1', { heldOn: '2026-01-01' }), []).ok).toBe(true);
    expect(checkNomination(open, nomination(1, 'T1', { heldOn: '2026-06-30' }), []).ok).toBe(true);
  });

  it('refuses other kinds, drafts, dates outside the period and theme days of another township', () => {
    const msg = (n: Nomination) => checkNomination(open, n, []).findings.map((f) => f.message);
    expect(msg(nomination(1, 'T1', { kind: 'party_lecture' }))).toEqual(['“主题党日1”不是主题党日，不能推荐']);
    expect(msg(nomination(1, 'T1', { finalised: false }))).toEqual(['“主题党日1”尚未定稿，不能推荐']);
    expect(msg(nomination(1, 'T1', { heldOn: '2026-07-01' }))).toEqual(['“主题党日1”于 2026-07-01 举行，不在本次评选期间（2026-01-01 至 2026-06-30）']);
    expect(msg(nomination(1, 'T1', { heldOn: '2025-12-31' }))[0]).toContain('不在本次评选期间');
    expect(msg({ ...nomination(1, 'T1'), townshipId: 'T2' })).toEqual(['“主题党日1”不是本乡镇的主题党日，不能推荐']);
  });

  it('refuses the same meeting twice and more than the quota per township', () => {
    expect(checkNomination(open, { ...nomination(9, 'T1'), meeting: nomination(1, 'T1').meeting }, [nomination(1, 'T1')]).findings.map((f) => f.code)).toEqual(['already_nominated']);
    expect(checkNomination(open, nomination(2, 'T1'), [nomination(1, 'T1')]).ok).toBe(true);
    expect(checkNomination(open, nomination(3, 'T1'), [nomination(1, 'T1'), nomination(2, 'T1')]).findings.map((f) => f.message))
      .toEqual(['每个乡镇最多推荐 2 个，本乡镇已推荐 2 个']);
    // re-checking an existing nomination does not count it against itself
    expect(checkNomination(open, nomination(2, 'T1'), [nomination(1, 'T1'), nomination(2, 'T1')]).ok).toBe(true);
  });

  it('refuses nominations outside the open state', () => {
    expect(checkNomination(round({ state: 'published' }), nomination(1, 'T1'), []).findings.map((f) => f.message)).toEqual(['评选结果已发布，只读，不能推荐主题党日']);
  });
});

describe('checkScores', () => {
  it('refuses a judge scoring a nomination of their own township, naming both', () => {
    const r = checkScores(round(), noms, sheet('j1', 1, [8, 8, 16]));
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'own_township', message: '评委 评委甲（爱园镇） 不能为本乡镇推荐的“主题党日1”评分' });
    expect(checkScores(round(), noms, sheet('j3', 1, [8, 8, 16])).ok).toBe(true);
  });

  it('wants integers from 0 to the maximum of each criterion', () => {
    expect(checkScores(round(), noms, sheet('j1', 2, [0, 10, 20])).ok).toBe(true);
    expect(checkScores(round(), noms, sheet('j1', 2, [11, 10, 20])).findings.map((f) => f.message)).toEqual(['评委 评委甲 对“主题党日2”的“主题鲜明”打分 11 无效，应为 0–10 的整数']);
    expect(checkScores(round(), noms, sheet('j1', 2, [-1, 10, 20])).ok).toBe(false);
    expect(checkScores(round(), noms, sheet('j1', 2, [5.5, 10, 20])).ok).toBe(false);
    expect(checkScores(round(), noms, sheet('j1', 2, [10, 10, 21])).ok).toBe(false);
  });

  it('refuses unknown judges, nominations, criteria, repeats, and any score outside judging', () => {
    const codes = (s: Score[], r = round()) => checkScores(r, noms, s).findings.map((f) => f.code);
    expect(codes([{ judgeId: 'x', nominationId: 2, criterion: 'theme', score: 1 }])).toEqual(['not_a_judge']);
    expect(codes([{ judgeId: 'j1', nominationId: 99, criterion: 'theme', score: 1 }])).toEqual(['unknown_nomination']);
    expect(codes([{ judgeId: 'j1', nominationId: 2, criterion: 'music', score: 1 }])).toEqual(['unknown_criterion']);
    expect(codes([...sheet('j1', 2, [1, 1, 1]), { judgeId: 'j1', nominationId: 2, criterion: 'form', score: 2 }])).toEqual(['duplicate_score']);
    expect(codes(sheet('j1', 2, [1, 1, 1]), round({ state: 'published' }))).toEqual(['round_state']);
  });
});

describe('checkReadyToPublish', () => {
  const full = [
    ...sheet('j1', 2, [8, 8, 16]), ...sheet('j1', 3, [8, 8, 16]),
    ...sheet('j2', 1, [8, 8, 16]), ...sheet('j2', 3, [8, 8, 16]),
    ...sheet('j3', 1, [8, 8, 16]), ...sheet('j3', 2, [8, 8, 16]), ...sheet('j3', 3, [8, 8, 16]),
  ];

  it('is ready when every judge scored every nomination they may score', () => {
    expect(checkReadyToPublish(round(), noms, full)).toEqual({ ok: true, findings: [] });
  });

  it('names the judge, the nomination and the missing criteria', () => {
    const r = checkReadyToPublish(round(), noms, full.filter((s) => !(s.judgeId === 'j2' && s.nominationId === 3 && s.criterion !== 'theme')));
    expect(r.findings.map((f) => f.message)).toEqual(['评委 评委乙 尚未完成对“主题党日3”的评分（缺：形式创新、实际成效）']);
  });

  it('refuses a nomination no judge may score, and a round with no nominations', () => {
    const onlyT1 = round({ judges: [{ id: 'j1', name: '评委甲', townshipId: 'T1' }] });
    expect(checkReadyToPublish(onlyT1, [nomination(1, 'T1')], []).findings.map((f) => f.code)).toEqual(['no_eligible_judge']);
    expect(checkReadyToPublish(round(), [], []).findings.map((f) => f.code)).toEqual(['no_nominations']);
    expect(checkReadyToPublish(round({ state: 'open' }), noms, []).findings[0].code).toBe('round_state');
  });
});

describe('rankNominations', () => {
  it('averages the weighted sheets exactly and rounds once to hundredths', () => {
    // j3 on #1: 7/10×40 + 9/10×30 + 13/20×30 = 28 + 27 + 19.5 = 74.5; j2 on #1: 9/10×40 + 6/10×30 + 20/20×30 = 36 + 18 + 30 = 84
    // mean 79.25
    const ranked = rankNominations(round(), [noms[0]], [...sheet('j3', 1, [7, 9, 13]), ...sheet('j2', 1, [9, 6, 20])]);
    expect(ranked[0]).toMatchObject({ rank: 1, judges: 2, averageHundredths: 7925 });
    expect(ranked[0].criteria).toEqual([
      { code: 'theme', averageHundredths: 800 }, { code: 'form', averageHundredths: 750 }, { code: 'effect', averageHundredths: 1650 },
    ]);
    expect(formatHundredths(7925)).toBe('79.25');
    expect(formatHundredths(5)).toBe('0.05');
  });

  it('rounds half up once, at the end', () => {
    const r = round({ judges: [{ id: 'a', name: 'A', townshipId: null }, { id: 'b', name: 'B', townshipId: null }, { id: 'c', name: 'C', townshipId: null }] });
    // #2: 100 + 100 + 98.5 (effect 19/20 → 28.5) = 298.5 / 3 = 99.5 exactly
    const s2 = [...sheet('a', 2, [10, 10, 20]), ...sheet('b', 2, [10, 10, 20]), ...sheet('c', 2, [10, 10, 19])];
    // #1: 100 + 100 + 97 = 297 / 3 = 99
    const s1 = [...sheet('a', 1, [10, 10, 20]), ...sheet('b', 1, [10, 10, 20]), ...sheet('c', 1, [10, 10, 18])];
    // #3: 100 + 0 + 0 = 100 / 3 = 33.333… → 33.33
    const s3 = [...sheet('a', 3, [10, 10, 20]), ...sheet('b', 3, [0, 0, 0]), ...sheet('c', 3, [0, 0, 0])];
    const ranked = rankNominations(r, noms, [...s1, ...s2, ...s3]);
    expect(ranked.map((x) => [x.nominationId, x.averageHundredths])).toEqual([[2, 9950], [1, 9900], [3, 3333]]);
    // 100 + 40 + 45 = 185 / 3 = 61.666… → 61.67
    const s4 = [...sheet('a', 3, [10, 10, 20]), ...sheet('b', 3, [10, 0, 0]), ...sheet('c', 3, [0, 10, 10])];
    expect(rankNominations(r, [noms[2]], s4)[0].averageHundredths).toBe(6167);
  });

  it("leaves out sheets of a judge's own township, incomplete sheets and invalid scores", () => {
    const scores = [
      ...sheet('j1', 1, [10, 10, 20]), // own township: ignored
      ...sheet('j2', 1, [5, 5, 10]),
      ...sheet('j3', 1, [5, 5, 10]).slice(0, 2), // incomplete
      ...sheet('j3', 2, [99, 5, 10]), // invalid: ignored, so incomplete
    ];
    const ranked = rankNominations(round(), noms, scores);
    expect(ranked.map((x) => [x.nominationId, x.rank, x.judges, x.averageHundredths])).toEqual([
      [1, 1, 1, 5000], [2, null, 0, null], [3, null, 0, null],
    ]);
  });

  it('breaks ties by the heaviest criterion, then the next, then the earlier nomination', () => {
    const r = round({ judges: [{ id: 'k', name: 'K', townshipId: null }] });
    // weighted: 4 × theme + 3 × form + 1.5 × effect
    const ns = [1, 2, 3, 4, 5, 6].map((i) => nomination(i, 'T9'));
    const scores = [
      ...sheet('k', 1, [8, 6, 14]), // 32 + 18 + 21 = 71
      ...sheet('k', 2, [9, 5, 13]), // 36 + 15 + 19.5 = 70.5
      ...sheet('k', 3, [8, 6, 14]), // 71, equal to #1 on everything: after it by id, marked tied
      ...sheet('k', 4, [7, 8, 14]), // 28 + 24 + 21 = 73
      ...sheet('k', 5, [9, 3, 16]), // 36 + 9 + 24 = 69
      ...sheet('k', 6, [9, 4, 14]), // 36 + 12 + 21 = 69: same theme as #5, better form → ahead of #5
    ];
    const ranked = rankNominations(r, ns, scores);
    expect(ranked.map((x) => [x.nominationId, x.rank, x.averageHundredths, x.tiedWithPrevious])).toEqual([
      [4, 1, 7300, false], [1, 2, 7100, false], [3, 3, 7100, true], [2, 4, 7050, false], [6, 5, 6900, false], [5, 6, 6900, false],
    ]);
  });

  it('is the same whatever order scores and nominations come in', () => {
    const scores = [...sheet('j2', 1, [7, 9, 13]), ...sheet('j3', 1, [9, 6, 20]), ...sheet('j1', 2, [9, 9, 9]), ...sheet('j3', 3, [1, 2, 3])];
    const a = rankNominations(round(), noms, scores);
    const b = rankNominations(round(), [...noms].reverse(), [...scores].reverse());
    expect(b).toEqual(a);
  });

  it('compares tie-break averages exactly across different numbers of judges', () => {
    // #1 (T1) has two judges: 59 and 61, average 60, theme average 15/2 = 7.5
    // #3 (T3) has three: 61, 59, 60, average 60, theme average 21/3 = 7 → #1 first
    const scores = [
      ...sheet('j2', 1, [8, 4, 10]), ...sheet('j3', 1, [7, 6, 10]),
      ...sheet('j1', 3, [7, 6, 10]), ...sheet('j2', 3, [8, 4, 10]), ...sheet('j3', 3, [6, 7, 10]),
    ];
    const ranked = rankNominations(round(), [noms[2], noms[0]], scores);
    expect(ranked.map((x) => [x.nominationId, x.judges, x.averageHundredths, x.tiedWithPrevious])).toEqual([[1, 2, 6000, false], [3, 3, 6000, false]]);
  });
});
