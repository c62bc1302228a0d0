// Points travel as integer tenths of a point (pointsTenths: 25 = 2.5 分); people read and type points.
// Every conversion between the two goes through this file.

/** 20 → "2", 25 → "2.5", -5 → "-0.5"; `signed` adds "+" to positive values; null → "". */
export function formatTenths(tenths: number | null | undefined, { signed = false }: { signed?: boolean } = {}): string {
  if (tenths == null || !Number.isFinite(tenths)) return '';
  const n = Math.round(tenths);
  const abs = Math.abs(n);
  const text = abs % 10 ? `${Math.floor(abs / 10)}.${abs % 10}` : String(abs / 10);
  const sign = n < 0 ? '-' : signed && n > 0 ? '+' : '';
  return sign + text;
}

/** Tenths as a number of points for charts: 25 → 2.5. */
export const tenthsToPoints = (tenths: number): number => tenths / 10;

/** Points as typed (2.5) → tenths (25); anything that is not a number → null. */
export function pointsToTenths(points: unknown): number | null {
  if (points === '' || points == null) return null;
  const n = typeof points === 'number' ? points : Number(points);
  return Number.isFinite(n) ? Math.round(n * 10) : null;
}

/** Tenths → the points shown in an input ("2.5"); null → "". */
export function tenthsToInput(tenths: unknown): string {
  if (tenths === '' || tenths == null) return '';
  const n = Number(tenths);
  return Number.isFinite(n) ? formatTenths(n) : '';
}
