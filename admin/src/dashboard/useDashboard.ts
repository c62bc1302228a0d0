import { useApiQuery } from '../apiQuery';
import type { DashboardData } from './types';

/** The whole staff dashboard in one request; react-admin's refresh reloads it. */
export const useDashboard = (enabled: boolean) => useApiQuery<DashboardData>('/dashboard', {}, { enabled, staleTime: 30_000 });
