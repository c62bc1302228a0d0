// 凭证: asked for only when the chosen rule needs evidence. One image or PDF up to 10 MB, uploaded when
// the proposal is submitted (useProposalSave). The input unregisters when the rule changes to one
// without evidence, so a file picked earlier is not sent.
import { FileField, FileInput, required, useNotify } from 'react-admin';
import { EVIDENCE_ACCEPT, maxEvidenceSize } from './uploadEvidence';
import { useSelectedRule } from './useSelectedRule';

const validateEvidence = [required(), maxEvidenceSize];

export const EvidenceInput = () => {
  const rule = useSelectedRule();
  const notify = useNotify();
  if (!rule?.evidenceRequired) return null;
  return (
    <FileInput
      source="evidence"
      accept={EVIDENCE_ACCEPT}
      validate={validateEvidence}
      helperText="app.entries.evidence_help"
      shouldUnregister
      options={{ onDropRejected: () => notify('app.entries.evidence_wrong_type', { type: 'warning' }) }}
      sx={{ mb: 2 }}
    >
      <FileField source="src" title="title" target="_blank" rel="noopener noreferrer" />
    </FileInput>
  );
};
