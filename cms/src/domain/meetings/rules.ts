// Meeting rules (config/meeting-rules.json, later rule records): which organisations hold which
// meetings, how often, with what quorum, and what points attendance earns. All of it is local data.
import { result, type CheckResult, type Finding } from '../check-result';
import type { OrganisationCategory, OrganisationLevel } from '../branch-rules';
import { isShare, type Threshold } from './fractions';
import { CATEGORY_NAMES, LEVEL_NAMES, categoryName, levelName } from './labels';
import { MEETING_PERIODS, type MeetingPeriod } from './periods';

export type Attendees = 'members' | 'committee' | 'group_members';
export type QuorumBase = 'voting_members' | 'committee' | 'none';
export type PassingBase = 'due' | 'present';

export interface QuorumRule extends Threshold {
  base: QuorumBase;
}

export interface PassingRule extends Threshold {
  base: PassingBase;
}

export interface MeetingRule {
  code: string;
  kind: string;
  name: string;
  levels: OrganisationLevel[];
  /** null: every category */
  categories: OrganisationCategory[] | null;
  frequency: { period: MeetingPeriod; count: number };
  attendees: Attendees;
  quorum: QuorumRule;
  passing: PassingRule | null;
  pointsRule: string | null;
  pointsKind: string | null;
  dueSoonDays: number;
  finaliseWithinDays: number;
  fixedDayOfMonth: number | null;
}

export interface MeetingOrganisation {
  id: number | string;
  level: OrganisationLevel;
  category?: OrganisationCategory | null;
  /** false: a branch with a secretary only (under 7 full members), so no 支委会; unknown counts as true */
  hasCommittee?: boolean | null;
}

export const LEVELS = Object.keys(LEVEL_NAMES) as OrganisationLevel[];
export const CATEGORIES = Object.keys(CATEGORY_NAMES) as OrganisationCategory[];
const ATTENDEES: Attendees[] = ['members', 'committee', 'group_members'];
const QUORUM_BASES: QuorumBase[] = ['voting_members', 'committee', 'none'];
const PASSING_BASES: PassingBase[] = ['due', 'present'];
/** The shortest length of each period: a due-soon window this long would be due soon from day one. */
const SHORTEST_DAYS: Record<MeetingPeriod, number> = { month: 28, quarter: 90, half_year: 181, year: 365 };

const nonNegInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

function checkThreshold(t: any, where: string, label: string, bad: (field: string, message: string) => void) {
  if (!isShare(t?.share)) bad(`${where}.share`, `${label}比例应为 {num, den} 的整数分数，0 ≤ num ≤ den，den > 0`);
  if (typeof t?.strictlyMore !== 'boolean') bad(`${where}.strictlyMore`, `${label}应写明是否“超过”（strictlyMore: true/false）`);
}

/**
 * Checks rules as loaded from config or edited by the county, before they are used. Every finding
 * names the rule and the field. `knownPointsRules` (codes of points rules that exist) turns a
 * dangling pointsRule into a warning: the scheme may simply not be loaded yet.
 */
export function checkMeetingRules(rules: unknown, knownPointsRules?: Iterable<string>): CheckResult {
  const findings: Finding[] = [];
  if (!Array.isArray(rules)) {
    return result([{ code: 'rules_not_a_list', severity: 'error', message: '会议规则应为列表' }]);
  }
  const known = knownPointsRules ? new Set(knownPointsRules) : null;
  const codes = new Set<string>();
  const kinds = new Set<string>();
  rules.forEach((raw, i) => {
    const r = (raw ?? {}) as Record<string, any>;
    const label = typeof r.name === 'string' && r.name ? `“${r.name}”` : `第 ${i + 1} 条规则`;
    const bad = (field: string, message: string, severity: 'error' | 'warning' = 'error') =>
      findings.push({ code: 'rule_invalid', severity, message: `会议规则${label}：${message}`, params: { index: i, code: r.code, field } });

    if (typeof r.code !== 'string' || !r.code.trim()) bad('code', '缺少规则编码');
    else if (codes.has(r.code)) bad('code', `规则编码 ${r.code} 重复`);
    else codes.add(r.code);
    if (typeof r.kind !== 'string' || !/^[a-z][a-z0-9_]*$/.test(r.kind)) bad('kind', '会议类型编码应为小写字母、数字和下划线');
    else if (kinds.has(r.kind)) bad('kind', `会议类型 ${r.kind} 已有规则`);
    else kinds.add(r.kind);
    if (typeof r.name !== 'string' || !r.name.trim()) bad('name', '缺少中文名称');

    if (!Array.isArray(r.levels) || !r.levels.length || !r.levels.every((l: unknown) => LEVELS.includes(l as OrganisationLevel))) {
      bad('levels', `适用组织层级应为 ${LEVELS.join('/')} 中的一项或多项`);
    }
    if (r.categories !== null && (!Array.isArray(r.categories) || !r.categories.length || !r.categories.every((c: unknown) => CATEGORIES.includes(c as OrganisationCategory)))) {
      bad('categories', `适用组织类别应为 null（全部）或 ${CATEGORIES.join('/')} 中的一项或多项`);
    }

    const period = r.frequency?.period;
    if (!MEETING_PERIODS.includes(period)) bad('frequency.period', `频次周期应为 ${MEETING_PERIODS.join('/')}`);
    if (!Number.isInteger(r.frequency?.count) || r.frequency.count < 1) bad('frequency.count', '每期次数应为不小于 1 的整数');
    if (!ATTENDEES.includes(r.attendees)) bad('attendees', `应到人员应为 ${ATTENDEES.join('/')}`);

    if (!QUORUM_BASES.includes(r.quorum?.base)) bad('quorum.base', `法定人数基数应为 ${QUORUM_BASES.join('/')}`);
    else if (r.quorum.base !== 'none') checkThreshold(r.quorum, 'quorum', '法定人数', bad);
    if (r.quorum?.base === 'committee' && r.attendees !== 'committee') {
      bad('quorum.base', '以委员人数为法定人数基数时，应到人员应为 committee', 'warning');
    }
    if (r.passing !== null) {
      if (!PASSING_BASES.includes(r.passing?.base)) bad('passing.base', `表决通过基数应为 ${PASSING_BASES.join('/')} 或 null`);
      else checkThreshold(r.passing, 'passing', '表决通过', bad);
    }

    if (r.pointsRule !== null && (typeof r.pointsRule !== 'string' || !r.pointsRule)) bad('pointsRule', '积分规则编码应为字符串或 null');
    else if (r.pointsRule && known && !known.has(r.pointsRule)) bad('pointsRule', `积分规则 ${r.pointsRule} 不存在`, 'warning');
    if (r.pointsKind !== null && (typeof r.pointsKind !== 'string' || !r.pointsKind)) bad('pointsKind', '积分会议类别应为字符串或 null');

    if (!nonNegInt(r.dueSoonDays)) bad('dueSoonDays', '临期提醒天数应为不小于 0 的整数');
    else if (MEETING_PERIODS.includes(period) && r.dueSoonDays >= SHORTEST_DAYS[period as MeetingPeriod]) {
      bad('dueSoonDays', `临期提醒 ${r.dueSoonDays} 天不短于整个周期（${SHORTEST_DAYS[period as MeetingPeriod]} 天），周期一开始就会临期`);
    }
    if (!nonNegInt(r.finaliseWithinDays)) bad('finaliseWithinDays', '定稿时限天数应为不小于 0 的整数');
    if (r.fixedDayOfMonth !== null) {
      if (!Number.isInteger(r.fixedDayOfMonth) || r.fixedDayOfMonth < 1 || r.fixedDayOfMonth > 28) bad('fixedDayOfMonth', '固定日应为 1–28 日或 null（每个月都有的日子）');
      else if (period !== 'month') bad('fixedDayOfMonth', '只有每月召开的会议才有固定日', 'warning');
    }
  });
  return result(findings);
}

