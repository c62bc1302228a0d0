// 四议两公开 as one record: 党组织提议 → 两委会商议 → 党员大会审议 → 村民（代表）会议决议 → 决议公开 → 实施结果公开.
// Steps come in the rule's order, none dated before the one it follows, and the record closes only
// when every step is there, every vote passed and both notices have been up their full time.
import { result, type CheckResult, type Finding } from '../check-result';
import type { DecisionRule, StepRule } from './rules';
import { isDay } from './days';
import { checkStep, type StepRecord } from './village-steps';

export type { StepRecord, StepAttendance, StepVote } from './village-steps';

export interface VillageOptions {
  /** true (default): the record is about to close, so missing steps and running notices are errors. */
  closing?: boolean;
}

function notVillage(rule: DecisionRule): CheckResult | null {
  if (rule.kind === 'village_matter' && rule.steps?.length) return null;
  return result([{ code: 'not_village_rule', severity: 'error', message: `「${rule.name}」不是“四议两公开”规则`, params: { rule: rule.code } }]);
}

function assertToday(today: string) {
  if (!isDay(today)) throw new Error(`today must be YYYY-MM-DD: ${today}`);
}

/** Where a step may go given the steps already recorded: unknown, already there, missing its predecessor, dated too early. */
function placement(steps: StepRule[], recorded: Map<string, StepRecord>, r: StepRecord, today: string | null): Finding[] {
  const out: Finding[] = [];
  const i = steps.findIndex((s) => s.code === r.step);
  if (i < 0) {
    return [{ code: 'step_unknown', severity: 'error', message: `“四议两公开”没有步骤 ${r.step}`, params: { step: r.step } }];
  }
  const me = steps[i];
  if (!isDay(r.date)) {
    return [{ code: 'step_date_invalid', severity: 'error', message: `「${me.name}」的日期 ${r.date} 无效，应为 YYYY-MM-DD`, params: { step: me.code, date: r.date } }];
  }
  if (today && r.date > today) {
    out.push({ code: 'step_in_future', severity: 'error', message: `「${me.name}」的日期 ${r.date} 晚于今天 ${today}`, params: { step: me.code, date: r.date, today } });
  }
  if (i > 0 && !recorded.has(steps[i - 1].code)) {
    const prev = steps[i - 1];
    out.push({
      code: 'step_out_of_order', severity: 'error',
      message: `「${me.name}」须在「${prev.name}」之后记录，「${prev.name}」尚未记录`,
      params: { step: me.code, predecessor: prev.code },
    });
  }
  // Against the nearest step before it that is recorded, so a gap does not hide a date out of order.
  for (let j = i - 1; j >= 0; j--) {
    const before = recorded.get(steps[j].code);
    if (!before) continue;
    if (isDay(before.date) && r.date < before.date) {
      out.push({
        code: 'step_before_predecessor', severity: 'error',
        message: `「${me.name}」的日期 ${r.date} 早于其前一步「${steps[j].name}」的日期 ${before.date}`,
        params: { step: me.code, date: r.date, predecessor: steps[j].code, predecessorDate: before.date },
      });
    }
    break;
  }
  return out;
}

/**
 * Whether `next` may be appended to the steps already `recorded`: refuses an unknown or repeated
 * step, one whose predecessor is not recorded or did not pass, and one dated before its predecessor.
 * A step's own quorum and vote are facts to record, not reasons to refuse; checkVillageProcess reports them.
 */
export function canRecordStep(rule: DecisionRule, recorded: StepRecord[], next: StepRecord, today?: string): CheckResult {
  const wrong = notVillage(rule);
  if (wrong) return wrong;
  const steps = rule.steps!;
  const byCode = new Map(recorded.map((r) => [r.step, r]));
  if (byCode.has(next.step)) {
    const name = steps.find((s) => s.code === next.step)?.name ?? next.step;
    return result([{ code: 'step_duplicate', severity: 'error', message: `「${name}」已记录，不能重复记录`, params: { step: next.step } }]);
  }
  const findings = placement(steps, byCode, next, today ?? null);
  const i = steps.findIndex((s) => s.code === next.step);
  if (i > 0 && byCode.has(steps[i - 1].code)) {
    const prev = steps[i - 1];
    const sink: Finding[] = [];
    const passed = checkStep(prev, byCode.get(prev.code)!, today ?? byCode.get(prev.code)!.date, false, (f) => sink.push(f));
    if (!passed) {
      findings.push({
        code: 'predecessor_not_passed', severity: 'error',
        message: `「${prev.name}」未有效通过，不能进入「${steps[i].name}」`,
        params: { step: next.step, predecessor: prev.code, problems: sink.filter((f) => f.severity === 'error').map((f) => f.code) },
      });
    }
  }
  return result(findings);
}

/** Checks the whole 四议两公开 record as of `today` (YYYY-MM-DD). */
export function checkVillageProcess(rule: DecisionRule, recorded: StepRecord[], today: string, opts: VillageOptions = {}): CheckResult {
  const wrong = notVillage(rule);
  if (wrong) return wrong;
  assertToday(today);
  const closing = opts.closing ?? true;
  const steps = rule.steps!;
  const findings: Finding[] = [];
  const emit = (f: Finding) => findings.push(f);

  const byCode = new Map<string, StepRecord>();
  for (const r of recorded) {
    if (byCode.has(r.step)) {
      const name = steps.find((s) => s.code === r.step)?.name ?? r.step;
      emit({ code: 'step_duplicate', severity: 'error', message: `「${name}」重复记录`, params: { step: r.step } });
      continue;
    }
    byCode.set(r.step, r);
  }
  for (const r of byCode.values()) {
    for (const f of placement(steps, byCode, r, today)) emit(f);
  }
  for (const [i, s] of steps.entries()) {
    const r = byCode.get(s.code);
    if (!r) {
      if (closing) {
        emit({ code: 'step_missing', severity: 'error', message: `缺少步骤「${s.name}」（第 ${i + 1} 步），不能办结`, params: { step: s.code } });
      }
      continue;
    }
    if (isDay(r.date)) checkStep(s, r, today, closing, emit);
  }
  return result(findings);
}
