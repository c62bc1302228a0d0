// Attachments (会议记录, 签到表…) are uploaded to /api/upload when the record is saved and linked by
// their ids; files already attached travel as their ids. An upload is kept per picked file, so a
// save refused by the rules does not upload the same file twice.
import type { PickedFile } from '../points-entries/uploadEvidence';
import { uploadEvidence } from '../points-entries/uploadEvidence';
import type { UploadedFile } from '../types';

export type AttachmentValue = (UploadedFile & PickedFile) | PickedFile;

export async function attachmentIds(values: AttachmentValue[] | null | undefined, cache: WeakMap<File, number>): Promise<number[]> {
  const ids: number[] = [];
  for (const v of values ?? []) {
    if (v && 'id' in v && typeof v.id === 'number' && !v.rawFile) {
      ids.push(v.id);
      continue;
    }
    const file = v?.rawFile;
    if (!file) continue;
    let id = cache.get(file);
    if (id == null) {
      id = (await uploadEvidence(file)).id;
      cache.set(file, id);
    }
    ids.push(id);
  }
  return ids;
}
