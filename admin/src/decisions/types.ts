// Decision records as the /ra bridge sends them (议事决策). Members are documentIds in plain lists,
// named by the server in `memberNames`; money is integer fen (a biginteger may arrive as a string).
import type { RaRecord } from 'react-admin';
import type { Finding, Id, UploadedFile } from '../types';

export const DECISION_KINDS = ['ordinary', 'major_matter', 'key_appointment', 'major_project', 'large_spending', 'cadre_appointment', 'village_matter'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];
export const BODIES = ['party_committee', 'branch_committee', 'two_committees', 'member_assembly', 'villagers_meeting', 'villager_representatives'] as const;
export const METHODS = ['meeting', 'circulated_papers', 'chat'] as const;
export const OUTCOMES = ['passed', 'rejected', 'postponed'] as const;
export const POSITIONS = ['agree', 'disagree', 'defer'] as const;
export const DECISION_STATUSES = ['draft', 'final'] as const;
export const CHECK_STATUSES = ['ok', 'warning', 'error'] as const;
export const VILLAGE_STEPS = ['propose', 'discuss', 'review', 'resolve', 'publish_decision', 'publish_result'] as const;
export type VillageStep = (typeof VILLAGE_STEPS)[number];
export const PASSING_BASES = ['present', 'due'] as const;

/** 三重一大: decided collectively at a meeting. */
export const MAJOR_KINDS: readonly DecisionKind[] = ['major_matter', 'key_appointment', 'major_project', 'large_spending'];

export interface Fraction {
  num: number;
  den: number;
}

export interface Threshold {
  share: Fraction;
  strictlyMore: boolean;
}

export interface Passing extends Threshold {
  base: (typeof PASSING_BASES)[number];
}

export interface StepRule {
  code: VillageStep;
  name: string;
  bodies: Array<{ body: string; quorum?: Threshold | null; passing?: Passing | null }>;
  publication?: { minDays: number } | null;
}

export interface DecisionRule extends RaRecord<Id> {
  code: string;
  name: string;
  kind: DecisionKind;
  body: string | null;
  quorum: Threshold | null;
  passing: Passing | null;
  secretaryLast: boolean | null;
  eachMemberStates: boolean | null;
  meetingRequired: boolean | null;
  amountThresholdFen: number | string | null;
  splitMargin: Fraction | null;
  steps: StepRule[] | null;
  description: string | null;
  active: boolean;
}

export interface Statement {
  member: Id;
  position: (typeof POSITIONS)[number];
  remarks?: string | null;
}

export interface Recusal {
  member: Id;
  reason: string;
}

export interface DecisionCheck {
  ok: boolean;
  findings: Finding[];
  canFinalise: boolean;
  blocking: Finding[];
  sealed: boolean;
}

export interface Decision extends RaRecord<Id> {
  organisation: Id;
  township: Id | null;
  rule: Id;
  kind: DecisionKind | null;
  subject: string;
  amountFen: number | string | null;
  method: (typeof METHODS)[number];
  meetingId: string | null;
  decidedOn: string | null;
  body: string | null;
  due: Id[] | null;
  present: Id[] | null;
  recused: Recusal[] | null;
  secretary: Id | null;
  statements: Statement[] | null;
  memberNames: Record<string, string> | null;
  outcome: (typeof OUTCOMES)[number] | null;
  remarks: string | null;
  attachments: UploadedFile[];
  corrects: Id | null;
  correctionReason: string | null;
  status: (typeof DECISION_STATUSES)[number];
  checkStatus: (typeof CHECK_STATUSES)[number] | null;
  findingCodes: string | null;
  warnings: Finding[] | null;
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
  ruleCode: string | null;
  finalisedAt: string | null;
  finalisedByName: string | null;
  check?: DecisionCheck;
}

export interface DecisionStep extends RaRecord<Id> {
  decision: Id;
  organisation: Id | null;
  township: Id | null;
  step: VillageStep;
  date: string;
  body: string | null;
  due: number | null;
  present: number | null;
  recused: number | null;
  agree: number | null;
  disagree: number | null;
  defer: number | null;
  displayedUntil: string | null;
  remarks: string | null;
  evidence: UploadedFile[];
}

/** What POST /api/decisions/check answers. */
export interface LiveCheck {
  ok: boolean;
  findings: Finding[];
  /** The finding that would refuse a save, if any. */
  refusal: Finding | null;
  canFinalise?: boolean;
  tally?: {
    due: number; present: number; eligible: number; base: number; agree: number; disagree: number; defer: number;
    quorumNeeded: number; quorumMet: boolean; passNeeded: number; passed: boolean; split: boolean;
  } | null;
}

export const fenOf = (v: number | string | null | undefined): number | null => (v == null || v === '' ? null : Number(v));
