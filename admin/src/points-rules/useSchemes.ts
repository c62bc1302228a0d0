import { usePermissions } from 'react-admin';
import { usePointsQuery } from '../points/api';
import { isApproverRole } from '../types';

/** A published points scheme (config/points-schemes.json); `active` when its rules are the active ones. */
export interface PointsScheme {
  code: string;
  name: string;
  description: string;
  rules: number;
  active: boolean;
}

/** GET /api/points/schemes (county, township, branch; members may not list schemes). */
export function useSchemes() {
  const { permissions } = usePermissions();
  return usePointsQuery<PointsScheme[]>('/schemes', {}, { enabled: isApproverRole(permissions) });
}
