// Short-lived signed links to uploaded files: an <img> or a download cannot send the Bearer token,
// so a read that may see a file hands out a link that works for a few minutes, for that file only.
import crypto from 'crypto';

export interface LinkKey {
  secret: string;
  ttlSeconds: number;
}

const mac = (key: LinkKey, id: number, format: string, expires: number) =>
  crypto.createHmac('sha256', key.secret).update(`file:${id}:${format}:${expires}`).digest('base64url').slice(0, 32);

/** The link for file `id` (or one of its formats, e.g. its thumbnail), valid for ttlSeconds from now. */
export function signedPath(key: LinkKey, id: number, format = '', now = Date.now()): string {
  // Rounded up to the minute so one page's links are equal (and cacheable) for a while.
  const expires = Math.ceil((now / 1000 + key.ttlSeconds) / 60) * 60;
  const q = new URLSearchParams({ ...(format ? { format } : {}), expires: String(expires), signature: mac(key, id, format, expires) });
  return `/api/files/${id}/content?${q}`;
}

export type LinkCheck = 'ok' | 'expired' | 'invalid';

export function checkSignature(key: LinkKey, id: number, format: string, expires: unknown, signature: unknown, now = Date.now()): LinkCheck {
  const e = Number(expires);
  if (!Number.isInteger(e) || typeof signature !== 'string') return 'invalid';
  const expected = Buffer.from(mac(key, id, format, e));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'invalid';
  return e * 1000 < now ? 'expired' : 'ok';
}

/** A file record with every url (its own and its formats') replaced by a signed link. */
export function withSignedUrls<T extends Record<string, any>>(key: LinkKey, file: T): T {
  if (!file || typeof file !== 'object' || typeof file.id !== 'number') return file;
  const out: Record<string, any> = { ...file };
  if ('url' in file) out.url = signedPath(key, file.id);
  if (file.formats && typeof file.formats === 'object') {
    out.formats = Object.fromEntries(Object.entries(file.formats).map(([name, f]: [string, any]) => [name, f && typeof f === 'object' ? { ...f, url: signedPath(key, file.id, name) } : f]));
  }
  return out as T;
}
