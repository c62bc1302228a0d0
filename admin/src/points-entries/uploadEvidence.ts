// Evidence files (凭证) go to Strapi's upload endpoint first; the entry then links the upload by its
// numeric id. Multipart with the field `files` and the same Bearer token as the bridge; the browser
// sets the multipart Content-Type (with its boundary) itself.
import { httpClient } from '../dataProvider';
import type { UploadedFile } from '../types';

/** What the file picker offers: images and PDF (react-dropzone's form of `image/*,application/pdf`). */
export const EVIDENCE_ACCEPT = { 'image/*': [], 'application/pdf': [] };
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** A picked file as FileInput keeps it in the form. */
export interface PickedFile {
  rawFile?: File;
  src?: string;
  title?: string;
}

/** Refuses files over 10 MB before anything is sent. */
export const maxEvidenceSize = (value?: PickedFile | null) =>
  value?.rawFile && value.rawFile.size > EVIDENCE_MAX_BYTES ? 'app.entries.evidence_too_large' : undefined;

/** POST /api/upload → the uploaded file (its `id` is what the entry's `evidence` takes). */
export async function uploadEvidence(file: File): Promise<UploadedFile> {
  const body = new FormData();
  body.append('files', file, file.name);
  const { json } = await httpClient('/api/upload', { method: 'POST', body });
  const [uploaded] = Array.isArray(json) ? (json as UploadedFile[]) : [];
  if (typeof uploaded?.id !== 'number') throw new Error('上传结果中没有文件编号');
  return uploaded;
}

interface UploadError {
  message?: string;
  body?: { message?: string; error?: { message?: string } };
}

/** The server's message from a failed upload: Strapi's `{ error: { message } }` or a plain `{ message }`. */
export function uploadErrorMessage(error: unknown): string {
  const e = (error ?? {}) as UploadError;
  return e.body?.error?.message || e.body?.message || e.message || '网络错误';
}
