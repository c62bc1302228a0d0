import { useGetOne } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { DecisionRule } from './types';

/** The decision rule chosen in the surrounding form (cached by its ReferenceInput). */
export function useDecisionRule(): DecisionRule | undefined {
  const id = useWatch({ name: 'rule' }) as string | undefined;
  const { data } = useGetOne<DecisionRule>('decision-rules', { id: id ?? '' }, { enabled: !!id });
  return id ? data : undefined;
}
