// The demo county's shape, straight from the generator (no database).
import { describe, expect, it } from 'vitest';
import { apportion, buildPlan } from '../../seeds/plan';
import { TOWNSHIPS } from '../../seeds/townships';
import { checkBranch } from '../../cms/src/domain/branch-rules';
import { birthDateOf, idNumberProblem } from '../../cms/src/domain/members/id-number';

const plan = buildPlan();
const countBy = <T>(items: T[], key: (x: T) => string) =>
  items.reduce<Record<string, number>>((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});

describe('seed plan', () => {
  it('has the 13 units, 10 above 60,000 people and 3 between 40,000 and 60,000', () => {
    expect(plan.townships).toHaveLength(13);
    expect(plan.townships.filter((t) => t.population > 60000)).toHaveLength(10);
    expect(plan.townships.filter((t) => t.population >= 40000 && t.population <= 60000)).toHaveLength(3);
    expect(countBy(plan.townships, (t) => t.officeTemplate!)).toEqual({ '1-7-1': 10, '1-6-1': 3 });
  });

  it('has exactly 894 grids: 128 urban, 589 rural, 177 special, with unique codes', () => {
    expect(countBy(plan.grids, (g) => g.kind)).toEqual({ urban: 128, rural: 589, special: 177 });
    expect(new Set(plan.grids.map((g) => g.code)).size).toBe(894);
  });

  it('has 30,000 members in branches that keep the branch rules', () => {
    expect(plan.members).toHaveLength(30000);
    const byBranch = new Map<string, { full: number; probationary: number }>();
    for (const m of plan.members) {
      const t = byBranch.get(m.partyOrganisation!) ?? { full: 0, probationary: 0 };
      t[m.status as 'full' | 'probationary']++;
      byBranch.set(m.partyOrganisation!, t);
    }
    for (const org of plan.organisations.filter((o) => o.level === 'branch')) {
      const t = byBranch.get(org.code)!;
      const r = checkBranch({ level: 'branch', fullMembers: t.full, probationaryMembers: t.probationary, committeeSize: org.committeeSize });
      expect(r.findings, org.code).toEqual([]);
    }
  });

  it('builds one party group on every grid, under a branch of the same township', () => {
    const groups = plan.organisations.filter((o) => o.level === 'party_group');
    expect(groups).toHaveLength(894);
    const orgs = new Map(plan.organisations.map((o) => [o.code, o]));
    for (const g of groups) expect(orgs.get(g.parent!)?.level).toBe('branch');
    expect(new Set(groups.map((g) => g.grid)).size).toBe(894);
  });

  it('uses phone numbers no real subscriber can have', () => {
    expect(plan.members.every((m) => /^100\d{8}$/.test(m.phone))).toBe(true);
  });

  it('gives every member a profile: a unique, checksum-valid Siyang ID number matching birth date and gender', () => {
    const ids = plan.members.map((m) => m.idNumber);
    expect(new Set(ids).size).toBe(plan.members.length);
    for (const m of plan.members) {
      expect(idNumberProblem(m.idNumber), m.code).toBeNull();
      expect(m.idNumber.startsWith('321323')).toBe(true);
      expect(birthDateOf(m.idNumber)).toBe(m.birthDate);
      expect(Number(m.idNumber[16]) % 2).toBe(m.gender === 'male' ? 1 : 0);
      expect(m.ethnicity).toMatch(/族$/);
      expect(m.education).toBeTruthy();
      expect(m.employer).toBeTruthy();
      expect(m.introducers).toMatch(/^.+、.+$/);
      if (m.status === 'full') expect(m.fullMemberDate! > m.joinedDate).toBe(true);
      else expect(m.fullMemberDate).toBeNull();
    }
  }, 30_000); // 30,000 members, each checked

  it('is deterministic', () => {
    const again = buildPlan();
    expect(again.members.slice(0, 50)).toEqual(plan.members.slice(0, 50));
    expect(again.grids).toEqual(plan.grids);
  });

  it('grid totals per township add up to the county figures', () => {
    const sum = (k: 'urban' | 'rural' | 'special') => TOWNSHIPS.reduce((a, t) => a + t.grids[k], 0);
    expect([sum('urban'), sum('rural'), sum('special')]).toEqual([128, 589, 177]);
  });
});

describe('apportion', () => {
  it('splits a total exactly by weight', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [3, 1])).toEqual([5, 2]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});
