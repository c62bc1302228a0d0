// Records as the /ra bridge sends them: `id` is Strapi's documentId, a to-one relation is the related
// record's id (or null), to-many relations are absent (read them from the other side).
import type { RaRecord } from 'react-admin';

export type Id = string;

export type Role = 'county' | 'township' | 'branch' | 'member' | 'department';

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

// Meetings (三会一课, 主题党日, 组织生活会, 小村说事日).
export const MEETING_STATUSES = ['draft', 'finalised', 'superseded'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export const ATTENDANCE_STATUSES = ['present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const MEETING_PERIODS = ['month', 'quarter', 'half_year', 'year'] as const;
export const MEETING_ATTENDEES = ['members', 'committee', 'group_members'] as const;
export const QUORUM_BASES = ['voting_members', 'committee', 'none'] as const;
export const PASSING_BASES = ['none', 'due', 'present'] as const;
export const COMPLIANCE_STATUSES = ['held', 'due_soon', 'overdue', 'open', 'upcoming'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export interface MeetingRule extends RaRecord<Id>, Timestamps {
  code: string;
  kind: string;
  name: string;
  levels: OrganisationLevel[];
  categories: string[] | null;
  period: (typeof MEETING_PERIODS)[number];
  count: number;
  attendees: (typeof MEETING_ATTENDEES)[number];
  quorumBase: (typeof QUORUM_BASES)[number];
  quorumNum: number | null;
  quorumDen: number | null;
  quorumStrictlyMore: boolean | null;
  passingBase: (typeof PASSING_BASES)[number];
  passingNum: number | null;
  passingDen: number | null;
  passingStrictlyMore: boolean | null;
  pointsRule: string | null;
  pointsKind: string | null;
  dueSoonDays: number;
  finaliseWithinDays: number;
  fixedDayOfMonth: number | null;
  active: boolean;
}

export interface ResidentIssue {
  issue: string | null;
  raisedBy: string | null;
  agreed: string | null;
  toGridEvent: boolean;
}

export interface MeetingVerdict {
  due: number;
  present: number;
  quorumMet: boolean;
  base: number;
  counted: number;
  needed: number;
  findings: Finding[];
  points?: { rule: string | null; posted: number; approved: number; reversed: number; withdrawn: number; capped: Array<{ memberId: number; name: string; remainingTenths: number }>; declined: number };
}

export interface Meeting extends RaRecord<Id>, Timestamps {
  organisation: Id;
  township: Id | null;
  kind: string;
  startsAt: string;
  heldOn: string | null;
  place: string | null;
  topic: string;
  chair: Id | null;
  recorder: Id | null;
  minutes: string | null;
  photos: UploadedFile[];
  signInSheet: UploadedFile | null;
  theme: string | null;
  openToResidents: boolean | null;
  residentCount: number | null;
  outcome: string | null;
  residentIssues: ResidentIssue[] | null;
  status: MeetingStatus;
  version: number | null;
  series: string | null;
  supersedes: Id | null;
  correctionReason: string | null;
  periodKey: string | null;
  verdict: MeetingVerdict | null;
  counted: boolean | null;
  late: boolean | null;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

/** GET /api/meetings/:id/attendance */
export interface AttendanceSheet {
  meeting: { id: Id; kind: string; kindName: string; status: MeetingStatus; heldOn: string; topic: string; organisation: Named };
  attendees: (typeof MEETING_ATTENDEES)[number];
  counts: { due: number; present: number; excused: number; absent: number; unrecorded: number };
  records: Array<{ member: Id; name: string; code: string | null; memberStatus: 'full' | 'probationary' | null; committee: boolean; status: AttendanceStatus | null; reason: string | null; added: boolean }>;
}
