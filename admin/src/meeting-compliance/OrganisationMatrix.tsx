// Organisations × months for a township (or the caller's scope): each cell the worst status of the
// kinds due that month; a click opens the organisation's meetings of that month (drill-down).
import { useState } from 'react';
import { Alert, Box, LinearProgress, Table, TableBody, TableCell, TableContainer, TableHead, TablePagination, TableRow, TextField, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../points/api';
import { usePaged } from '../points-reports/usePaged';
import { useApiQuery } from '../meetings/api';
import type { ComplianceStatus } from '../types';
import { StatusCell } from './StatusCell';

interface MatrixRow {
  id: string;
  name: string;
  level: string;
  township: { id: string; name: string };
  months: Array<ComplianceStatus | null>;
  periods: Array<{ kind: string; period: string; status: ComplianceStatus; held: number; required: number; late: number; daysLeft: number }>;
  attendance: { due: number; present: number; perMille: number | null };
}

interface Matrix {
  year: number;
  months: string[];
  kinds: Array<{ kind: string; name: string; period: string }>;
  rows: MatrixRow[];
  total: number;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

export const perMilleText = (pm: number | null) => (pm == null ? '—' : `${Math.floor(pm / 10)}${pm % 10 ? `.${pm % 10}` : ''}%`);

export const OrganisationMatrix = ({ year, township, kind }: { year: number; township?: string; kind?: string }) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const paging = usePaged(25);
  const [q, setQ] = useState('');
  const { data, isPending, error } = useApiQuery<Matrix>('/meeting-reports/compliance', { year, township, kind, q: q.trim() || undefined, range: paging.range });
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  const matrix = data?.data;
  const kindName = new Map(matrix?.kinds.map((k) => [k.kind, k.name]));
  const open = (row: MatrixRow, month?: string) => {
    const filter = { organisation: row.id, ...(month ? { heldOn_gte: `${month}-01`, heldOn_lte: lastDay(month) } : {}) };
    navigate(`${createPath({ resource: 'meetings', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  };
  const cellTitle = (row: MatrixRow, month: string) => row.periods
    .filter((p) => dueIn(p.period, month))
    .map((p) => `${kindName.get(p.kind) ?? p.kind} ${p.held}/${p.required}${p.late ? `（${translate('app.meetings.late')} ${p.late}）` : ''}`)
    .join('；');
  return (
    <Box>
      <TextField size="small" fullWidth={false} label={translate('app.compliance.search')} value={q} onChange={(e) => { setQ(e.target.value); paging.setPage(0); }} sx={{ mb: 1, maxWidth: 320 }} />
      {isPending && <LinearProgress />}
      <TableContainer sx={{ maxWidth: '100%', overflowX: 'auto' }}>
        <Table size="small" data-testid="compliance-matrix">
          <TableHead>
            <TableRow>
              <TableCell sx={{ minWidth: 160, position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 }}>{translate('app.compliance.organisation')}</TableCell>
              {matrix?.months.map((m) => <TableCell key={m} align="center" sx={{ px: 0.5 }}>{Number(m.slice(5))}{translate('app.compliance.month_suffix')}</TableCell>)}
              <TableCell align="right">{translate('app.compliance.attendance_rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {matrix?.rows.map((row) => (
              <TableRow key={row.id} hover data-testid="compliance-row" data-organisation={row.id}>
                <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, cursor: 'pointer' }} onClick={() => open(row)}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>{row.name}</Typography>
                  {!township && <Typography variant="caption" color="text.secondary">{row.township.name}</Typography>}
                </TableCell>
                {row.months.map((s, i) => (
                  <TableCell key={i} align="center" sx={{ px: 0.5 }}>
                    <StatusCell status={s} title={cellTitle(row, matrix.months[i])} onClick={() => open(row, matrix.months[i])} testId={`cell-${matrix.months[i]}`} />
                  </TableCell>
                ))}
                <TableCell align="right">{perMilleText(row.attendance.perMille)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination component="div" count={matrix?.total ?? 0} page={paging.page} rowsPerPage={paging.perPage} rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_, p) => paging.setPage(p)} onRowsPerPageChange={(e) => paging.setPerPage(Number(e.target.value))} labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) => `${from}–${to} / ${count}`} />
    </Box>
  );
};

/** Is period `period` (2026-03, 2026-Q1, 2026-H1, 2026) due in `month`, i.e. does it end then? */
function dueIn(period: string, month: string): boolean {
  if (period === month) return true;
  if (period.slice(0, 4) !== month.slice(0, 4)) return false;
  const m = Number(month.slice(5));
  if (period.length === 4) return m === 12;
  if (period[5] === 'Q') return m === Number(period[6]) * 3;
  if (period[5] === 'H') return m === Number(period[6]) * 6;
  return false;
}
