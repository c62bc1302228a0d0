// Submitting a proposal: the evidence file, if one was picked, is uploaded first and the entry is then
// created through the data provider with the upload's id. A failed upload is shown and nothing is
// created. An upload is kept per picked file, so retrying after a refusal (over the cap…) does not
// upload the same file twice.
import { useRef } from 'react';
import { useNotify, useSaveContext } from 'react-admin';
import { uploadErrorMessage, uploadEvidence, type PickedFile } from './uploadEvidence';

/** Only what a proposal sends; the points, status and proposer are the server's. */
const proposal = (data: Record<string, unknown>, evidence?: number) => ({
  member: data.member,
  rule: data.rule,
  occurredOn: data.occurredOn,
  reason: data.reason,
  ...(evidence != null ? { evidence } : {}),
});

/** The `onSubmit` of the proposal form (inside `<Create>`). */
export function useProposalSave() {
  const { save } = useSaveContext();
  const notify = useNotify();
  const uploads = useRef(new WeakMap<File, number>());

  return async (values: Record<string, unknown>) => {
    const file = (values.evidence as PickedFile | null | undefined)?.rawFile;
    let evidence: number | undefined;
    if (file) {
      evidence = uploads.current.get(file);
      if (evidence == null) {
        try {
          evidence = (await uploadEvidence(file)).id;
          uploads.current.set(file, evidence);
        } catch (error) {
          notify('app.entries.evidence_upload_failed', { type: 'error', messageArgs: { message: uploadErrorMessage(error) } });
          return;
        }
      }
    }
    return save?.(proposal(values, evidence));
  };
}
