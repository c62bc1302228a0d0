// A grid standard's roles as people read them: 岗位, 人数 (at least / at most) and how often they go
// into the grid, never JSON.
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface StaffingRow {
  role: string;
  label: string;
  min: number;
  max?: number | null;
  visit?: string | null;
}

const asRows = (value: unknown): StaffingRow[] => (Array.isArray(value) ? (value as StaffingRow[]) : []);

/** 1 名, 至少 1 名, 1–3 名, 若干 (min 0, no max) */
export function useHeadcount() {
  const translate = useTranslate();
  return (r: StaffingRow) => {
    if (r.max != null && r.max === r.min) return translate('app.settings.headcount_exact', { n: r.min });
    if (r.max != null) return translate('app.settings.headcount_range', { min: r.min, max: r.max });
    if (!r.min) return translate('app.settings.headcount_open');
    return translate('app.settings.headcount_min', { n: r.min });
  };
}

/** "1+4" / "1+3+N", as the county names its standards. */
export function staffingFormula(value: unknown): string {
  const [chief, ...rest] = asRows(value);
  const fixed = rest.filter((r) => r.min > 0).length;
  const open = rest.some((r) => r.min === 0);
  return [String(chief?.min ?? 0), String(fixed), ...(open ? ['N'] : [])].join('+');
}

export const StaffingSummary = ({ value, compact = false }: { value: unknown; compact?: boolean }) => {
  const translate = useTranslate();
  const headcount = useHeadcount();
  const rows = asRows(value);
  if (compact) return <span>{rows.map((r) => `${r.label} ${headcount(r)}`).join('、')}</span>;
  return (
    <Table size="small" data-testid="staffing-summary">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.settings.role')}</TableCell>
          <TableCell>{translate('app.settings.headcount')}</TableCell>
          <TableCell>{translate('app.settings.visit')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.role}-${i}`}>
            <TableCell>{r.label}</TableCell>
            <TableCell>{headcount(r)}</TableCell>
            <TableCell>{r.visit ? translate(`app.settings.visits.${r.visit}`, { _: '—' }) : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
