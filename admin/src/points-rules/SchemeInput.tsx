import { SelectInput } from 'react-admin';
import { useSchemes } from './useSchemes';

/** Filter by scheme: the published schemes by name. */
export const SchemeInput = ({ source, alwaysOn: _alwaysOn }: { source: string; alwaysOn?: boolean }) => {
  const { data, isPending } = useSchemes();
  const choices = (data?.data ?? []).map((s) => ({ id: s.code, name: s.name }));
  return <SelectInput source={source} choices={choices} isPending={isPending && choices.length === 0} translateChoice={false} sx={{ minWidth: 180 }} />;
};
