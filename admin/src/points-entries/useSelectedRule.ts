import { useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { PointsRule } from '../types';

/** The points rule chosen in the surrounding form's `rule` input (cached by its ReferenceInput). */
export function useSelectedRule(): PointsRule | undefined {
  const id = useWatch({ name: 'rule' }) as string | undefined;
  const { data } = useGetOne<PointsRule>('points-rules', { id: id ?? '' }, { enabled: !!id });
  return id ? data : undefined;
}
