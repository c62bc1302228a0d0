// The seeded enforcement cases are ones the server would accept: steps in order and never dated
// before the previous one or after today, the mode the power's delegation requires, fines within
// the power's band and only from the decision on.
import { describe, expect, it } from 'vitest';
import { generateEnforcementCases } from '../../seeds/three-ones/enforcement-cases';
import { DELEGATED_POWERS, JOINT_POWERS } from '../../seeds/three-ones/penalty-powers';
import { TOWNSHIPS } from '../../seeds/townships';
import { checkEnforcementCase } from '../../cms/src/domain/enforcement/case-steps';
import { enforcementMode } from '../../cms/src/domain/enforcement/powers';
import { loadEnforcementRules } from '../../seeds/three-ones/rules';

const powers = [...DELEGATED_POWERS, ...JOINT_POWERS];
const byCode = new Map(powers.map((p) => [p.code, p]));
const steps = loadEnforcementRules().caseSteps;
const TODAY = '2026-11-27';

describe('seeded enforcement cases', () => {
  const all = TOWNSHIPS.flatMap((t) => generateEnforcementCases(t, powers, 60, 2026, TODAY));

  it('pass the case check and stay within the year up to today', () => {
    expect(all).toHaveLength(13 * 60);
    for (const c of all) {
      const power = byCode.get(c.powerCode)!;
      const stored = { powerCode: c.powerCode, mode: enforcementMode(power), steps: c.days.map((d, i) => ({ code: steps[i].code, at: `${d}T00:00:00+08:00` })), fineYuan: c.fineYuan };
      expect(checkEnforcementCase(stored, power, steps).findings, JSON.stringify(c)).toEqual([]);
      expect(c.days[0] >= '2026-01-01' && c.days[c.days.length - 1] <= TODAY).toBe(true);
      if (c.days.length < 3) expect(c.fineYuan).toBeNull();
    }
  });

  it('are mostly township cases, some joint, most closed, some open at every step', () => {
    const joint = all.filter((c) => !c.delegated).length;
    expect(joint).toBeGreaterThan(all.length * 0.05);
    expect(joint).toBeLessThan(all.length * 0.2);
    const open = all.filter((c) => c.days.length < steps.length).length;
    expect(open).toBeGreaterThan(all.length * 0.1);
    expect(open).toBeLessThan(all.length * 0.6);
    for (let n = 1; n <= steps.length; n++) expect(all.some((c) => c.days.length === n), `cases at step ${n}`).toBe(true);
    expect(all.filter((c) => c.fineYuan != null).length).toBeGreaterThan(all.length * 0.3);
  });

  it('are the same on every run', () => {
    expect(generateEnforcementCases(TOWNSHIPS[4], powers, 10, 2026, TODAY)).toEqual(generateEnforcementCases(TOWNSHIPS[4], powers, 10, 2026, TODAY));
  });
});
