// A member's photo as the form holds it, and what the save sends: a new pick is uploaded first
// (POST /api/upload) and linked by its id, a kept photo by its id, a removed one as null.
import { uploadEvidence, type PickedFile } from '../points-entries/uploadEvidence';
import type { UploadedFile } from '../types';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

type PhotoValue = (PickedFile & { id?: number }) | null | undefined;

/** The stored file → what ImageInput previews (src/title), keeping its id. */
export const formatPhoto = (file: UploadedFile | PhotoValue) => {
  if (!file) return null;
  if ('url' in file && file.url) return { id: (file as UploadedFile).id, src: file.url, title: (file as UploadedFile).name };
  return file;
};

export const maxPhotoSize = (value?: PhotoValue) => (value?.rawFile && value.rawFile.size > PHOTO_MAX_BYTES ? 'app.member.photo_too_large' : undefined);

/** The form's values with `photo` as the bridge takes it. */
export async function withUploadedPhoto<T extends { photo?: PhotoValue }>(values: T): Promise<T & { photo?: number | null }> {
  const photo = values.photo;
  if (photo === undefined) return values as T & { photo?: number | null };
  if (!photo) return { ...values, photo: null };
  if (photo.rawFile) return { ...values, photo: (await uploadEvidence(photo.rawFile)).id };
  return { ...values, photo: typeof photo.id === 'number' ? photo.id : null };
}
