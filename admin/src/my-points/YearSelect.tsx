import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { currentYear } from '../points/dates';

/** This year and the four before it. */
export const YearSelect = ({ value, onChange }: { value: number; onChange: (year: number) => void }) => {
  const translate = useTranslate();
  const now = currentYear();
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={translate('app.my_points.year')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ minWidth: 110 }}
      slotProps={{ htmlInput: { 'data-testid': 'year-select' } }}
    >
      {Array.from({ length: 5 }, (_, i) => now - i).map((y) => (
        <MenuItem key={y} value={y}>
          {translate('app.my_points.year_value', { year: y })}
        </MenuItem>
      ))}
    </TextField>
  );
};
