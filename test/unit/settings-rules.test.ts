// The settings checks the server runs on every write and the panel's forms run before saving.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../seeds/plan';
import { describeProblem } from '../../cms/src/domain/settings/problems';
import { checkGradeBands } from '../../cms/src/domain/settings/grade-bands';
import { checkStarShares } from '../../cms/src/domain/settings/star-shares';
import { checkStaffingRoles } from '../../cms/src/domain/settings/staffing-roles';
import { checkTemplateOffices, populationBandProblem } from '../../cms/src/domain/settings/template-offices';

const schemes = readConfig<{ appraisal: Array<{ kind: string; parameters: any }> }>('points-schemes.json');
const grades = schemes.appraisal.find((a) => a.kind === 'member_grades')!.parameters;
const stars = schemes.appraisal.find((a) => a.kind === 'branch_stars')!.parameters;
const standards = readConfig<{ standards: Array<{ roles: any[] }> }>('grid-standards.json').standards;
const templates = readConfig<{ templates: Array<{ offices: any[] }> }>('office-templates.json').templates;

const withBand = (i: number, band: Record<string, unknown>) => ({ ...grades, bands: grades.bands.map((b: any, j: number) => (j === i ? { ...b, ...band } : b)) });

describe('settings as shipped', () => {
  it('pass their own checks', () => {
    expect(checkGradeBands(grades)).toEqual([]);
    expect(checkStarShares(stars)).toEqual([]);
    for (const s of standards) expect(checkStaffingRoles(s.roles)).toEqual([]);
    for (const t of templates) expect(checkTemplateOffices(t.offices)).toEqual([]);
  });
});

describe('grade bands', () => {
  it('want each floor strictly above the next grade’s, at the edge', () => {
    // 合格 starts at 70 分 (700 tenths): 优秀 at 70.1 passes, at 70 does not
    expect(checkGradeBands(withBand(0, { min: 701 }))).toEqual([]);
    const at = checkGradeBands(withBand(0, { min: 700 }));
    expect(at.map(describeProblem)).toEqual(['第 1 行：优秀的分数下限应高于合格']);
    expect(at[0].path).toEqual(['bands', 0, 'min']);
  });

  it('want 不合格 from zero, whole tenths, four distinct grades and a share of at most one', () => {
    expect(checkGradeBands(withBand(3, { min: 10 }))[0].message).toBe('不合格的分数下限应为 0');
    expect(checkGradeBands(withBand(1, { min: 70.5 }))[0].message).toMatch(/最多一位小数/);
    expect(checkGradeBands(withBand(1, { grade: 'excellent' })).map((p) => p.message)).toContain('等次“优秀”重复');
    expect(checkGradeBands({ ...grades, bands: grades.bands.slice(0, 3) })[0].message).toMatch(/各一行/);
    expect(checkGradeBands({ ...grades, excellentMaxShare: { numerator: 1, denominator: 1 } })).toEqual([]);
    expect(checkGradeBands({ ...grades, excellentMaxShare: { numerator: 2, denominator: 1 } })[0].message).toMatch(/不超过 1/);
    expect(checkGradeBands('excellent')[0].message).toBe('评定参数应为对象');
  });
});

describe('star shares', () => {
  it('allow shares summing to exactly 100% and refuse 101%', () => {
    expect(checkStarShares({ shares: [{ stars: 5, percent: 60 }, { stars: 4, percent: 40 }] })).toEqual([]);
    expect(checkStarShares({ shares: [{ stars: 5, percent: 61 }, { stars: 4, percent: 40 }] }).map((p) => p.message)).toEqual(['各星级比例之和为 101%，不能超过 100%']);
    expect(checkStarShares({ shares: [{ stars: 5, percent: 10 }, { stars: 5, percent: 10 }] }).map(describeProblem)).toEqual(['第 2 行：5 星重复']);
    expect(checkStarShares({ shares: [{ stars: 6, percent: 0 }] })).toHaveLength(2);
  });
});

describe('staffing roles', () => {
  const rural = standards[0].roles;
  it('refuse a missing grid chief, repeated roles, max below min and unknown visit cadences', () => {
    expect(checkStaffingRoles(rural.slice(1)).map((p) => p.message)).toEqual(['每个网格都须配备网格长']);
    expect(checkStaffingRoles([...rural, rural[1]]).map(describeProblem)).toEqual(['第 6 行：岗位不能重复']);
    expect(checkStaffingRoles([{ ...rural[0], min: 2, max: 1 }]).map((p) => p.path)).toEqual([[0, 'max']]);
    expect(checkStaffingRoles([{ ...rural[0], min: 2, max: 2 }])).toEqual([]);
    expect(checkStaffingRoles([{ ...rural[0], visit: 'weekly' }])[0].message).toBe('请选择进网格频次');
    expect(checkStaffingRoles([{ ...rural[0], label: ' ' }])[0].message).toMatch(/不能为空/);
    expect(checkStaffingRoles([])[0].message).toBe('至少要有一个岗位');
  });
});

describe('template offices', () => {
  it('refuse blank and repeated names and unknown kinds', () => {
    expect(checkTemplateOffices([{ name: '党政办公室', kind: 'office' }, { name: '党政办公室 ', kind: 'bureau' }]).map(describeProblem)).toEqual(['第 2 行：机构名称“党政办公室”重复']);
    expect(checkTemplateOffices([{ name: '', kind: 'department' }])).toHaveLength(2);
    expect(checkTemplateOffices({})[0].message).toBe('机构清单应为列表');
    expect(populationBandProblem(40000, 39999)).toBe('人口上限不能低于人口下限');
    expect(populationBandProblem(40000, 40000)).toBeNull();
    expect(populationBandProblem(40000, null)).toBeNull();
  });
});
