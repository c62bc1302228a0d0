// Staff choose whose points to see: a search over the members in their scope (the server scopes
// the list), twenty suggestions at a time.
import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import { memberOptionText } from '../points-entries/memberOption';
import type { Id, Member } from '../types';

interface Props {
  value: Id | null;
  onChange: (member: Id | null) => void;
}

export const MemberPicker = ({ value, onChange }: Props) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(t);
  }, [input]);
  const { data: options = [], isPending } = useGetList<Member>('members', {
    filter: search ? { q: search } : {},
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const { data: selected } = useGetOne<Member>('members', { id: value ?? '' }, { enabled: !!value });
  return (
    <Autocomplete<Member>
      sx={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}
      size="small"
      options={selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options}
      value={value ? (selected ?? null) : null}
      loading={isPending}
      filterOptions={(x) => x}
      getOptionLabel={(m) => memberOptionText(m)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, v, reason) => {
        if (reason === 'input') setInput(v);
      }}
      onChange={(_, m) => onChange(m?.id ?? null)}
      noOptionsText={translate('ra.navigation.no_results')}
      loadingText={translate('ra.page.loading')}
      clearText={translate('ra.action.clear_input_value')}
      openText={translate('ra.action.open')}
      closeText={translate('ra.action.close')}
      renderInput={(params) => <TextField {...params} fullWidth label={translate('app.my_points.pick_member')} />}
    />
  );
};
