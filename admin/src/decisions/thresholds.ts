// A rule's shares in words: Chinese as the rules write them (the server's own wording), English
// spelled out. Shares are exact fractions; nothing here rounds.
import { describeThreshold } from '../../../cms/src/domain/decisions/threshold';
import type { Threshold } from './types';

export function thresholdText(t: Threshold | null | undefined, locale: string): string {
  if (!t?.share) return '—';
  if (locale.startsWith('zh')) return describeThreshold(t);
  const { num, den } = t.share;
  const share = num * 2 === den ? 'half' : `${num}/${den}`;
  return t.strictlyMore ? `more than ${share}` : `at least ${share}`;
}
