// One byte form for a value: object keys sorted, arrays in order, integers only, no undefined.
// Anything else (a float, NaN, a Date, a function) is refused rather than silently rounded or dropped.
import * as crypto from 'crypto';

export function canonicalJson(value: unknown, path = '$'): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isSafeInteger(value)) throw new Error(`${path}: only safe integers may be hashed, got ${value}`);
      return String(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => canonicalJson(v, `${path}[${i}]`)).join(',')}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${path}: only plain objects may be hashed`);
      const entries = Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], `${path}.${k}`)}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new Error(`${path}: ${typeof value} cannot be hashed`);
  }
}

// crypto.hash (Node ≥ 20.12) hashes a string in one call; older Node falls back to createHash.
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string, enc: string) => string }).hash;

export function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
