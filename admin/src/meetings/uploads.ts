// Photos and sign-in sheets go to /api/upload when the form is saved (like evidence for points);
// the meeting then links them by id. Files already on the meeting keep their id.
import { uploadEvidence } from '../points-entries/uploadEvidence';
import type { UploadedFile } from '../types';

export interface FormFile {
  rawFile?: File;
  id?: number;
  src?: string;
  title?: string;
}

/** What ImageInput/FileInput show for a file already uploaded. */
export const asFormFile = (f: UploadedFile | FormFile | null | undefined): FormFile | null =>
  f == null ? null : 'rawFile' in f && f.rawFile ? f : { id: (f as UploadedFile).id, src: (f as UploadedFile).url ?? (f as FormFile).src, title: (f as UploadedFile).name ?? (f as FormFile).title };

export async function uploadedId(f: FormFile | null | undefined): Promise<number | null> {
  if (!f) return null;
  if (f.rawFile) return (await uploadEvidence(f.rawFile)).id;
  return typeof f.id === 'number' ? f.id : null;
}

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
