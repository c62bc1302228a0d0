// Records as the /ra bridge sends them: `id` is Strapi's documentId, a to-one relation is the related
// record's id (or null), to-many relations are absent (read them from the other side).
import type { RaRecord } from 'react-admin';

export type Id = string;

export type Role = 'county' | 'township' | 'branch' | 'member';

export interface Named {
  id: Id;
  name: string;
}

/** GET /ra/_me */
export interface Me {
  id: number | string | null;
  username: string;
  /** the person's name (from /api/users/me); greetings use it, never the login name */
  fullName?: string | null;
  role: Role | null;
  roleName: string | null;
  township: Named | null;
  partyOrganisation: Named | null;
  member: Named | null;
}

/** The server's domain checks, recomputed on every read. */
export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  params?: Record<string, unknown>;
}

export interface Check {
  ok: boolean;
  findings: Finding[];
}

interface Timestamps {
  createdAt?: string;
  updatedAt?: string;
}

export const TOWNSHIP_KINDS = ['street', 'town', 'township'] as const;
export const FOUR_IN_PLACE = ['signagePosted', 'functionsHandedOver', 'staffAssigned', 'officesColocated'] as const;

export interface Township extends RaRecord<Id>, Timestamps {
  code: string;
  name: string;
  kind: (typeof TOWNSHIP_KINDS)[number];
  population: number;
  populationSynthetic: boolean | null;
  officeTemplate: Id | null;
  signagePosted: boolean | null;
  functionsHandedOver: boolean | null;
  staffAssigned: boolean | null;
  officesColocated: boolean | null;
  check?: Check & { requiredTemplate: string | null };
}

export const OFFICE_KINDS = ['office', 'bureau', 'centre'] as const;

export const ORGANISATION_LEVELS = ['committee', 'general_branch', 'branch', 'party_group'] as const;
export const ORGANISATION_CATEGORIES = ['village', 'community', 'organ', 'enterprise', 'other'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

export interface PartyOrganisation extends RaRecord<Id>, Timestamps {
  code: string | null;
  name: string;
  level: OrganisationLevel;
  category: (typeof ORGANISATION_CATEGORIES)[number] | null;
  parent: Id | null;
  township: Id;
  grid: Id | null;
  secretary: Id | null;
  committeeSize: number | null;
  electedOn: string | null;
  check?: Check & { fullMembers: number; probationaryMembers: number; termYears: number };
}

export const GRID_KINDS = ['urban', 'rural', 'special'] as const;

export interface Grid extends RaRecord<Id>, Timestamps {
  code: string;
  name: string;
  kind: (typeof GRID_KINDS)[number];
  township: Id;
  village: string | null;
  check?: Check & { standard: string | null };
}

export const GRID_STAFF_ROLES = ['grid_chief', 'grid_worker', 'police', 'instructor', 'village_cadre', 'volunteer'] as const;

export interface GridStaff extends RaRecord<Id>, Timestamps {
  name: string;
  role: string;
  grid: Id;
  member: Id | null;
  phone: string | null;
}

export const GENDERS = ['male', 'female'] as const;
export const MEMBER_STATUSES = ['full', 'probationary'] as const;
export const EDUCATIONS = ['postgraduate', 'bachelor', 'college', 'secondary_vocational', 'high_school', 'junior_or_below'] as const;

export interface Member extends RaRecord<Id>, Timestamps {
  code: string | null;
  name: string;
  gender: (typeof GENDERS)[number];
  birthDate: string;
  joinedDate: string;
  status: (typeof MEMBER_STATUSES)[number];
  partyOrganisation: Id;
  partyGroup: Id | null;
  grid: Id | null;
  township: Id | null;
  phone: string | null;
  ethnicity: string | null;
  education: (typeof EDUCATIONS)[number] | null;
  /** masked by the server (321323********1234) for callers who may not edit the member */
  idNumber: string | null;
  employer: string | null;
  jobTitle: string | null;
  introducers: string | null;
  fullMemberDate: string | null;
  photo: UploadedFile | null;
}

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
/** Business actions the server names (see cms/src/audit/operation.ts). */
export const AUDIT_OPERATIONS = ['approve', 'reject', 'reverse', 'bulk_award', 'import', 'upload', 'replace_file', 'finalise', 'correct', 'sign_digest', 'load_scheme', 'close_year', 'reopen_year'] as const;

export interface AuditLog extends RaRecord<Id>, Timestamps {
  at: string;
  userId: number | null;
  username: string | null;
  role: string | null;
  action: (typeof AUDIT_ACTIONS)[number];
  operation: (typeof AUDIT_OPERATIONS)[number] | null;
  resource: string;
  recordId: string | null;
  recordName: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

// Points (积分). Every points value is an integer number of tenths of a point (20 = 2 分).
export const RULE_CATEGORIES = ['base', 'task', 'reward', 'deduction'] as const;
export const RULE_TARGETS = ['member', 'branch'] as const;
export const CAP_PERIODS = ['month', 'quarter', 'year'] as const;
export const APPROVERS = ['branch', 'township', 'county'] as const;
export const RULE_TRIGGERS = ['manual', 'meeting_attendance'] as const;

export interface PointsRule extends RaRecord<Id>, Timestamps {
  code: string;
  name: string;
  scheme: string;
  category: (typeof RULE_CATEGORIES)[number];
  target: (typeof RULE_TARGETS)[number];
  pointsTenths: number;
  capTenths: number | null;
  capPeriod: (typeof CAP_PERIODS)[number];
  outsideCap: boolean | null;
  floorAtZero: boolean | null;
  evidenceRequired: boolean | null;
  approver: (typeof APPROVERS)[number];
  trigger: (typeof RULE_TRIGGERS)[number];
  meetingKind: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  active: boolean;
  description: string | null;
}

export const ENTRY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** An uploaded file as the bridge sends it; `id` is the upload's numeric id, which writes send back. */
export interface UploadedFile {
  id: number;
  name: string;
  /** a short-lived signed link (`/api/files/<id>/content?…`) the server puts in every read */
  url: string;
  mime: string | null;
  size: number | null;
}

export interface PointsEntry extends RaRecord<Id>, Timestamps {
  member: Id | null;
  organisation: Id | null;
  township: Id | null;
  rule: Id;
  pointsTenths: number;
  reason: string;
  /** 凭证, for rules with evidenceRequired */
  evidence: UploadedFile | null;
  occurredOn: string;
  period: string | null;
  status: EntryStatus;
  proposerName: string | null;
  approverName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  reverses: Id | null;
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
  idempotencyKey: string | null;
}

export const APPRAISAL_KINDS = ['member_grades', 'branch_stars'] as const;
export const GRADES = ['excellent', 'qualified', 'basically_qualified', 'unqualified'] as const;
export type Grade = (typeof GRADES)[number];

/** Roles that decide on proposals (by the rule's approver level) and award points. */
export const APPROVER_ROLES: readonly Role[] = ['county', 'township', 'branch'];
export const isApproverRole = (role: unknown): boolean => APPROVER_ROLES.includes(role as Role);
