import { describe, expect, it } from 'vitest';
import { describeThreshold, meets, neededCount, perMille } from '../../cms/src/domain/meetings/fractions';
import {
  checkKindAllowed, checkMeetingRules, pointsRuleFor, ruleOfKind, rulesFor, type MeetingRule,
} from '../../cms/src/domain/meetings/rules';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: MeetingRule[] }>('meeting-rules.json').rules;
const schemes = readConfig<{ schemes: Array<{ rules: Array<{ code: string; trigger?: string; meetingKind?: string }> }> }>('points-schemes.json').schemes;
const pointsRules = schemes.flatMap((s) => s.rules);
const rule = (kind: string) => ruleOfKind(kind, rules)!;
const kinds = (rs: MeetingRule[]) => rs.map((r) => r.kind);

describe('meeting rules as shipped', () => {
  it('are valid, and every points rule they name exists in the schemes', () => {
    expect(checkMeetingRules(rules, pointsRules.map((r) => r.code))).toEqual({ ok: true, findings: [] });
  });

  it('hold the seven kinds with their frequencies', () => {
    const f = Object.fromEntries(rules.map((r) => [r.kind, `${r.frequency.period}×${r.frequency.count}`]));
    expect(f).toEqual({
      branch_assembly: 'quarter×1', branch_committee: 'month×1', party_group_meeting: 'month×1', party_lecture: 'quarter×1',
      theme_day: 'month×1', organisational_life: 'year×1', village_talk_day: 'month×1',
    });
  });

  it('give 三会一课 and 主题党日 their points rules, with the same meeting kind as the points rule', () => {
    for (const k of ['branch_assembly', 'branch_committee', 'party_group_meeting', 'party_lecture']) expect(rule(k).pointsRule).toBe('base60.meeting');
    expect(rule('theme_day').pointsRule).toBe('base60.theme-day');
    expect(rule('organisational_life').pointsRule).toBeNull();
    expect(rule('village_talk_day').pointsRule).toBeNull();
    for (const r of rules.filter((x) => x.pointsRule)) {
      expect(pointsRules.find((p) => p.code === r.pointsRule)?.meetingKind).toBe(r.pointsKind);
    }
  });

  it('set the assembly quorum to more than half of voting members and the committee quorum to more than half of its members', () => {
    expect(rule('branch_assembly').quorum).toEqual({ base: 'voting_members', share: { num: 1, den: 2 }, strictlyMore: true });
    expect(rule('branch_assembly').passing).toEqual({ base: 'due', share: { num: 1, den: 2 }, strictlyMore: true });
    expect(rule('branch_committee').quorum).toEqual({ base: 'committee', share: { num: 1, den: 2 }, strictlyMore: true });
    expect(rule('theme_day').quorum.base).toBe('none');
  });
});

