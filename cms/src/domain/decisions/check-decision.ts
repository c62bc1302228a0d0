// Checks one decision record against its rule. Errors block finalising; warnings are shown and kept.
import { result, type CheckResult, type Finding } from '../check-result';
import { formatFen } from './money';
import { BODY_NAMES, isMajor, type DecisionRule } from './rules';
import { describeThreshold } from './threshold';
import { key, nameOf, METHOD_NAMES, OUTCOME_NAMES, tally, type DecisionFacts, type MemberRef } from './facts';

export function checkDecision(rule: DecisionRule, f: DecisionFacts): CheckResult {
  const findings: Finding[] = [];
  const named = `「${rule.name}」`;
  const add = (severity: Finding['severity'], code: string, message: string, params: Record<string, unknown> = {}) =>
    findings.push({ code, severity, message: `${named}${message}`, params: { rule: rule.code, ...params } });

  if (rule.kind === 'village_matter' || !rule.quorum || !rule.passing) {
    add('error', 'process_rule', '按“四议两公开”逐步记录，不能作为单次决策核查');
    return result(findings);
  }

  const due = new Set(f.due.map(key));
  if (due.size === 0) add('error', 'no_members_due', '未填写应到会成员');
  const present = new Set(f.present.map(key));
  const recused = new Map(f.recused.map((r) => [key(r.memberId), r]));
  const strangers = (refs: string[]) => refs.filter((m) => !due.has(m));
  const names = (refs: string[]) => refs.map((m) => nameOf(f, m)).join('、');
  const notDuePresent = strangers([...present]);
  if (notDuePresent.length) add('error', 'present_not_due', `到会名单中有非应到会成员：${names(notDuePresent)}`, { members: notDuePresent });
  const notDueRecused = strangers([...recused.keys()]);
  if (notDueRecused.length) add('error', 'recused_not_due', `回避名单中有非应到会成员：${names(notDueRecused)}`, { members: notDueRecused });
  const noReason = f.recused.filter((r) => !r.reason?.trim()).map((r) => key(r.memberId));
  if (noReason.length) add('error', 'recusal_reason_missing', `回避须注明理由：${names(noReason)}`, { members: noReason });

  if (rule.body && f.body !== rule.body) {
    add('error', 'wrong_body', `应由${BODY_NAMES[rule.body]}决策，记录为${f.body ? BODY_NAMES[f.body] ?? f.body : '未填写'}`, { body: f.body, expected: rule.body });
  }

  checkMoneyAndMeeting(rule, f, add);

  const t = tally(rule, f);
  if (due.size > 0 && !t.quorumMet) {
    add('error', 'quorum_not_met',
      `要求应到会成员${describeThreshold(rule.quorum)}到会：应到 ${t.due} 人，实到 ${t.present} 人，至少需 ${t.quorumNeeded} 人`,
      { due: t.due, present: t.present, needed: t.quorumNeeded });
  }

  checkStatements(rule, f, due, present, recused, add);
  checkOutcome(rule, f, t, add);

  if (t.split && f.outcome !== 'postponed') {
    add('warning', 'split_views', `意见分歧较大（同意 ${t.agree}，不同意 ${t.disagree}，缓议 ${t.defer}），建议暂缓表决`,
      { agree: t.agree, disagree: t.disagree, defer: t.defer });
  }
  return result(findings);
}

type Add = (severity: Finding['severity'], code: string, message: string, params?: Record<string, unknown>) => void;

function checkMoneyAndMeeting(rule: DecisionRule, f: DecisionFacts, add: Add) {
  const amount = f.amountFen;
  const validAmount = amount == null || (Number.isSafeInteger(amount) && amount >= 0);
  if (!validAmount) add('error', 'amount_invalid', '金额应为非负整数（单位：分）', { amountFen: amount });
  if (rule.kind === 'large_spending' && amount == null) add('error', 'amount_missing', '须填写资金金额');

  const threshold = rule.amountThresholdFen;
  const large = validAmount && amount != null && threshold != null && amount >= threshold;
  if (large && !isMajor(rule)) {
    add('error', 'amount_requires_major_rule',
      `金额 ${formatFen(amount!)} 元达到大额资金标准 ${formatFen(threshold!)} 元，须按“三重一大”规则集体决策`,
      { amountFen: amount, thresholdFen: threshold });
  }
  if ((rule.meetingRequired || large) && f.method !== 'meeting') {
    const why = rule.meetingRequired ? '' : `金额达到大额资金标准，`;
    add('error', 'meeting_required', `${why}必须召开会议集体决策，${METHOD_NAMES[f.method] ?? f.method}不能代替会议`, { method: f.method });
  }
}

