// Decision rule records (议事决策规则) as loaded from config/decision-rules.json and edited by the
// county. Local practice is data; what national law fixes is a floor here, so an edit cannot go below it.
import { result, type CheckResult, type Finding } from '../check-result';
import { formatFen } from './money';
import { atLeastAsStrict, describeThreshold, isFraction, type Fraction, type Threshold } from './threshold';

export type DecisionKind =
  | 'ordinary'
  | 'major_matter'
  | 'key_appointment'
  | 'major_project'
  | 'large_spending'
  | 'cadre_appointment'
  | 'village_matter';

export const KIND_NAMES: Record<DecisionKind, string> = {
  ordinary: '一般事项',
  major_matter: '重大事项决策',
  key_appointment: '重要干部任免',
  major_project: '重大项目安排',
  large_spending: '大额资金使用',
  cadre_appointment: '干部任免',
  village_matter: '四议两公开',
};

/** 三重一大: decided collectively at a meeting, never by circulated papers or chat. */
export const MAJOR_KINDS: readonly DecisionKind[] = ['major_matter', 'key_appointment', 'major_project', 'large_spending'];

export type BodyCode =
  | 'party_committee'
  | 'branch_committee'
  | 'two_committees'
  | 'member_assembly'
  | 'villagers_meeting'
  | 'villager_representatives';

export const BODY_NAMES: Record<BodyCode, string> = {
  party_committee: '党委会',
  branch_committee: '支委会',
  two_committees: '两委联席会议',
  member_assembly: '党员大会',
  villagers_meeting: '村民会议',
  villager_representatives: '村民代表会议',
};

export type PassingBase = 'present' | 'due';

/** `base: 'present'` counts those present and not recused; `'due'` counts everyone due to attend. */
export interface Passing extends Threshold {
  base: PassingBase;
}

/** One body that may hold a 四议两公开 step, with that body's own quorum and passing (when it votes). */
export interface StepBody {
  body: BodyCode;
  quorum?: Threshold | null;
  passing?: Passing | null;
}

export interface StepRule {
  code: string;
  name: string;
  /** Empty for a publication step, which no body votes on. */
  bodies: StepBody[];
  /** Set on the two publication steps: the notice stays up at least `minDays` calendar days. */
  publication?: { minDays: number } | null;
}

export interface DecisionRule {
  code: string;
  kind: DecisionKind;
  name: string;
  /** The body that takes the decision; null for 四议两公开, whose steps name their own bodies. */
  body: BodyCode | null;
  /** Share of those due to attend who must be present. Null only for 四议两公开. */
  quorum: Threshold | null;
  passing: Passing | null;
  /** 末位表态: the secretary states last. */
  secretaryLast: boolean;
  /** Every member present and not recused states agree / disagree / defer. */
  eachMemberStates: boolean;
  /** Only a meeting counts; circulated papers or chat replies never do. */
  meetingRequired: boolean;
  /** Money in fen (1 yuan = 100 fen); an amount at or above it must be decided under a 三重一大 rule. */
  amountThresholdFen: number | null;
  /** Views are sharply split when |agree − disagree| is at most this share of those who stated a view. */
  splitMargin: Fraction | null;
  /** 四议两公开 only: the steps in the order they must happen. */
  steps: StepRule[] | null;
  description?: string;
}

export function isMajor(rule: Pick<DecisionRule, 'kind'>): boolean {
  return MAJOR_KINDS.includes(rule.kind);
}

/** 《党政领导干部选拔任用工作条例》: appointments need 2/3 present, each member states, the secretary
 *  last, and pass with more than half of those due to attend. */
export const APPOINTMENT_KINDS: readonly DecisionKind[] = ['cadre_appointment', 'key_appointment'];
export const APPOINTMENT_QUORUM: Threshold = { share: { num: 2, den: 3 }, strictlyMore: false };
export const APPOINTMENT_PASSING: Passing = { base: 'due', share: { num: 1, den: 2 }, strictlyMore: true };

/** 四议两公开 is these six steps in this order; the county edits their bodies, thresholds and days. */
export const VILLAGE_STEPS = ['propose', 'discuss', 'review', 'resolve', 'publish_decision', 'publish_result'] as const;

const rulePrefix = (rule: Pick<DecisionRule, 'name' | 'code'>) => `规则「${rule.name ?? rule.code}」`;

function validThreshold(t: Threshold | null | undefined): boolean {
  return !!t && isFraction(t.share) && typeof t.strictlyMore === 'boolean';
}

function validPassing(p: Passing | null | undefined): boolean {
  return validThreshold(p) && (p!.base === 'present' || p!.base === 'due');
}

