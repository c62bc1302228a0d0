// Verification codes printed on a 台账: 8 characters of Crockford's base32 (no I, L, O or U, so
// nothing is misread), shown as ABCD-EFGH. 40 random bits: guessing one that exists is hopeless.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code from 5 random bytes. */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new Error('need 5 random bytes');
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i]);
  let out = '';
  for (let i = 7; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return out;
}

export const formatCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** What someone typed (any case, spaces, dashes, O for 0, I/L for 1) as a stored code, or null. */
export function normaliseCode(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : null;
}