function checkStatements(rule: DecisionRule, f: DecisionFacts, due: Set<string>, present: Set<string>, recused: Map<string, unknown>, add: Add) {
  const seen = new Set<string>();
  for (const [i, s] of f.statements.entries()) {
    const m = key(s.memberId);
    const at = { member: m, index: i };
    const who = nameOf(f, m);
    if (!due.has(m)) add('error', 'statement_not_due', `${who} 不是应到会成员，其表态无效`, at);
    else if (!present.has(m)) add('error', 'statement_not_present', `${who} 未到会，其表态无效`, at);
    else if (recused.has(m)) add('error', 'recused_voted', `${who} 已回避，不得参与表态和表决`, at);
    if (seen.has(m)) add('error', 'statement_duplicate', `${who} 重复表态`, at);
    if (!['agree', 'disagree', 'defer'].includes(s.position)) add('error', 'position_invalid', `${who} 的表态应为同意、不同意或缓议`, at);
    seen.add(m);
  }
  if (rule.eachMemberStates) {
    const silent = [...present].filter((m) => due.has(m) && !recused.has(m) && !seen.has(m));
    if (silent.length) add('error', 'statement_missing', `要求与会成员逐一表态，未表态：${silent.map((m) => nameOf(f, m)).join('、')}`, { members: silent });
  }
  if (rule.secretaryLast) checkSecretaryLast(f, present, recused, add);
}

function checkSecretaryLast(f: DecisionFacts, present: Set<string>, recused: Map<string, unknown>, add: Add) {
  if (f.secretaryId == null || f.secretaryId === '') {
    add('error', 'secretary_unknown', '要求书记末位表态，须注明书记');
    return;
  }
  const sec = key(f.secretaryId as MemberRef);
  if (!present.has(sec) || recused.has(sec)) {
    add('warning', 'secretary_absent', '书记未到会或已回避，末位表态无从执行，请在备注中说明主持人', { secretary: sec });
    return;
  }
  const last = f.statements.length ? key(f.statements[f.statements.length - 1].memberId) : null;
  if (last !== sec) {
    const spoke = f.statements.findIndex((s) => key(s.memberId) === sec);
    add('error', 'secretary_not_last',
      spoke < 0 ? '书记应末位表态，记录中书记未表态' : `书记应末位表态，实为第 ${spoke + 1} 位（共 ${f.statements.length} 位）`,
      { secretary: sec, position: spoke < 0 ? null : spoke + 1 });
  }
}

function checkOutcome(rule: DecisionRule, f: DecisionFacts, t: ReturnType<typeof tally>, add: Add) {
  if (!f.outcome) {
    add('error', 'outcome_missing', '未填写表决结果');
    return;
  }
  if (!(f.outcome in OUTCOME_NAMES)) {
    add('error', 'outcome_invalid', `表决结果 ${f.outcome} 无法识别，应为通过、未通过或暂缓表决`, { outcome: f.outcome });
    return;
  }
  if (f.outcome === 'postponed') return;
  const baseName = rule.passing!.base === 'due' ? '应到会成员' : '到会成员（不含回避）';
  const count = `同意 ${t.agree} 人，${baseName} ${t.base} 人，至少需 ${t.passNeeded} 人`;
  const params = { agree: t.agree, base: t.base, needed: t.passNeeded, baseKind: rule.passing!.base };
  if (f.outcome === 'passed' && !t.passed && t.quorumMet) {
    add('error', 'not_passed', `须经${baseName}${describeThreshold(rule.passing!)}同意，${count}，不能记为通过`, params);
  } else if (f.outcome === 'rejected' && t.passed) {
    add('error', 'outcome_mismatch', `表决已达${baseName}${describeThreshold(rule.passing!)}同意（${count}），结果却记为${OUTCOME_NAMES.rejected}`, params);
  }
}
