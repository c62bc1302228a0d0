// A rule's quorum or passing share as the county's rules state it: 超过半数, 三分之二以上（含）.
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number) => DIGITS[n] ?? String(n);

export function shareText(num: number | null | undefined, den: number | null | undefined, strictlyMore: boolean | null | undefined): string {
  if (!num || !den) return '不限人数';
  const part = num === 1 && den === 2 ? '半数' : `${cn(den)}分之${cn(num)}`;
  return strictlyMore ? `超过${part}` : `${part}以上（含）`;
}
