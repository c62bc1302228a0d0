// The shape of config/enforcement-rules.json.
export interface Fraction {
  num: number;
  den: number;
}

export interface TeamRules {
  minOfficers: number;
  /** Auxiliaries needed per certified officer, as an exact fraction (1:1 is {1, 1}). */
  auxiliariesPerOfficer: Fraction;
}

export interface CaseStep {
  code: string;
  label: string;
}

export interface EnforcementRules {
  team: TeamRules;
  caseSteps: CaseStep[];
  modes: Array<{ code: string; label: string; when?: string }>;
}
