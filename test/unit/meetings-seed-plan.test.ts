// The demo's year of meetings is deterministic and realistic: most organisations keep every
// meeting, some finalise late or skip, nothing finalised is dated after "today", drafts are planned.
import { describe, expect, it } from 'vitest';
import { planMeetings, plannedCounts, type PlanOrganisation } from '../../seeds/meetings/plan';
import { isLate, type OrgMember } from '../../cms/src/domain/meetings';
import { rules } from './meetings-fixtures';

const orgs: PlanOrganisation[] = Array.from({ length: 60 }, (_, i) => ({
  id: i + 1, code: `ORG-${i + 1}`, name: `第${i + 1}党支部`, level: 'branch', category: i % 3 ? 'village' : 'community', townshipId: 1, hasCommittee: i % 4 !== 0,
}));
const people = (org: PlanOrganisation): OrgMember[] => Array.from({ length: 12 }, (_, j) => ({
  id: org.id * 100 + j, name: `党员${j}`, status: j === 11 ? 'probationary' : 'full', joinedOn: '2010-01-01', isCommittee: j < 5, groupId: null,
}));
const input = { orgs, candidates: people, rules, year: 2026, today: '2026-11-27' };

describe('planMeetings', () => {
  const plan = planMeetings(input);

  it('is deterministic', () => {
    expect(planMeetings(input).map((m) => `${m.org.id}|${m.rule.kind}|${m.startsAt}`)).toEqual(plan.map((m) => `${m.org.id}|${m.rule.kind}|${m.startsAt}`));
  });

  it('finalises only meetings held by today, completely recorded; later ones are planned drafts', () => {
    for (const m of plan) {
      if (m.finalisedOn) {
        expect(m.heldOn <= '2026-11-27' && m.finalisedOn <= '2026-11-27' && m.finalisedOn >= m.heldOn).toBe(true);
        expect(m.attendance.every((a) => a.status)).toBe(true);
        expect(m.attendance.filter((a) => a.status === 'excused').every((a) => a.reason)).toBe(true);
      }
    }
    expect(plan.some((m) => !m.finalisedOn && m.heldOn > '2026-11-27')).toBe(true);
  });

  it('holds only the kinds each organisation owes, theme days with a theme, talk days with issues', () => {
    expect(plan.some((m) => m.rule.kind === 'village_talk_day' && m.org.category !== 'village')).toBe(false);
    expect(plan.some((m) => m.rule.kind === 'branch_committee' && !m.org.hasCommittee)).toBe(false);
    expect(plan.filter((m) => m.rule.kind === 'theme_day').every((m) => m.theme)).toBe(true);
    expect(plan.filter((m) => m.rule.kind === 'village_talk_day').every((m) => m.issues.length > 0)).toBe(true);
  });

  it('most organisations keep every monthly theme day through October; some are late, some skip, a few lack quorum', () => {
    const byOrg = new Map<number, number>();
    for (const m of plan) if (m.rule.kind === 'theme_day' && m.finalisedOn && m.heldOn < '2026-11-01') byOrg.set(m.org.id, (byOrg.get(m.org.id) ?? 0) + 1);
    const complete = orgs.filter((o) => byOrg.get(o.id) === 10).length;
    expect(complete / orgs.length).toBeGreaterThan(0.6);
    expect(complete).toBeLessThan(orgs.length);
    expect(plan.some((m) => m.finalisedOn && isLate(m.heldOn, m.finalisedOn, m.rule.finaliseWithinDays))).toBe(true);
    const assemblies = plan.filter((m) => m.rule.kind === 'branch_assembly' && m.finalisedOn);
    expect(assemblies.filter((m) => plannedCounts(m).counts).length).toBeGreaterThan(assemblies.length * 0.9);
  });
});
