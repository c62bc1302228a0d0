// The 317 delegated penalty powers in three batches, and the powers kept for joint enforcement.
import { describe, expect, it } from 'vitest';
import { DELEGATED_POWERS, JOINT_POWERS } from '../../seeds/three-ones/penalty-powers';
import { COUNTY_DEPARTMENTS } from '../../seeds/three-ones/departments';
import { checkPenaltyPower, enforcementMode } from '../../cms/src/domain/enforcement/powers';

describe('delegated penalty powers', () => {
  it('are exactly 317 in batches 1, 2 and 3', () => {
    expect(DELEGATED_POWERS).toHaveLength(317);
    const perBatch = new Map<number | null, number>();
    for (const p of DELEGATED_POWERS) perBatch.set(p.batch, (perBatch.get(p.batch) ?? 0) + 1);
    expect([...perBatch.keys()].sort()).toEqual([1, 2, 3]);
    expect([...perBatch.values()].every((n) => n > 0)).toBe(true);
  });

  it('have unique codes and names, a legal basis, a known department, and pass the check', () => {
    expect(new Set(DELEGATED_POWERS.map((p) => p.code)).size).toBe(317);
    expect(new Set(DELEGATED_POWERS.map((p) => p.name)).size).toBe(317);
    const departments = new Set(COUNTY_DEPARTMENTS.map((d) => d.shortName));
    for (const p of DELEGATED_POWERS) {
      expect(checkPenaltyPower(p).findings, p.code).toEqual([]);
      expect(p.legalBasis).toMatch(/^《.+》$/);
      expect(departments.has(p.department)).toBe(true);
      expect(p.code).toMatch(new RegExp(`^XZCF-${p.batch}-\\d{3}$`));
      expect(enforcementMode(p)).toBe('township');
    }
  });

  it('are marked illustrative', () => {
    expect(DELEGATED_POWERS.every((p) => p.illustrative)).toBe(true);
  });
});

describe('powers kept by the county', () => {
  it('are not delegated, so they are enforced jointly', () => {
    expect(JOINT_POWERS.length).toBeGreaterThan(0);
    for (const p of JOINT_POWERS) {
      expect(checkPenaltyPower(p).findings, p.code).toEqual([]);
      expect(enforcementMode(p)).toBe('joint');
    }
    const codes = new Set(DELEGATED_POWERS.map((p) => p.code));
    expect(JOINT_POWERS.some((p) => codes.has(p.code))).toBe(false);
  });
});
