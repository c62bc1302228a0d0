// An enforcement case goes through the configured steps in order (立案 → 调查 → 决定 → 执行 → 结案);
// its mode follows the power's delegation and its fine is set at the decision.
import { accept, refuse, type Outcome } from '../outcome';
import { instantMs } from '../calendar/days';
import { result, type CheckResult, type Finding } from '../check-result';
import { enforcementMode, fineProblem, MODE_LABELS, type EnforcementMode, type PenaltyPower } from './powers';
import type { CaseStep } from './rules';

/** The step whose completion fixes the fine. */
export const DECISION_STEP = 'decided';

export interface EnforcementCase {
  powerCode: string;
  mode: EnforcementMode;
  steps: Array<{ code: string; at: string }>;
  fineYuan: number | null;
}

export function isClosed(c: EnforcementCase, steps: CaseStep[]): boolean {
  return c.steps.length >= steps.length;
}

/** Files a case (立案) under a power; the mode is the one the delegation requires. */
export function openEnforcementCase(power: PenaltyPower, at: string, steps: CaseStep[]): Outcome<EnforcementCase> {
  const empty: EnforcementCase = { powerCode: power.code, mode: enforcementMode(power), steps: [], fineYuan: null };
  return advanceEnforcementCase(empty, steps[0]?.code ?? '', { at }, power, steps);
}

export function advanceEnforcementCase(
  c: EnforcementCase,
  stepCode: string,
  input: { at: string; fineYuan?: number | null },
  power: PenaltyPower,
  steps: CaseStep[],
): Outcome<EnforcementCase> {
  if (c.powerCode !== power.code) return refuse('power_mismatch', '处罚事项与案件不符');
  if (c.mode !== enforcementMode(power)) return refuse('mode_mismatch', modeMessage(power));
  const index = steps.findIndex((s) => s.code === stepCode);
  if (index < 0) return refuse('unknown_step', `未知的执法环节：${stepCode}`);
  if (isClosed(c, steps)) return refuse('case_closed', '案件已结案，不能再增加环节');
  const expected = steps[c.steps.length];
  if (index < c.steps.length) return refuse('step_done', `“${steps[index].label}”环节已完成`);
  if (index > c.steps.length) return refuse('step_skipped', `应先完成“${expected.label}”环节，不能跳过`);
  let atMs: number;
  try {
    atMs = instantMs(input.at);
  } catch {
    return refuse('time_required', '请填写有效的办理时间');
  }
  const last = c.steps[c.steps.length - 1];
  if (last && atMs < instantMs(last.at)) {
    return refuse('before_previous_step', `“${expected.label}”时间不能早于“${steps[c.steps.length - 1].label}”`);
  }
  let fineYuan = c.fineYuan;
  if (stepCode === DECISION_STEP) {
    const problem = fineProblem(input.fineYuan, power);
    if (problem) return refuse('fine_out_of_band', problem);
    fineYuan = input.fineYuan ?? null;
  }
  return accept({ ...c, steps: [...c.steps, { code: stepCode, at: input.at }], fineYuan });
}

function modeMessage(power: PenaltyPower): string {
  return power.delegated
    ? `该事项已赋权乡镇，应由乡镇执法（${MODE_LABELS.township}），县直部门提供业务指导`
    : `该事项未赋权乡镇，应由县乡共同执法（${MODE_LABELS.joint}）`;
}

/** Checks a stored case: mode by delegation, step order and times, and the fine's band. */
export function checkEnforcementCase(c: EnforcementCase, power: PenaltyPower, steps: CaseStep[]): CheckResult {
  const findings: Finding[] = [];
  if (c.mode !== enforcementMode(power)) {
    findings.push({ code: 'mode_mismatch', severity: 'error', message: modeMessage(power), params: { mode: c.mode, required: enforcementMode(power) } });
  }
  const order = c.steps.map((s) => s.code);
  const wanted = steps.slice(0, order.length).map((s) => s.code);
  if (order.length > steps.length || order.some((code, i) => code !== wanted[i])) {
    findings.push({ code: 'steps_out_of_order', severity: 'error', message: `执法环节应依次为：${steps.map((s) => s.label).join(' → ')}`,
      params: { steps: order } });
  } else if (c.steps.some((s, i) => i > 0 && instantMs(s.at) < instantMs(c.steps[i - 1].at))) {
    findings.push({ code: 'steps_time_reversed', severity: 'error', message: '后一环节的时间早于前一环节' });
  }
  const problem = fineProblem(c.fineYuan, power);
  if (problem) findings.push({ code: 'fine_out_of_band', severity: 'error', message: problem, params: { fineYuan: c.fineYuan } });
  return result(findings);
}
