// The county's view (or a township's own row): per township and month, how many organisation ×
// kind obligations are held, due soon or overdue; a click drills into that township's organisations.
import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../points/api';
import { useApiQuery } from '../meetings/api';
import type { ComplianceStatus } from '../types';
import { perMilleText } from './OrganisationMatrix';
import { STATUS_STYLE } from './StatusCell';

type Counts = Record<ComplianceStatus, number>;
interface Summary {
  months: string[];
  rows: Array<{ id: string; name: string; organisations: number; months: Counts[]; attendance: { perMille: number | null } }>;
  total: { months: Counts[]; attendance: { perMille: number | null } };
}

const Counts = ({ c }: { c: Counts }) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.25, alignItems: 'center', fontSize: 12, lineHeight: 1.2 }}>
    {c.overdue > 0 && <Box sx={{ color: STATUS_STYLE.overdue.bg, fontWeight: 700 }}>{STATUS_STYLE.overdue.mark}{c.overdue}</Box>}
    {c.due_soon > 0 && <Box sx={{ color: STATUS_STYLE.due_soon.bg, fontWeight: 700 }}>{STATUS_STYLE.due_soon.mark}{c.due_soon}</Box>}
    {c.held > 0 && <Box sx={{ color: STATUS_STYLE.held.bg }}>{STATUS_STYLE.held.mark}{c.held}</Box>}
  </Box>
);

export const TownshipSummary = ({ year, selected, onSelect }: { year: number; selected?: string; onSelect: (id: string, name: string) => void }) => {
  const translate = useTranslate();
  const { data, isPending, error } = useApiQuery<Summary>('/meeting-reports/summary', { year });
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  const s = data?.data;
  return (
    <Box>
      {isPending && <LinearProgress />}
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table size="small" data-testid="compliance-summary">
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 110 }}>{translate('resources.townships.name', { smart_count: 1 })}</TableCell>
              {s?.months.map((m) => <TableCell key={m} align="center" sx={{ px: 0.5 }}>{Number(m.slice(5))}{translate('app.compliance.month_suffix')}</TableCell>)}
              <TableCell align="right">{translate('app.compliance.attendance_rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {s?.rows.map((r) => (
              <TableRow key={r.id} hover selected={selected === r.id} onClick={() => onSelect(r.id, r.name)} sx={{ cursor: 'pointer' }} data-testid="summary-row" data-township={r.name}>
                <TableCell>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>{r.name}</Typography>
                  <Typography variant="caption" color="text.secondary">{translate('app.compliance.organisations', { n: r.organisations })}</Typography>
                </TableCell>
                {r.months.map((c, i) => <TableCell key={i} align="center" sx={{ px: 0.5 }}><Counts c={c} /></TableCell>)}
                <TableCell align="right">{perMilleText(r.attendance.perMille)}</TableCell>
              </TableRow>
            ))}
            {s && s.rows.length > 1 && (
              <TableRow>
                <TableCell sx={{ fontWeight: 700 }}>{translate('app.ranking.whole_county')}</TableCell>
                {s.total.months.map((c, i) => <TableCell key={i} align="center" sx={{ px: 0.5 }}><Counts c={c} /></TableCell>)}
                <TableCell align="right" sx={{ fontWeight: 700 }}>{perMilleText(s.total.attendance.perMille)}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
};
