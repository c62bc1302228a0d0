// A township enforcement team against the standard (≥ 6 certified officers, auxiliaries ≥ 1:1),
// reported the way grid staffing is. Only an officer with a certificate number counts as one.
import { result, type CheckResult, type Finding } from '../check-result';
import type { TeamRules } from './rules';

export interface Officer {
  name: string;
  certificateNo?: string | null;
}

export interface TeamFacts {
  officers: Officer[];
  auxiliaries: number;
}

/** The fewest auxiliaries the ratio allows for this many officers (rounded up: 1:1 of 7 is 7, 1:2 of 7 is 4). */
export function auxiliariesNeeded(officers: number, rules: TeamRules): number {
  const { num, den } = rules.auxiliariesPerOfficer;
  const wanted = officers * num;
  return (wanted - (wanted % den)) / den + (wanted % den ? 1 : 0);
}

export function checkEnforcementTeam(team: TeamFacts, rules: TeamRules): CheckResult {
  const findings: Finding[] = [];
  const uncertified = team.officers.filter((o) => !o.certificateNo?.trim());
  if (uncertified.length) {
    findings.push({
      code: 'officer_without_certificate',
      severity: 'warning',
      message: `无执法证件号的人员不计入执法人员：${uncertified.map((o) => o.name).join('、')}`,
      params: { names: uncertified.map((o) => o.name) },
    });
  }
  const seen = new Map<string, number>();
  for (const o of team.officers) {
    const no = o.certificateNo?.trim();
    if (no) seen.set(no, (seen.get(no) ?? 0) + 1);
  }
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([no]) => no);
  if (duplicates.length) {
    findings.push({
      code: 'certificate_duplicate',
      severity: 'error',
      message: `执法证件号重复：${duplicates.join('、')}`,
      params: { certificates: duplicates },
    });
  }
  const certified = seen.size;
  if (certified < rules.minOfficers) {
    findings.push({
      code: 'officers_short',
      severity: 'error',
      message: `持证执法人员应不少于 ${rules.minOfficers} 名，现有 ${certified} 名`,
      params: { min: rules.minOfficers, have: certified },
    });
  }
  const needed = auxiliariesNeeded(certified, rules);
  if (!Number.isInteger(team.auxiliaries) || team.auxiliaries < needed) {
    const { num, den } = rules.auxiliariesPerOfficer;
    findings.push({
      code: 'auxiliaries_short',
      severity: 'error',
      message: `执法辅助人员应按不低于 ${num}:${den} 配备，至少 ${needed} 名，现有 ${team.auxiliaries} 名`,
      params: { needed, have: team.auxiliaries },
    });
  }
  return result(findings);
}
