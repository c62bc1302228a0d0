// Which <Resource>s the signed-in user gets: one per type in their /ra/_schema, with the hand-made
// screens where they exist and the generic ones otherwise. Create and edit views are registered
// only where the schema allows them, so react-admin's own buttons appear exactly when usable.
import type { ReactElement } from 'react';
import { Resource } from 'react-admin';
import type { ResourcePermissions, Schema } from './schema/types';
import type { ResourceScreens } from './resourceScreens';
import type { Role } from './types';
import { genericResource } from './generic/genericResource';
import townships from './townships';
import partyOrganisations from './party-organisations';
import grids from './grids';
import members from './members';
import auditLogs from './audit-logs';
import pointsRules from './points-rules';
import pointsEntries from './points-entries';
import officeTemplates from './office-templates';
import gridStandards from './grid-standards';
import appraisalRules from './appraisal-rules';
import decisions from './decisions';
import decisionRules from './decision-rules';
import decisionSteps from './decision-steps';
import chainDigests from './chain-digests';
import meetings from './meetings';
import meetingRules from './meeting-rules';
import assessmentRules from './assessment-rules';
import themeDayRounds from './theme-days';
import penaltyPowers from './enforcement/PenaltyPowers';
import enforcementTeams from './enforcement/EnforcementTeams';
import enforcementCases from './enforcement/EnforcementCases';
import approvalCases from './approval-cases';
import serviceHalls from './service-halls';
import approvalItems from './approval-items';

const HAND_MADE: Record<string, ResourceScreens> = {
  townships,
  'party-organisations': partyOrganisations,
  grids,
  members,
  'audit-logs': auditLogs,
  'points-rules': pointsRules,
  'points-entries': pointsEntries,
  'office-templates': officeTemplates,
  'grid-standards': gridStandards,
  'appraisal-rules': appraisalRules,
  decisions,
  'decision-rules': decisionRules,
  'decision-steps': decisionSteps,
  'chain-digests': chainDigests,
  meetings,
  'meeting-rules': meetingRules,
  'assessment-rules': assessmentRules,
  'theme-day-rounds': themeDayRounds,
  'penalty-powers': penaltyPowers,
  'enforcement-teams': enforcementTeams,
  'enforcement-cases': enforcementCases,
  'approval-cases': approvalCases,
  'service-halls': serviceHalls,
  'approval-items': approvalItems,
};

const READ_ONLY: ResourcePermissions = { list: true, create: false, edit: false, delete: false };

function resourceElement(name: string, screens: ResourceScreens, can: ResourcePermissions, label?: string): ReactElement {
  return (
    <Resource
      key={name}
      name={name}
      list={screens.list}
      show={screens.show}
      edit={can.edit ? screens.edit : undefined}
      create={can.create ? screens.create : undefined}
      icon={screens.icon}
      recordRepresentation={screens.recordRepresentation}
      options={label ? { label } : undefined}
    />
  );
}

export function resourcesFor(schema: Schema | null, role: Role | null): ReactElement[] {
  if (!schema) {
    // The schema could not be read (network trouble): keep the hand-made screens usable read-only
    // rather than showing an empty panel. The server still decides what each call may see.
    const names = role === 'member' ? ['members'] : Object.keys(HAND_MADE).filter((n) => n !== 'audit-logs' || role === 'county');
    return names.map((n) => resourceElement(n, HAND_MADE[n], READ_ONLY));
  }
  return schema.resources
    .filter((r) => r.permissions.list)
    .map((r) => resourceElement(r.name, HAND_MADE[r.name] ?? genericResource(r), r.permissions, r.label));
}
