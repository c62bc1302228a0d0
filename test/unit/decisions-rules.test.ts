import { describe, expect, it } from 'vitest';
import { checkRule, checkRuleSet, KIND_NAMES, MAJOR_KINDS, VILLAGE_STEPS, type DecisionRule } from '../../cms/src/domain/decisions/rules';
import { atLeastAsStrict, describeThreshold, meets, needed, type Threshold } from '../../cms/src/domain/decisions/threshold';
import { formatFen, toFen } from '../../cms/src/domain/decisions/money';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: DecisionRule[] }>('decision-rules.json').rules;
const byKind = (kind: string) => rules.find((r) => r.kind === kind)!;
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

const half: Threshold = { share: { num: 1, den: 2 }, strictlyMore: true };
const twoThirds: Threshold = { share: { num: 2, den: 3 }, strictlyMore: false };

describe('thresholds are exact integer fractions', () => {
  it('more than half: 6 of 10 passes, 5 fails; 5 of 9 passes, 4 fails', () => {
    expect([meets(5, 10, half), meets(6, 10, half), meets(7, 10, half)]).toEqual([false, true, true]);
    expect([meets(4, 9, half), meets(5, 9, half), meets(6, 9, half)]).toEqual([false, true, true]);
    expect(needed(10, half)).toBe(6);
    expect(needed(9, half)).toBe(5);
  });

  it('at least 2/3: 6 of 9 passes, 5 fails; 10 needs 7; 3 needs 2', () => {
    expect([meets(5, 9, twoThirds), meets(6, 9, twoThirds), meets(7, 9, twoThirds)]).toEqual([false, true, true]);
    expect([meets(6, 10, twoThirds), meets(7, 10, twoThirds)]).toEqual([false, true]);
    expect(needed(9, twoThirds)).toBe(6);
    expect(needed(10, twoThirds)).toBe(7);
    expect(needed(3, twoThirds)).toBe(2);
  });

  it('needed() is the exact edge for every total up to 300', () => {
    for (const t of [half, twoThirds, { share: { num: 3, den: 5 }, strictlyMore: true }, { share: { num: 0, den: 1 }, strictlyMore: false }]) {
      for (let total = 1; total <= 300; total++) {
        const n = needed(total, t);
        expect(meets(n, total, t)).toBe(true);
        expect(meets(n - 1, total, t)).toBe(false);
      }
    }
  });

  it('compares strictness and words them as the rules do', () => {
    expect(atLeastAsStrict(twoThirds, half)).toBe(true);
    expect(atLeastAsStrict(half, twoThirds)).toBe(false);
    expect(atLeastAsStrict(half, { ...half, strictlyMore: false })).toBe(true);
    expect(atLeastAsStrict({ ...half, strictlyMore: false }, half)).toBe(false);
    expect(describeThreshold(half)).toBe('过半数');
    expect(describeThreshold(twoThirds)).toBe('三分之二以上');
    expect(describeThreshold({ share: { num: 4, den: 6 }, strictlyMore: true })).toBe('超过三分之二');
    expect(describeThreshold({ share: { num: 3, den: 5 }, strictlyMore: false })).toBe('3/5以上');
  });
});

describe('money in fen', () => {
  it('parses yuan exactly and refuses what is not money', () => {
    expect(toFen('50000')).toBe(5_000_000);
    expect(toFen('49,999.99')).toBe(4_999_999);
    expect(toFen('0.5')).toBe(50);
    expect(toFen(12.07)).toBe(1207);
    for (const bad of ['-1', '1.234', '1e5', '', 'abc']) expect(() => toFen(bad)).toThrow();
    expect(formatFen(5_000_000)).toBe('50,000');
    expect(formatFen(123_456)).toBe('1,234.56');
    expect(formatFen(5)).toBe('0.05');
  });
});

