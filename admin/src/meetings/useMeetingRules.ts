// The meeting rules (kinds), loaded once per session: names for kinds, choices for inputs.
import { useGetList } from 'react-admin';
import type { MeetingRule } from '../types';

export function useMeetingRules() {
  const { data = [], isPending } = useGetList<MeetingRule>('meeting-rules', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } }, { staleTime: 5 * 60_000 });
  const byKind = new Map(data.map((r) => [r.kind, r]));
  return {
    rules: data,
    isPending,
    nameOf: (kind: string | null | undefined) => (kind ? byKind.get(kind)?.name ?? kind : ''),
    ruleOf: (kind: string | null | undefined) => (kind ? byKind.get(kind) : undefined),
    choices: data.filter((r) => r.active).map((r) => ({ id: r.kind, name: r.name })),
  };
}