/** Checks one rule record as the county saves it. */
export function checkRule(rule: DecisionRule): CheckResult {
  const findings: Finding[] = [];
  const p = rulePrefix(rule);
  const err = (code: string, message: string, params: Record<string, unknown> = {}) =>
    findings.push({ code, severity: 'error', message: `${p}${message}`, params: { rule: rule.code, ...params } });

  if (!(rule.kind in KIND_NAMES)) err('rule_kind_unknown', `的类别 ${rule.kind} 无法识别`, { kind: rule.kind });
  if (rule.body != null && !(rule.body in BODY_NAMES)) err('rule_body_unknown', `的决策机构 ${rule.body} 无法识别`, { body: rule.body });
  if (rule.amountThresholdFen != null && !(Number.isSafeInteger(rule.amountThresholdFen) && rule.amountThresholdFen > 0)) {
    err('rule_amount_invalid', '的金额标准应为正整数（单位：分）', { amountThresholdFen: rule.amountThresholdFen });
  }
  if (rule.splitMargin != null && !isFraction(rule.splitMargin)) err('rule_share_invalid', '的意见分歧比例无效', { field: 'splitMargin' });

  if (rule.kind === 'village_matter') {
    checkSteps(rule, err);
    return result(findings);
  }

  if (rule.body == null) err('rule_body_missing', '未指定决策机构');
  if (!validThreshold(rule.quorum)) err('rule_share_invalid', '的到会比例无效', { field: 'quorum' });
  if (!validPassing(rule.passing)) err('rule_share_invalid', '的表决通过比例无效', { field: 'passing' });
  if (isMajor(rule) && !rule.meetingRequired) err('rule_major_needs_meeting', '属“三重一大”事项，必须会议集体决策');
  if (rule.kind === 'large_spending' && rule.amountThresholdFen == null) err('rule_amount_threshold_missing', '未设定大额资金标准');
  if (APPOINTMENT_KINDS.includes(rule.kind)) {
    const weaker: string[] = [];
    if (validThreshold(rule.quorum) && !atLeastAsStrict(rule.quorum!, APPOINTMENT_QUORUM)) weaker.push(`应有${describeThreshold(APPOINTMENT_QUORUM)}成员到会`);
    if (validPassing(rule.passing) && (rule.passing!.base !== 'due' || !atLeastAsStrict(rule.passing!, APPOINTMENT_PASSING))) {
      weaker.push(`以应到会成员${describeThreshold(APPOINTMENT_PASSING)}同意形成决定`);
    }
    if (!rule.eachMemberStates) weaker.push('与会成员逐一表明意见');
    if (!rule.secretaryLast) weaker.push('主要负责人末位表态');
    if (weaker.length) err('rule_below_national', `低于《党政领导干部选拔任用工作条例》的要求：${weaker.join('；')}`, { missing: weaker });
  }
  return result(findings);
}

function checkSteps(rule: DecisionRule, err: (code: string, message: string, params?: Record<string, unknown>) => void) {
  const steps = rule.steps ?? [];
  const codes = steps.map((s) => s.code);
  if (codes.join(',') !== VILLAGE_STEPS.join(',')) {
    err('rule_steps_invalid', `的步骤应依次为 ${VILLAGE_STEPS.join(' → ')}`, { steps: codes });
  }
  for (const s of steps) {
    if (s.publication) {
      if (!(Number.isSafeInteger(s.publication.minDays) && s.publication.minDays > 0)) {
        err('rule_publication_invalid', `「${s.name}」的公开天数应为正整数`, { step: s.code });
      }
      continue;
    }
    if (!s.bodies?.length) err('rule_step_body_missing', `「${s.name}」未指定机构`, { step: s.code });
    for (const b of s.bodies ?? []) {
      if (!(b.body in BODY_NAMES)) err('rule_body_unknown', `「${s.name}」的机构 ${b.body} 无法识别`, { step: s.code, body: b.body });
      if (b.quorum != null && !validThreshold(b.quorum)) err('rule_share_invalid', `「${s.name}」的到会比例无效`, { step: s.code, field: 'quorum' });
      if (b.passing != null && !validPassing(b.passing)) err('rule_share_invalid', `「${s.name}」的表决通过比例无效`, { step: s.code, field: 'passing' });
    }
  }
}

/** Checks the whole set: each rule, unique codes, and one large-spending threshold for all rules. */
export function checkRuleSet(rules: DecisionRule[]): CheckResult {
  const findings: Finding[] = rules.flatMap((r) => checkRule(r).findings);
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.code)) {
      findings.push({ code: 'rule_code_duplicate', severity: 'error', message: `规则代码 ${r.code} 重复`, params: { rule: r.code } });
    }
    seen.add(r.code);
  }
  const thresholds = [...new Set(rules.map((r) => r.amountThresholdFen).filter((t): t is number => t != null))];
  if (thresholds.length > 1) {
    // Two thresholds leave a band of amounts that one rule calls large and another ordinary.
    findings.push({
      code: 'rule_amount_threshold_inconsistent',
      severity: 'error',
      message: `各规则的大额资金标准不一致：${thresholds.map(formatFen).join('、')} 元`,
      params: { thresholds },
    });
  }
  const largeSpending = rules.some((r) => r.kind === 'large_spending');
  for (const r of rules) {
    if (largeSpending && r.kind === 'ordinary' && r.amountThresholdFen == null) {
      findings.push({
        code: 'rule_amount_threshold_missing',
        severity: 'error',
        message: `${rulePrefix(r)}未设定大额资金标准，超过标准的支出可能按一般事项决策`,
        params: { rule: r.code },
      });
    }
  }
  return result(findings);
}
