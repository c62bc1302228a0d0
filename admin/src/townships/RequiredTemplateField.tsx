// The office template a township's population calls for (from the server's check), by name.
// Templates are few; every row shares one cached request for them.
import { useGetList, useRecordContext } from 'react-admin';
import type { Township } from '../types';
import { useCanRead } from '../schema/useSchema';

export const RequiredTemplateField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Township>();
  const code = record?.check?.requiredTemplate;
  const canRead = useCanRead();
  const { data: templates } = useGetList('office-templates', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } }, { enabled: !!code && canRead('office-templates') });
  if (!code) return <span>—</span>;
  const name = templates?.find((t) => t.code === code)?.name;
  return <span>{name ? `${name}（${code}）` : code}</span>;
};