describe('checkMeetingRules', () => {
  const good = () => structuredClone(rule('branch_assembly'));
  const errors = (rs: unknown) => checkMeetingRules(rs).findings.filter((f) => f.severity === 'error').map((f) => f.params?.field);

  it('refuses a non-list and names each bad field with the rule', () => {
    expect(checkMeetingRules({}).ok).toBe(false);
    const r = { ...good(), frequency: { period: 'week', count: 0 } };
    expect(errors([r])).toEqual(['frequency.period', 'frequency.count']);
    expect(checkMeetingRules([r]).findings[0].message).toContain('会议规则“支部党员大会”');
  });

  it('refuses duplicate codes and kinds, bad levels and categories', () => {
    expect(errors([good(), good()])).toEqual(['code', 'kind']);
    expect(errors([{ ...good(), levels: [] }])).toEqual(['levels']);
    expect(errors([{ ...good(), levels: ['township'] }])).toEqual(['levels']);
    expect(errors([{ ...good(), categories: [] }])).toEqual(['categories']);
    expect(errors([{ ...good(), categories: ['farm'] }])).toEqual(['categories']);
    expect(errors([{ ...good(), kind: 'Branch Assembly' }])).toEqual(['kind']);
  });

  it('refuses shares that are not integer fractions in 0..1', () => {
    expect(errors([{ ...good(), quorum: { base: 'voting_members', share: { num: 0.5, den: 1 }, strictlyMore: true } }])).toEqual(['quorum.share']);
    expect(errors([{ ...good(), quorum: { base: 'voting_members', share: { num: 3, den: 2 }, strictlyMore: true } }])).toEqual(['quorum.share']);
    expect(errors([{ ...good(), quorum: { base: 'voting_members', share: { num: 1, den: 0 }, strictlyMore: true } }])).toEqual(['quorum.share']);
    expect(errors([{ ...good(), quorum: { base: 'voting_members', share: { num: 1, den: 2 } } }])).toEqual(['quorum.strictlyMore']);
    expect(errors([{ ...good(), quorum: { base: 'none' } }])).toEqual([]);
    expect(errors([{ ...good(), passing: { base: 'absent', share: { num: 1, den: 2 }, strictlyMore: true } }])).toEqual(['passing.base']);
  });

  it('keeps the due-soon window shorter than the shortest period', () => {
    const month = { ...good(), frequency: { period: 'month', count: 1 } };
    expect(errors([{ ...month, dueSoonDays: 27 }])).toEqual([]);
    expect(errors([{ ...month, dueSoonDays: 28 }])).toEqual(['dueSoonDays']);
    expect(errors([{ ...month, dueSoonDays: 0 }])).toEqual([]);
    expect(errors([{ ...month, dueSoonDays: -1 }])).toEqual(['dueSoonDays']);
    expect(errors([{ ...good(), finaliseWithinDays: 1.5 }])).toEqual(['finaliseWithinDays']);
  });

  it('allows a fixed day 1–28 and warns when the meeting is not monthly', () => {
    const month = { ...good(), frequency: { period: 'month', count: 1 } };
    expect(errors([{ ...month, fixedDayOfMonth: 28 }])).toEqual([]);
    expect(errors([{ ...month, fixedDayOfMonth: 29 }])).toEqual(['fixedDayOfMonth']);
    expect(errors([{ ...month, fixedDayOfMonth: 0 }])).toEqual(['fixedDayOfMonth']);
    const q = checkMeetingRules([{ ...good(), fixedDayOfMonth: 10 }]);
    expect(q.ok).toBe(true);
    expect(q.findings.map((f) => f.severity)).toEqual(['warning']);
  });

  it('warns (does not refuse) about a points rule that no loaded scheme has', () => {
    const r = checkMeetingRules([{ ...good(), pointsRule: 'other.meeting' }], ['base60.meeting']);
    expect(r.ok).toBe(true);
    expect(r.findings[0].message).toContain('积分规则 other.meeting 不存在');
  });
});

describe('rulesFor and checkKindAllowed', () => {
  it('gives a village branch every branch kind, 小村说事日 included', () => {
    expect(kinds(rulesFor({ id: 1, level: 'branch', category: 'village' }, rules))).toEqual([
      'branch_assembly', 'branch_committee', 'party_lecture', 'theme_day', 'organisational_life', 'village_talk_day',
    ]);
  });

  it('gives other branches no 小村说事日, and a secretary-only branch no 支委会', () => {
    expect(kinds(rulesFor({ id: 1, level: 'branch', category: 'community' }, rules))).not.toContain('village_talk_day');
    expect(kinds(rulesFor({ id: 1, level: 'branch', category: null }, rules))).not.toContain('village_talk_day');
    expect(kinds(rulesFor({ id: 1, level: 'branch', category: 'organ', hasCommittee: false }, rules))).toEqual([
      'branch_assembly', 'party_lecture', 'theme_day', 'organisational_life',
    ]);
  });

  it('gives a party group only 党小组会 and a township committee nothing', () => {
    expect(kinds(rulesFor({ id: 1, level: 'party_group', category: 'village' }, rules))).toEqual(['party_group_meeting']);
    expect(rulesFor({ id: 1, level: 'committee', category: null }, rules)).toEqual([]);
  });

  it('refuses a kind the level does not hold, naming kind and level', () => {
    const r = checkKindAllowed({ id: 1, level: 'party_group' }, 'branch_assembly', rules);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'kind_not_for_level', message: '党小组不召开“支部党员大会”（“支部党员大会”由党总支、党支部召开）' });
    expect(checkKindAllowed({ id: 1, level: 'branch' }, 'branch_assembly', rules).ok).toBe(true);
  });

  it('refuses a kind outside its categories, an unknown kind and a committee meeting without a committee', () => {
    expect(checkKindAllowed({ id: 1, level: 'branch', category: 'community' }, 'village_talk_day', rules).findings[0].message)
      .toBe('“小村说事日”只适用于村党组织，本组织为社区党组织');
    expect(checkKindAllowed({ id: 1, level: 'branch' }, 'village_talk_day', rules).findings[0].message)
      .toBe('“小村说事日”只适用于村党组织，本组织未设类别');
    expect(checkKindAllowed({ id: 1, level: 'branch' }, 'picnic', rules).findings[0]).toMatchObject({ code: 'unknown_kind', message: '会议类型“picnic”不存在' });
    expect(checkKindAllowed({ id: 1, level: 'branch', hasCommittee: false }, 'branch_committee', rules).findings[0].message)
      .toBe('本党支部未设委员会，不召开“支委会”');
  });
});