function levelsText(levels: OrganisationLevel[]): string {
  return levels.map(levelName).join('、');
}

/** Why `rule` does not apply to `org`, or null when it does. */
export function whyNotFor(org: MeetingOrganisation, rule: MeetingRule): Finding | null {
  if (!rule.levels.includes(org.level)) {
    return {
      code: 'kind_not_for_level',
      severity: 'error',
      message: `${levelName(org.level)}不召开“${rule.name}”（“${rule.name}”由${levelsText(rule.levels)}召开）`,
      params: { kind: rule.kind, level: org.level, levels: rule.levels },
    };
  }
  if (rule.categories && !(org.category && rule.categories.includes(org.category))) {
    const wanted = rule.categories.map(categoryName).join('、');
    return {
      code: 'kind_not_for_category',
      severity: 'error',
      message: org.category
        ? `“${rule.name}”只适用于${wanted}党组织，本组织为${categoryName(org.category)}党组织`
        : `“${rule.name}”只适用于${wanted}党组织，本组织未设类别`,
      params: { kind: rule.kind, category: org.category ?? null, categories: rule.categories },
    };
  }
  if (rule.attendees === 'committee' && org.hasCommittee === false) {
    return {
      code: 'kind_needs_committee',
      severity: 'error',
      message: `本${levelName(org.level)}未设委员会，不召开“${rule.name}”`,
      params: { kind: rule.kind, level: org.level },
    };
  }
  return null;
}

/** The rules an organisation must follow, by level and category (and committee, when known). */
export function rulesFor(org: MeetingOrganisation, rules: readonly MeetingRule[]): MeetingRule[] {
  return rules.filter((r) => whyNotFor(org, r) === null);
}

export function ruleOfKind(kind: string, rules: readonly MeetingRule[]): MeetingRule | undefined {
  return rules.find((r) => r.kind === kind);
}

/** May `org` hold a meeting of `kind`? Refuses unknown kinds and kinds its level or category does not hold. */
export function checkKindAllowed(org: MeetingOrganisation, kind: string, rules: readonly MeetingRule[]): CheckResult {
  const rule = ruleOfKind(kind, rules);
  if (!rule) return result([{ code: 'unknown_kind', severity: 'error', message: `会议类型“${kind}”不存在`, params: { kind } }]);
  const why = whyNotFor(org, rule);
  return result(why ? [why] : []);
}

export interface PointsRuleRef {
  code: string;
  active?: boolean | null;
  trigger?: string | null;
  meetingKind?: string | null;
}

/**
 * The points rule attendance posts through: the rule the meeting rule names when it is active;
 * otherwise the active scheme's attendance rule of the same meeting kind (schemes replace each
 * other, the meeting rule need not be edited for it); null when there is none.
 */
export function pointsRuleFor(rule: Pick<MeetingRule, 'pointsRule' | 'pointsKind'>, pointsRules: readonly PointsRuleRef[]): string | null {
  const active = pointsRules.filter((p) => p.active !== false);
  if (rule.pointsRule && active.some((p) => p.code === rule.pointsRule)) return rule.pointsRule;
  if (!rule.pointsKind) return null;
  const same = active.filter((p) => p.trigger === 'meeting_attendance' && p.meetingKind === rule.pointsKind);
  return same.length === 1 ? same[0].code : null;
}
