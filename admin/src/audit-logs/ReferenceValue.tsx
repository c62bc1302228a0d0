// A related record named the way its resource names records (党员's name, 网格's name…), linked to
// its page; never the bare id.
import { Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useCreatePath, useGetOne, useGetRecordRepresentation, useResourceDefinitions, useTranslate } from 'react-admin';
import { useCanRead } from '../schema/useSchema';

export const ReferenceValue = ({ reference, id, fallback }: { reference: string; id: string; fallback?: string }) => {
  const translate = useTranslate();
  const canRead = useCanRead();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  const represent = useGetRecordRepresentation(reference);
  const readable = canRead(reference) && !!definitions[reference];
  const { data, isPending, error } = useGetOne(reference, { id }, { enabled: readable, retry: false });
  if (!readable || error || (!isPending && !data)) return <span>{fallback ?? translate('app.audit.unavailable_record')}</span>;
  if (isPending) return <span>…</span>;
  const name = String(represent(data));
  if (!definitions[reference]?.hasShow) return <span>{name}</span>;
  return (
    <Link component={RouterLink} to={createPath({ resource: reference, id, type: 'show' })} onClick={(e) => e.stopPropagation()} underline="hover">
      {name}
    </Link>
  );
};
