// 居民身份证号码 (GB 11643-1999): 6-digit division code, birth date YYYYMMDD, 3-digit sequence (odd
// for men, even for women) and a check character from ISO 7064 MOD 11-2. National law, so constants.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** Why an ID number is not valid (a Chinese message), or null when it is. */
export function idNumberProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return '身份证号应为 18 位：17 位数字加 1 位数字或大写 X';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const day = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) {
    return '身份证号中的出生日期无效';
  }
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return '身份证号校验位不正确，请核对';
  return null;
}

/** The birth date an ID number carries, as 'YYYY-MM-DD'. */
export function birthDateOf(value: string): string {
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** What callers who may not edit a member see: the division code and the last four characters. */
export function maskIdNumber(value: string): string {
  if (value.length < 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

export const isMasked = (value: string): boolean => value.includes('*');

/**
 * A checksum-valid number for the demo county: Siyang's division code 321323, the birth date, and
 * the `ordinal`-th sequence of that day with the parity of the gender (so distinct ordinals per day
 * and gender give distinct numbers). Generated, never issued to anyone.
 */
export function demoIdNumber(birthDate: string, gender: 'male' | 'female', ordinal: number): string {
  if (ordinal < 0 || ordinal > 499) throw new Error(`demoIdNumber: ordinal ${ordinal} outside 0–499`);
  const seq = ordinal * 2 + (gender === 'male' ? 1 : 0);
  const first17 = `321323${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
