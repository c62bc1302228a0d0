// Finding codes a list can be filtered by. The server stores a record's codes fenced by commas
// (",quorum_not_met,split_views,"), so the filter searches for ",code," and never matches a longer
// code that contains it.
import type { TranslateFunction } from 'react-admin';

export const FINDING_CODES = [
  'quorum_not_met', 'not_passed', 'outcome_mismatch', 'outcome_missing', 'statement_missing', 'secretary_not_last', 'secretary_absent',
  'secretary_unknown', 'meeting_required', 'wrong_body', 'amount_missing', 'split_views', 'decided_on_missing', 'no_members_due',
  'step_missing', 'step_quorum_not_met', 'step_not_passed', 'step_evidence_missing', 'publication_too_short',
] as const;

export const findingChoices = (translate: TranslateFunction) =>
  FINDING_CODES.map((code) => ({ id: `,${code},`, name: translate(`resources.decisions.enums.finding.${code}`, { _: code }) }));
