// Enforcement cases: steps in order, township or joint by delegation, fines within the band.
import { describe, expect, it } from 'vitest';
import { advanceEnforcementCase, checkEnforcementCase, openEnforcementCase, type EnforcementCase } from '../../cms/src/domain/enforcement/case-steps';
import { checkPenaltyPower, enforcementMode, fineProblem, type PenaltyPower } from '../../cms/src/domain/enforcement/powers';
import { loadEnforcementRules } from '../../seeds/three-ones/rules';

const steps = loadEnforcementRules().caseSteps;
const delegated: PenaltyPower = { code: 'P1', name: '对占道经营的处罚', legalBasis: '《江苏省城市市容和环境卫生管理条例》', department: '县城管局',
  batch: 1, delegated: true, fineMinYuan: 50, fineMaxYuan: 500 };
const countyOnly: PenaltyPower = { ...delegated, code: 'P2', batch: null, delegated: false };
const warningOnly: PenaltyPower = { ...delegated, code: 'P3', fineMinYuan: null, fineMaxYuan: null };
const t = (h: number) => new Date(Date.UTC(2026, 2, 2, h)).toISOString();

function walk(power: PenaltyPower, upTo: number, fineYuan: number | null = 200): EnforcementCase {
  const opened = openEnforcementCase(power, t(0), steps);
  if (!opened.ok) throw new Error(opened.message);
  let c = opened.value;
  for (let i = 1; i < upTo; i++) {
    const out = advanceEnforcementCase(c, steps[i].code, { at: t(i), fineYuan }, power, steps);
    if (!out.ok) throw new Error(out.message);
    c = out.value;
  }
  return c;
}

describe('the shipped steps', () => {
  it('are 立案 → 调查 → 决定 → 执行 → 结案', () => {
    expect(steps.map((s) => s.label)).toEqual(['立案', '调查', '决定', '执行', '结案']);
  });
});

describe('mode by delegation', () => {
  it('is township for a delegated power and joint otherwise', () => {
    expect(enforcementMode(delegated)).toBe('township');
    expect(enforcementMode(countyOnly)).toBe('joint');
    expect(walk(countyOnly, 1).mode).toBe('joint');
  });

  it('refuses to go on with a case whose mode does not match the delegation', () => {
    const c = { ...walk(countyOnly, 1), mode: 'township' as const };
    expect(advanceEnforcementCase(c, 'investigated', { at: t(1) }, countyOnly, steps)).toMatchObject({
      ok: false, code: 'mode_mismatch', message: '该事项未赋权乡镇，应由县乡共同执法（县乡联动执法）' });
    expect(checkEnforcementCase({ ...walk(delegated, 2), mode: 'joint' }, delegated, steps).findings[0].code).toBe('mode_mismatch');
  });
});

