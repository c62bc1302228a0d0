// Township enforcement teams: at least 6 certified officers and auxiliaries at least 1:1.
import { describe, expect, it } from 'vitest';
import { auxiliariesNeeded, checkEnforcementTeam, type Officer } from '../../cms/src/domain/enforcement/team';
import { generateEnforcementTeams } from '../../seeds/three-ones/halls-and-teams';
import { loadEnforcementRules } from '../../seeds/three-ones/rules';

const rules = loadEnforcementRules().team;
const officers = (n: number, from = 1): Officer[] => Array.from({ length: n }, (_, i) => ({ name: `执法${i + from}`, certificateNo: `C${i + from}` }));

describe('the shipped team rule', () => {
  it('is 6 officers and 1:1 auxiliaries', () => {
    expect(rules).toEqual({ minOfficers: 6, auxiliariesPerOfficer: { num: 1, den: 1 } });
  });
});

describe('checkEnforcementTeam', () => {
  it('passes exactly 6 officers with 6 auxiliaries', () => {
    expect(checkEnforcementTeam({ officers: officers(6), auxiliaries: 6 }, rules)).toEqual({ ok: true, findings: [] });
  });

  it('fails 5 officers, and counts auxiliaries against the officers there are', () => {
    const r = checkEnforcementTeam({ officers: officers(5), auxiliaries: 5 }, rules);
    expect(r.findings.map((f) => f.code)).toEqual(['officers_short']);
    expect(r.findings[0].message).toBe('持证执法人员应不少于 6 名，现有 5 名');
  });

  it('fails one auxiliary short of 1:1, passes at and above it', () => {
    expect(checkEnforcementTeam({ officers: officers(8), auxiliaries: 7 }, rules).findings[0]).toMatchObject({
      code: 'auxiliaries_short', message: '执法辅助人员应按不低于 1:1 配备，至少 8 名，现有 7 名' });
    expect(checkEnforcementTeam({ officers: officers(8), auxiliaries: 8 }, rules).ok).toBe(true);
    expect(checkEnforcementTeam({ officers: officers(8), auxiliaries: 9 }, rules).ok).toBe(true);
  });

  it('does not count someone without a certificate as an officer', () => {
    const team = [...officers(5), { name: '无证人员', certificateNo: ' ' }];
    const r = checkEnforcementTeam({ officers: team, auxiliaries: 6 }, rules);
    expect(r.ok).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['officer_without_certificate', 'officers_short']);
  });

  it('refuses a certificate number used twice', () => {
    const r = checkEnforcementTeam({ officers: [...officers(6), { name: '重复', certificateNo: 'C1' }], auxiliaries: 7 }, rules);
    expect(r.ok).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'certificate_duplicate', params: { certificates: ['C1'] } });
  });

  it('rounds the ratio up for other fractions', () => {
    expect(auxiliariesNeeded(7, { minOfficers: 6, auxiliariesPerOfficer: { num: 1, den: 2 } })).toBe(4);
    expect(auxiliariesNeeded(8, { minOfficers: 6, auxiliariesPerOfficer: { num: 1, den: 2 } })).toBe(4);
    expect(auxiliariesNeeded(7, { minOfficers: 6, auxiliariesPerOfficer: { num: 3, den: 2 } })).toBe(11);
    expect(auxiliariesNeeded(0, rules)).toBe(0);
  });
});

describe('seeded teams', () => {
  it('are 13 and meet the standard; a requested shortfall shows', () => {
    const teams = generateEnforcementTeams();
    expect(teams).toHaveLength(13);
    for (const t of teams) expect(checkEnforcementTeam(t, rules).findings, t.name).toEqual([]);
    const short = generateEnforcementTeams({ '321323200': 4 }).find((t) => t.township === '321323200')!;
    expect(checkEnforcementTeam(short, rules).findings.map((f) => f.code)).toContain('officers_short');
  });
});