describe('decision rules as shipped', () => {
  it('pass their own checks as a set', () => {
    expect(checkRuleSet(rules)).toEqual({ ok: true, findings: [] });
  });

  it('hold every published kind, 三重一大 at a meeting, one threshold of 50,000 yuan', () => {
    for (const kind of Object.keys(KIND_NAMES)) expect(rules.some((r) => r.kind === kind)).toBe(true);
    for (const kind of MAJOR_KINDS) expect(byKind(kind).meetingRequired).toBe(true);
    const thresholds = new Set(rules.map((r) => r.amountThresholdFen).filter((t) => t != null));
    expect([...thresholds]).toEqual([toFen('50000')]);
    expect(rules.filter((r) => r.kind === 'ordinary').map((r) => r.body)).toEqual(['party_committee', 'branch_committee']);
  });

  it('give cadre appointments 2/3 present, each states, secretary last, more than half of those due', () => {
    const r = byKind('cadre_appointment');
    expect(r.quorum).toEqual(twoThirds);
    expect(r.passing).toEqual({ base: 'due', ...half });
    expect([r.eachMemberStates, r.secretaryLast, r.meetingRequired]).toEqual([true, true, true]);
  });

  it('give ordinary matters more than half present and more than half of those present', () => {
    const r = byKind('ordinary');
    expect(r.quorum).toEqual(half);
    expect(r.passing).toEqual({ base: 'present', ...half });
  });

  it('give 四议两公开 its six steps in order, the assembly at 2/3 and more than half of those due', () => {
    const r = byKind('village_matter');
    expect(r.steps!.map((s) => s.code)).toEqual([...VILLAGE_STEPS]);
    expect(r.steps!.map((s) => s.name)).toEqual(['党组织提议', '两委会商议', '党员大会审议', '村民（代表）会议决议', '决议公开', '实施结果公开']);
    const review = r.steps![2].bodies[0];
    expect(review).toEqual({ body: 'member_assembly', quorum: twoThirds, passing: { base: 'due', ...half } });
    expect(r.steps!.filter((s) => s.publication).map((s) => s.publication!.minDays)).toEqual([7, 7]);
  });
});

describe('checkRule', () => {
  it('refuses an appointment rule below national law, naming what is missing', () => {
    const weak = { ...clone(byKind('cadre_appointment')), quorum: half, secretaryLast: false };
    const r = checkRule(weak);
    expect(codes(r)).toEqual(['rule_below_national']);
    expect(r.findings[0].message).toContain('「干部任免」');
    expect(r.findings[0].params?.missing).toEqual(['应有三分之二以上成员到会', '主要负责人末位表态']);
    const presentBase = clone(byKind('key_appointment'));
    presentBase.passing!.base = 'present';
    expect(codes(checkRule(presentBase))).toEqual(['rule_below_national']);
    const stricter = clone(byKind('cadre_appointment'));
    stricter.quorum = { share: { num: 3, den: 4 }, strictlyMore: false };
    expect(checkRule(stricter).ok).toBe(true);
  });

  it('refuses 三重一大 without a meeting and large spending without a threshold', () => {
    for (const kind of MAJOR_KINDS) expect(codes(checkRule({ ...byKind(kind), meetingRequired: false }))).toContain('rule_major_needs_meeting');
    expect(codes(checkRule({ ...byKind('large_spending'), amountThresholdFen: null }))).toEqual(['rule_amount_threshold_missing']);
    expect(codes(checkRule({ ...byKind('large_spending'), amountThresholdFen: 49999.5 }))).toEqual(['rule_amount_invalid']);
  });

  it('refuses bad shares and unknown codes', () => {
    expect(codes(checkRule({ ...byKind('ordinary'), quorum: { share: { num: 3, den: 2 }, strictlyMore: true } }))).toEqual(['rule_share_invalid']);
    expect(codes(checkRule({ ...byKind('ordinary'), quorum: { share: { num: 0.5, den: 1 }, strictlyMore: true } }))).toEqual(['rule_share_invalid']);
    expect(codes(checkRule({ ...byKind('ordinary'), body: 'cafe' as never }))).toEqual(['rule_body_unknown']);
  });

  it('refuses 四议两公开 steps out of order or without bodies', () => {
    const swapped = clone(byKind('village_matter'));
    [swapped.steps![1], swapped.steps![2]] = [swapped.steps![2], swapped.steps![1]];
    expect(codes(checkRule(swapped))).toEqual(['rule_steps_invalid']);
    const bare = clone(byKind('village_matter'));
    bare.steps![0].bodies = [];
    bare.steps![4].publication = { minDays: 0 };
    expect(codes(checkRule(bare))).toEqual(['rule_step_body_missing', 'rule_publication_invalid']);
  });
});

describe('checkRuleSet', () => {
  it('refuses duplicate codes, two thresholds, and an ordinary rule with no threshold', () => {
    const set = clone(rules);
    set.push(clone(set[0]));
    expect(codes(checkRuleSet(set))).toEqual(['rule_code_duplicate']);
    const two = clone(rules);
    two[0].amountThresholdFen = 10_000_000;
    const r = checkRuleSet(two);
    expect(codes(r)).toEqual(['rule_amount_threshold_inconsistent']);
    expect(r.findings[0].message).toContain('100,000');
    const none = clone(rules);
    none[1].amountThresholdFen = null;
    expect(codes(checkRuleSet(none))).toEqual(['rule_amount_threshold_missing']);
  });
});
