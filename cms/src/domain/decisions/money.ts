// Money is exact: integer fen (分, 1 yuan = 100 fen), never floats.

/** "50000" → 5000000, "1234.5" → 123450, "0.07" → 7; throws on anything else (negatives, 3 decimals, "1e5"). */
export function toFen(yuan: number | string): number {
  const s = String(yuan).trim().replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`金额应为非负数，最多两位小数：${yuan}`);
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) throw new Error(`金额过大：${yuan}`);
  return fen;
}

/** Fen as yuan for messages: 5000000 → "50,000", 123456 → "1,234.56". */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = abs % 100;
  return cents === 0 ? `${sign}${yuan}` : `${sign}${yuan}.${String(cents).padStart(2, '0')}`;
}
