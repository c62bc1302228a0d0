// Records keep the login of whoever proposed, approved or changed them; people want the person's
// name. One /api/people/names call per page of records (the server reads them in the caller's
// scope) fills a context the name fields read from, falling back to what the record kept.
import { createContext, useContext, type ReactNode } from 'react';
import { useListContext, useRecordContext } from 'react-admin';
import { useApiQuery } from '../apiQuery';
import type { Id } from '../types';

type Names = Record<Id, Record<string, string | null>>;

const NamesContext = createContext<Names>({});

function useNames(resource: string, ids: Id[]) {
  const sorted = [...ids].sort();
  const { data } = useApiQuery<{ data: Names }>('/people/names', { resource, ids: sorted }, { enabled: sorted.length > 0, staleTime: 60_000 });
  return data?.data ?? {};
}

/** For a list: the names behind the current page's records. */
export const ListPeopleNames = ({ resource, children }: { resource: string; children: ReactNode }) => {
  const { data } = useListContext();
  const names = useNames(resource, (data ?? []).map((r) => String(r.id)));
  return <NamesContext.Provider value={names}>{children}</NamesContext.Provider>;
};

/** For a show page: the names behind the current record. */
export const RecordPeopleNames = ({ resource, children }: { resource: string; children: ReactNode }) => {
  const record = useRecordContext();
  const names = useNames(resource, record ? [String(record.id)] : []);
  return <NamesContext.Provider value={names}>{children}</NamesContext.Provider>;
};

interface Props {
  /** the key the server answers under (proposer, approver, user) */
  person: string;
  /** the name the record kept, shown when the user has no name on file */
  source: string;
  label?: string;
  sortable?: boolean;
}

/** The person's name; the kept login only when no name is on file. */
export const PersonField = ({ person, source }: Props) => {
  const record = useRecordContext();
  const names = useContext(NamesContext);
  if (!record) return null;
  const name = names[String(record.id)]?.[person] ?? (record[source] as string | null | undefined);
  return <span>{name || '—'}</span>;
};