describe('pointsRuleFor', () => {
  const base60 = [
    { code: 'base60.meeting', active: true, trigger: 'meeting_attendance', meetingKind: 'three_meetings_one_lecture' },
    { code: 'base60.theme-day', active: true, trigger: 'meeting_attendance', meetingKind: 'theme_day' },
  ];

  it('uses the named rule while it is active', () => {
    expect(pointsRuleFor(rule('branch_assembly'), base60)).toBe('base60.meeting');
    expect(pointsRuleFor(rule('theme_day'), base60)).toBe('base60.theme-day');
    expect(pointsRuleFor(rule('organisational_life'), base60)).toBeNull();
  });

  it("falls back to the active scheme's attendance rule of the same kind, and to none when it is ambiguous", () => {
    const other = [{ code: 'base60.meeting', active: false }, { code: 'x.meeting', active: true, trigger: 'meeting_attendance', meetingKind: 'three_meetings_one_lecture' }];
    expect(pointsRuleFor(rule('party_lecture'), other)).toBe('x.meeting');
    expect(pointsRuleFor(rule('theme_day'), other)).toBeNull();
    expect(pointsRuleFor(rule('party_lecture'), [...other, { ...other[1], code: 'y.meeting' }])).toBeNull();
  });
});

describe('exact shares', () => {
  const half = { share: { num: 1, den: 2 }, strictlyMore: true };
  const twoThirds = { share: { num: 2, den: 3 }, strictlyMore: false };

  it('more than half: 5 of 10 fails, 6 of 10 passes, 5 of 9 passes, 4 of 9 fails', () => {
    expect(meets(5, 10, half)).toBe(false);
    expect(meets(6, 10, half)).toBe(true);
    expect(meets(5, 9, half)).toBe(true);
    expect(meets(4, 9, half)).toBe(false);
    expect([neededCount(10, half), neededCount(9, half), neededCount(1, half), neededCount(0, half)]).toEqual([6, 5, 1, 1]);
  });

  it('at least two thirds: 6 of 9 passes, 5 of 9 fails, 7 of 10 passes, 6 of 10 fails', () => {
    expect(meets(6, 9, twoThirds)).toBe(true);
    expect(meets(5, 9, twoThirds)).toBe(false);
    expect(meets(7, 10, twoThirds)).toBe(true);
    expect(meets(6, 10, twoThirds)).toBe(false);
    expect([neededCount(9, twoThirds), neededCount(10, twoThirds)]).toEqual([6, 7]);
  });

  it('agrees with neededCount at every size', () => {
    for (const t of [half, twoThirds, { share: { num: 2, den: 3 }, strictlyMore: true }]) {
      for (let base = 1; base <= 60; base++) {
        const n = neededCount(base, t);
        expect(meets(n, base, t)).toBe(true);
        expect(meets(n - 1, base, t)).toBe(false);
      }
    }
  });

  it('reads as the rule says it, and rounds per mille half up', () => {
    expect(describeThreshold(half)).toBe('超过半数');
    expect(describeThreshold(twoThirds)).toBe('三分之二以上（含）');
    expect([perMille(2, 3), perMille(1, 3), perMille(1, 2000), perMille(1, 2001), perMille(0, 5), perMille(5, 5)]).toEqual([667, 333, 1, 0, 0, 1000]);
    expect(() => perMille(1, 0)).toThrow();
  });
});