describe('advanceEnforcementCase', () => {
  it('goes through all five steps and then stops', () => {
    const c = walk(delegated, 5);
    expect(c.steps.map((s) => s.code)).toEqual(steps.map((s) => s.code));
    expect(c.fineYuan).toBe(200);
    for (const s of steps) expect(advanceEnforcementCase(c, s.code, { at: t(9) }, delegated, steps)).toMatchObject({ ok: false, code: 'case_closed' });
    expect(checkEnforcementCase(c, delegated, steps)).toEqual({ ok: true, findings: [] });
  });

  it('refuses a skipped step, a repeated one and an unknown one', () => {
    const c = walk(delegated, 2);
    expect(advanceEnforcementCase(c, 'executed', { at: t(3) }, delegated, steps)).toMatchObject({
      ok: false, code: 'step_skipped', message: '应先完成“决定”环节，不能跳过' });
    expect(advanceEnforcementCase(c, 'investigated', { at: t(3) }, delegated, steps)).toMatchObject({ ok: false, code: 'step_done' });
    expect(advanceEnforcementCase(c, 'appealed', { at: t(3) }, delegated, steps)).toMatchObject({ ok: false, code: 'unknown_step' });
  });

  it('refuses a step dated before the previous one, or with no valid time', () => {
    const c = walk(delegated, 2);
    expect(advanceEnforcementCase(c, 'decided', { at: t(0), fineYuan: 100 }, delegated, steps)).toMatchObject({ ok: false, code: 'before_previous_step' });
    expect(advanceEnforcementCase(c, 'decided', { at: 'soon', fineYuan: 100 }, delegated, steps)).toMatchObject({ ok: false, code: 'time_required' });
  });

  it('refuses a case under another power', () => {
    expect(advanceEnforcementCase(walk(delegated, 1), 'investigated', { at: t(1) }, countyOnly, steps)).toMatchObject({ ok: false, code: 'power_mismatch' });
  });

  it('sets the fine at the decision, inside the band', () => {
    const c = walk(delegated, 2);
    const decide = (fineYuan: number | null) => advanceEnforcementCase(c, 'decided', { at: t(2), fineYuan }, delegated, steps);
    expect(decide(50).ok).toBe(true);
    expect(decide(500).ok).toBe(true);
    expect(decide(null).ok).toBe(true);
    expect(decide(49)).toMatchObject({ ok: false, code: 'fine_out_of_band', message: '罚款 49 元超出裁量范围 50–500 元' });
    expect(decide(501)).toMatchObject({ ok: false, code: 'fine_out_of_band' });
    expect(decide(100.5)).toMatchObject({ ok: false, message: '罚款金额应为正整数元：100.5' });
  });
});

describe('fineProblem', () => {
  it('accepts no fine, refuses any fine under a power that has none, and zero or negative amounts', () => {
    expect(fineProblem(null, warningOnly)).toBeNull();
    expect(fineProblem(1, warningOnly)).toBe('该处罚事项没有罚款');
    expect(fineProblem(0, delegated)).toMatch(/正整数/);
    expect(fineProblem(-50, delegated)).toMatch(/正整数/);
  });

  it('treats a band starting at 0 as "up to"', () => {
    const upTo = { fineMinYuan: 0, fineMaxYuan: 20000 };
    expect(fineProblem(1, upTo)).toBeNull();
    expect(fineProblem(20000, upTo)).toBeNull();
    expect(fineProblem(20001, upTo)).toMatch(/超出/);
  });

  it('is checked on stored cases too', () => {
    const c = { ...walk(delegated, 5), fineYuan: 900 };
    expect(checkEnforcementCase(c, delegated, steps).findings.map((f) => f.code)).toEqual(['fine_out_of_band']);
  });
});

describe('checkEnforcementCase on stored steps', () => {
  it('finds steps out of order and times going backwards', () => {
    const c = walk(delegated, 3);
    const swapped = { ...c, steps: [c.steps[0], { ...c.steps[2] }, { ...c.steps[1] }] };
    expect(checkEnforcementCase(swapped, delegated, steps).findings[0].code).toBe('steps_out_of_order');
    const backwards = { ...c, steps: [c.steps[0], { ...c.steps[1], at: t(5) }, c.steps[2]] };
    expect(checkEnforcementCase(backwards, delegated, steps).findings[0].code).toBe('steps_time_reversed');
  });
});

describe('checkPenaltyPower', () => {
  it('wants a batch 1–3 for a delegated power and a sound band', () => {
    expect(checkPenaltyPower(delegated).ok).toBe(true);
    expect(checkPenaltyPower(countyOnly).ok).toBe(true);
    expect(checkPenaltyPower({ ...delegated, batch: 4 }).findings[0].code).toBe('batch_invalid');
    expect(checkPenaltyPower({ ...delegated, fineMinYuan: 600 }).findings[0].code).toBe('fine_band_invalid');
    expect(checkPenaltyPower({ ...delegated, fineMinYuan: null }).findings[0].code).toBe('fine_band_incomplete');
    expect(checkPenaltyPower({ ...delegated, legalBasis: '' }).findings[0].code).toBe('legal_basis_required');
  });
});
