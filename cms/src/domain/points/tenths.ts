// Points are exact: stored as integer tenths of a point (2.5 points = 25), never as floats.
export function toTenths(points: number | string): number {
  const s = String(points).trim();
  if (!/^-?\d+(\.\d)?$/.test(s)) throw new Error(`积分应为整数或一位小数：${s}`);
  const [whole, frac = '0'] = s.replace('-', '').split('.');
  const t = Number(whole) * 10 + Number(frac);
  return s.startsWith('-') ? -t : t;
}

export function formatTenths(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return abs % 10 === 0 ? `${sign}${abs / 10}` : `${sign}${Math.floor(abs / 10)}.${abs % 10}`;
}
