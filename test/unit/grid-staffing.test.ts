import { describe, expect, it } from 'vitest';
import { checkGridStaffing, staffingFormula, type GridStandard } from '../../cms/src/domain/grid-staffing';
import { readConfig } from '../../seeds/plan';

const standards = readConfig<{ standards: GridStandard[] }>('grid-standards.json').standards;
const of = (kind: string) => standards.find((s) => s.kind === kind)!;

describe('staffing standards as shipped', () => {
  it('are rural 1+4 and urban 1+3+N', () => {
    expect(staffingFormula(of('rural'))).toBe('1+4');
    expect(staffingFormula(of('urban'))).toBe('1+3+N');
  });
});

describe('checkGridStaffing', () => {
  const rural = ['grid_chief', 'grid_worker', 'police', 'instructor', 'village_cadre'];

  it('passes a fully staffed rural grid and an urban one with no volunteers', () => {
    expect(checkGridStaffing(rural, of('rural'))).toEqual({ ok: true, findings: [] });
    expect(checkGridStaffing(['grid_chief', 'grid_worker', 'police', 'instructor'], of('urban')).ok).toBe(true);
  });

  it('names each missing role with what it needs and has', () => {
    const r = checkGridStaffing(['grid_worker', 'police'], of('rural'));
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.params?.role)).toEqual(['grid_chief', 'instructor', 'village_cadre']);
    expect(r.findings[0].message).toBe('网格长应至少 1 名，现有 0 名');
  });

  it('warns about a second chief and about roles the standard does not know', () => {
    const r = checkGridStaffing([...rural, 'grid_chief', 'astronaut'], of('rural'));
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => f.code)).toEqual(['role_surplus', 'role_unknown']);
  });

  it('warns when a grid kind has no standard', () => {
    expect(checkGridStaffing([], undefined).findings[0].code).toBe('no_standard');
  });
});
