// One search box in the app bar for staff: members by name or code, party organisations and grids,
// in the caller's scope (GET /api/search). Picking a result opens its page; "查看全部" opens the
// list searched the same way. On a phone the box opens from an icon as a full-screen dialog.
import { useEffect, useState } from 'react';
import { Autocomplete, Box, Dialog, DialogContent, IconButton, InputAdornment, TextField, Typography, useMediaQuery, type Theme } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import CloseIcon from '@mui/icons-material/Close';
import { useNavigate } from 'react-router-dom';
import { usePermissions, useTranslate } from 'react-admin';
import { useApiQuery } from '../apiQuery';
import { enumKey } from '../common/enumChoices';

interface Hit {
  id: string;
  name: string;
  code?: string | null;
  branch?: string | null;
  level?: string;
  kind?: string;
}
interface Group {
  total: number;
  items: Hit[];
}
interface SearchResult {
  query: string;
  members: Group;
  organisations: Group;
  grids: Group;
}

interface Option {
  key: string;
  group: string;
  label: string;
  secondary?: string;
  to: string;
  more?: boolean;
}

const GROUPS = [
  { key: 'members', resource: 'members' },
  { key: 'organisations', resource: 'party-organisations' },
  { key: 'grids', resource: 'grids' },
] as const;

function useDebounced(value: string, ms = 300) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

const SearchBox = ({ autoFocus, onDone }: { autoFocus?: boolean; onDone?: () => void }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(input.trim());
  const { data, isFetching } = useApiQuery<SearchResult>('/search', { q }, { enabled: q.length > 0, staleTime: 30_000 });
  const secondaryOf = (group: string, h: Hit) => {
    if (group === 'members') return [h.code, h.branch].filter(Boolean).join(' · ');
    if (group === 'organisations') return h.level ? translate(enumKey('party-organisations', 'level', h.level)) : '';
    return [h.code, h.kind ? translate(enumKey('grids', 'kind', h.kind)) : null].filter(Boolean).join(' · ');
  };
  const options: Option[] = data && data.query === q
    ? GROUPS.flatMap(({ key, resource }) => {
        const g = data[key];
        const hits = g.items.map((h) => ({ key: `${key}-${h.id}`, group: key, label: h.name, secondary: secondaryOf(key, h), to: `/${resource}/${h.id}/show` }));
        const more = g.total > g.items.length
          ? [{ key: `${key}-more`, group: key, label: translate('app.search.see_all', { smart_count: g.total }), to: `/${resource}?filter=${encodeURIComponent(JSON.stringify({ q }))}`, more: true }]
          : [];
        return [...hits, ...more];
      })
    : [];
  return (
    <Autocomplete<Option, false, false, false>
      data-testid="global-search"
      size="small"
      options={options}
      value={null}
      inputValue={input}
      onInputChange={(_, v, reason) => {
        if (reason !== 'reset') setInput(v);
      }}
      onChange={(_, option) => {
        if (!option) return;
        navigate(option.to);
        setInput('');
        onDone?.();
      }}
      filterOptions={(x) => x}
      groupBy={(o) => translate(`app.search.groups.${o.group}`)}
      getOptionLabel={(o) => o.label}
      isOptionEqualToValue={(a, b) => a.key === b.key}
      loading={isFetching}
      open={open && input.trim().length > 0}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      noOptionsText={translate(isFetching || q !== input.trim() ? 'ra.page.loading' : 'app.search.nothing')}
      loadingText={translate('ra.page.loading')}
      clearText={translate('ra.action.clear_input_value')}
      openText={translate('ra.action.open')}
      closeText={translate('ra.action.close')}
      forcePopupIcon={false}
      sx={{ width: { xs: '100%', md: 300 } }}
      renderOption={({ key, ...props }, o) => (
        <li key={key} {...props}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: o.more ? 400 : 500, color: o.more ? 'primary.main' : 'text.primary' }}>{o.label}</Typography>
            {o.secondary && <Typography variant="caption" color="text.secondary">{o.secondary}</Typography>}
          </Box>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          variant="outlined"
          hiddenLabel
          autoFocus={autoFocus}
          placeholder={translate('app.search.placeholder')}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment>,
            },
            htmlInput: { ...params.slotProps.htmlInput, 'aria-label': translate('app.search.placeholder') },
          }}
          sx={{ '& .MuiOutlinedInput-root': { bgcolor: 'background.paper', py: 0 }, '& .MuiOutlinedInput-input': { py: 0.75 } }}
        />
      )}
    />
  );
};

export const GlobalSearch = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const [open, setOpen] = useState(false);
  if (!permissions || permissions === 'member') return null;
  if (!isSmall) return <SearchBox />;
  return (
    <>
      <IconButton color="inherit" onClick={() => setOpen(true)} aria-label={translate('app.search.placeholder')} data-testid="global-search-open">
        <SearchIcon />
      </IconButton>
      <Dialog open={open} onClose={() => setOpen(false)} fullScreen>
        <DialogContent sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <SearchBox autoFocus onDone={() => setOpen(false)} />
          <IconButton onClick={() => setOpen(false)} aria-label={translate('ra.action.close')}>
            <CloseIcon />
          </IconButton>
        </DialogContent>
      </Dialog>
    </>
  );
};
