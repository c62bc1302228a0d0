// Resident identity numbers (公民身份号码, GB 11643-1999): 6-digit address code, 8-digit birth date,
// 3-digit sequence, 1 check character (ISO 7064 MOD 11-2, where 10 is written X).
import { isDay } from '../calendar/days';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('身份证号码前 17 位应为数字');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Null when the number is a valid 18-character ID (birth date no later than `today` if given), else why not. */
export function idNumberProblem(id: string, today?: string): string | null {
  const s = id.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return '身份证号码应为 18 位，前 17 位为数字，末位为数字或 X';
  const birth = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (!isDay(birth) || birth < '1900-01-01') return `身份证号码中的出生日期无效：${birth}`;
  if (today && birth > today) return `身份证号码中的出生日期晚于今天：${birth}`;
  if (idCheckChar(s.slice(0, 17)) !== s[17]) return '身份证号码校验码不正确';
  return null;
}

export function isValidIdNumber(id: string, today?: string): boolean {
  return idNumberProblem(id, today) === null;
}

/** For lists: first 4 and last 4 characters shown, the rest starred (3213**********1234). */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return s.slice(0, 4) + '*'.repeat(s.length - 8) + s.slice(-4);
}
