// A rule's cap per member per period, and the floor that keeps base points from going below 0.
import { formatTenths } from './tenths';

export interface CapCheck {
  ok: boolean;
  /** tenths still allowed in the period (null: no cap) */
  remaining: number | null;
  message?: string;
}

/**
 * `used` is what the member already has (approved, and pending when proposing) for this rule in
 * the cap's period; `adding` is the new entry. Only additions count against a cap.
 */
export function checkCap(cap: number | null | undefined, used: number, adding: number, ruleName = '该项'): CapCheck {
  if (cap == null || adding <= 0) return { ok: true, remaining: cap == null ? null : Math.max(0, cap - used) };
  const remaining = Math.max(0, cap - used);
  if (adding <= remaining) return { ok: true, remaining: remaining - adding };
  return {
    ok: false,
    remaining,
    message: `${ruleName}本期已得 ${formatTenths(used)} 分，上限 ${formatTenths(cap)} 分，最多还可加 ${formatTenths(remaining)} 分`,
  };
}

/** A deduction under a floor at 0 takes at most what is there: returns the tenths actually deducted. */
export function applyFloor(current: number, adding: number, floorAtZero: boolean): number {
  if (!floorAtZero || adding >= 0) return adding;
  return Math.max(adding, -Math.max(0, current));
}
