// A branch filter for the rankings: the branches in the caller's scope (of one township when one
// is chosen), searched by name; empty means no branch filter.
import { useEffect, useState } from 'react';
import { Autocomplete, TextField } from '@mui/material';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import type { Id, PartyOrganisation } from '../types';

interface Props {
  value: Id | null;
  onChange: (branch: Id | null) => void;
  township?: Id | null;
}

export const BranchSelect = ({ value, onChange, township }: Props) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(t);
  }, [input]);
  const { data: options = [], isPending } = useGetList<PartyOrganisation>('party-organisations', {
    filter: { level: 'branch', ...(township ? { township } : {}), ...(search ? { q: search } : {}) },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 30 },
  });
  const { data: selected } = useGetOne<PartyOrganisation>('party-organisations', { id: value ?? '' }, { enabled: !!value });
  return (
    <Autocomplete<PartyOrganisation>
      size="small"
      sx={{ minWidth: 220, flex: '0 1 280px' }}
      options={selected && !options.some((o) => o.id === selected.id) ? [selected, ...options] : options}
      value={value ? (selected ?? null) : null}
      loading={isPending}
      filterOptions={(x) => x}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onInputChange={(_, v, reason) => {
        if (reason === 'input') setInput(v);
      }}
      onChange={(_, o) => onChange(o?.id ?? null)}
      noOptionsText={translate('ra.navigation.no_results')}
      loadingText={translate('ra.page.loading')}
      clearText={translate('ra.action.clear_input_value')}
      openText={translate('ra.action.open')}
      closeText={translate('ra.action.close')}
      renderInput={(params) => <TextField {...params} label={translate('app.ranking.branch_filter')} placeholder={translate('app.ranking.all_branches')} />}
    />
  );
};
