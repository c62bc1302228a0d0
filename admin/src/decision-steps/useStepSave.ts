// Saving a step: evidence files are uploaded first and linked by id; only the step's own facts are
// sent (its organisation and township are the decision's, set by the server).
import { useRef } from 'react';
import { useNotify, useSaveContext } from 'react-admin';
import { uploadErrorMessage } from '../points-entries/uploadEvidence';
import { attachmentIds, type AttachmentValue } from '../decisions/attachments';

const FIELDS = ['decision', 'step', 'date', 'body', 'due', 'present', 'recused', 'agree', 'disagree', 'defer', 'displayedUntil', 'remarks'];

export function useStepSave() {
  const { save } = useSaveContext();
  const notify = useNotify();
  const uploads = useRef(new WeakMap<File, number>());
  return async (values: Record<string, unknown>) => {
    let evidence: number[];
    try {
      evidence = await attachmentIds(values.evidence as AttachmentValue[] | undefined, uploads.current);
    } catch (error) {
      notify('app.decisions.upload_failed', { type: 'error', messageArgs: { message: uploadErrorMessage(error) } });
      return;
    }
    const data: Record<string, unknown> = Object.fromEntries(FIELDS.filter((f) => f in values).map((f) => [f, values[f] === '' ? null : values[f]]));
    if (values.updatedAt) data.updatedAt = values.updatedAt;
    return save?.({ ...data, evidence });
  };
}
