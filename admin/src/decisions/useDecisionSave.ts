// Saving a decision: attachments are uploaded first, then the record is saved through the data
// provider with their ids. A refusal comes back as the server's Chinese message naming the rule.
import { useRef } from 'react';
import { useDataProvider, useNotify, useSaveContext } from 'react-admin';
import { uploadErrorMessage } from '../points-entries/uploadEvidence';
import { attachmentIds, type AttachmentValue } from './attachments';
import { decisionFacts } from './record';
import type { DecisionRule } from './types';

export function useDecisionSave() {
  const { save } = useSaveContext();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const uploads = useRef(new WeakMap<File, number>());
  return async (values: Record<string, unknown>) => {
    let attachments: number[];
    try {
      attachments = await attachmentIds(values.attachments as AttachmentValue[] | undefined, uploads.current);
    } catch (error) {
      notify('app.decisions.upload_failed', { type: 'error', messageArgs: { message: uploadErrorMessage(error) } });
      return;
    }
    // A 四议两公开 record has no attendance or day of its own: its steps have them.
    const rule = values.rule ? (await dataProvider.getOne<DecisionRule>('decision-rules', { id: values.rule as string })).data : null;
    const version = values.updatedAt ? { updatedAt: values.updatedAt } : {};
    return save?.({ ...decisionFacts(values, rule?.kind === 'village_matter'), attachments, ...version });
  };
}
