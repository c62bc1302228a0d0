// How one value reads in a spreadsheet cell: Shanghai time for instants, calendar days as they are,
// points and money in their units, yes/no in Chinese. Pure, so the panel's conventions are tested here.
const SHANGHAI_OFFSET_MS = 8 * 3600_000; // China has kept UTC+8 all year since 1991

/** An instant as Asia/Shanghai wall time, 'YYYY-MM-DD HH:mm:ss'. */
export function shanghaiDateTime(value: unknown): string | null {
  if (value == null || value === '') return null;
  const t = new Date(value as string).getTime();
  if (Number.isNaN(t)) return null;
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Integer tenths of a point or fen as the unit people read (2.5 分, 1,234.56 元); exact in decimal. */
export function scaled(value: unknown, per: 10 | 100): number | null {
  if (value == null || value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  // Integer division first, so the decimal is exact (never 0.30000000000000004).
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(n));
  const digits = per === 10 ? 1 : 2;
  return Number(`${sign}${Math.floor(abs / per)}.${String(abs % per).padStart(digits, '0')}`);
}

export const yesNo = (value: unknown): string | null => (value == null ? null : value ? '是' : '否');

/**
 * A text cell that a spreadsheet program would run as a formula (=, +, -, @ and control
 * characters at the start) gets a leading apostrophe in CSV, where nothing else marks it as text.
 */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | null): string {
  if (value == null) return '';
  if (typeof value === 'number') return String(value);
  const text = csvSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
