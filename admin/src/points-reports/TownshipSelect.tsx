import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { Township } from '../types';

interface Props {
  value: string;
  onChange: (township: string) => void;
  /** offer 全县 (the empty value) */
  allowAll?: boolean;
}

/** The county's townships by division code, for county staff. */
export const TownshipSelect = ({ value, onChange, allowAll }: Props) => {
  const translate = useTranslate();
  const { data = [] } = useGetList<Township>('townships', { sort: { field: 'code', order: 'ASC' }, pagination: { page: 1, perPage: 100 } });
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={translate('resources.townships.name', { smart_count: 1 })}
      value={data.length || !value ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 160 }}
    >
      {allowAll && <MenuItem value="">{translate('app.ranking.whole_county')}</MenuItem>}
      {data.map((t) => (
        <MenuItem key={t.id} value={t.id}>
          {t.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
