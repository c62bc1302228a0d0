import { usePointsQuery } from '../points/api';
import type { Id } from '../types';

export interface RuleTotals {
  code: string;
  name: string;
  category: string;
  approvedTenths: number;
  pendingTenths: number;
}

export interface Rank {
  rank: number;
  of: number;
}

/** GET /api/points/me: a member's year in points (all values in tenths). */
export interface MemberSummary {
  member: { id: Id; name: string; status: string };
  year: number;
  totalTenths: number;
  baseTenths: number;
  monthTenths: number;
  quarterTenths: number;
  /** tenths per month, January first */
  monthly: number[];
  byRule: RuleTotals[];
  rank: { branch: Rank | null; township: Rank | null; county?: Rank | null };
}

/** A member's own summary without `member`; staff pass a member in their scope. */
export function useMemberSummary(year: number, member?: Id) {
  return usePointsQuery<MemberSummary>('/me', { year, member });
}
