// National branch rules (《中国共产党支部工作条例（试行）》): these are law, not local practice, so they are constants.
import { result, type CheckResult, type Finding } from './check-result';

export const BRANCH_MIN_FULL_MEMBERS = 3;
export const BRANCH_NORMAL_MAX_MEMBERS = 50;
export const COMMITTEE_FROM_FULL_MEMBERS = 7;
export const COMMITTEE_MIN = 3;
export const COMMITTEE_NORMAL_MAX = 5;
export const COMMITTEE_ABSOLUTE_MAX = 7;

export type OrganisationLevel = 'committee' | 'general_branch' | 'branch' | 'party_group';
export type OrganisationCategory = 'village' | 'community' | 'organ' | 'enterprise' | 'other';

export interface BranchFacts {
  level: OrganisationLevel;
  category?: OrganisationCategory | null;
  fullMembers: number;
  probationaryMembers: number;
  /** Committee seats, not counting a lone secretary; 0 means "secretary only". */
  committeeSize?: number | null;
}

/** Term of office in years: 5 for village and community branches, 3 for the others. */
export function termYears(category: OrganisationCategory | null | undefined): number {
  return category === 'village' || category === 'community' ? 5 : 3;
}

export function checkBranch(b: BranchFacts): CheckResult {
  const findings: Finding[] = [];
  if (b.level !== 'branch') return result(findings);
  const total = b.fullMembers + b.probationaryMembers;
  if (b.fullMembers < BRANCH_MIN_FULL_MEMBERS) {
    findings.push({
      code: 'too_few_full_members',
      severity: 'error',
      message: `正式党员 ${b.fullMembers} 名，少于 ${BRANCH_MIN_FULL_MEMBERS} 名，不能成立党支部`,
      params: { fullMembers: b.fullMembers },
    });
  }
  if (total > BRANCH_NORMAL_MAX_MEMBERS) {
    findings.push({
      code: 'too_many_members',
      severity: 'warning',
      message: `党员 ${total} 名，一般不超过 ${BRANCH_NORMAL_MAX_MEMBERS} 名，宜分设支部或成立党总支`,
      params: { members: total },
    });
  }
  const seats = b.committeeSize ?? 0;
  if (seats > 0 && b.fullMembers < COMMITTEE_FROM_FULL_MEMBERS) {
    findings.push({
      code: 'committee_not_allowed',
      severity: 'error',
      message: `正式党员不足 ${COMMITTEE_FROM_FULL_MEMBERS} 名，不设支部委员会，只设书记`,
      params: { fullMembers: b.fullMembers, committeeSize: seats },
    });
  } else if (seats === 0 && b.fullMembers >= COMMITTEE_FROM_FULL_MEMBERS) {
    findings.push({
      code: 'committee_expected',
      severity: 'warning',
      message: `正式党员 ${b.fullMembers} 名，应设立支部委员会（${COMMITTEE_MIN}–${COMMITTEE_NORMAL_MAX} 人）`,
      params: { fullMembers: b.fullMembers },
    });
  } else if (seats > COMMITTEE_ABSOLUTE_MAX) {
    findings.push({
      code: 'committee_too_large',
      severity: 'error',
      message: `支部委员会 ${seats} 人，最多不超过 ${COMMITTEE_ABSOLUTE_MAX} 人`,
      params: { committeeSize: seats },
    });
  } else if (seats > 0 && (seats < COMMITTEE_MIN || seats > COMMITTEE_NORMAL_MAX)) {
    findings.push({
      code: 'committee_size_unusual',
      severity: 'warning',
      message: `支部委员会一般为 ${COMMITTEE_MIN}–${COMMITTEE_NORMAL_MAX} 人，现为 ${seats} 人`,
      params: { committeeSize: seats },
    });
  }
  return result(findings);
}
