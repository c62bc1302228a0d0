// Names for the members a form lists (due, present, recused, statements): one getMany for all of them.
import { useGetMany } from 'react-admin';
import type { Member } from '../types';

export function useMemberChoices(ids: string[]): Array<{ id: string; name: string }> {
  const { data } = useGetMany<Member>('members', { ids }, { enabled: ids.length > 0 });
  const byId = new Map((data ?? []).map((m) => [m.id, m]));
  return ids.map((id) => {
    const m = byId.get(id);
    return { id, name: m ? (m.code ? `${m.name}（${m.code}）` : m.name) : id };
  });
}
