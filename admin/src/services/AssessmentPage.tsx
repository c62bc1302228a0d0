// 审批服务考核 (/services-assessment): per township and month, volume, 办结率, 按时率 (open cases past
// their due day count as late), 满意率 and 退件率, from the server's kept monthly totals.
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Card, LinearProgress, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { errorMessage } from '../points/api';
import { getAssessment } from './api';

const RATES = ['completion_rate', 'on_time_rate', 'satisfaction_rate', 'return_rate'] as const;

export const AssessmentPage = () => {
  const translate = useTranslate();
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [month, setMonth] = useState('');
  const { data, isPending, error } = useQuery({ queryKey: ['services-assessment', year, month], queryFn: () => getAssessment(year, month || undefined), retry: false });
  const rows = data?.data.rows ?? [];
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="services-assessment">
      <Title title={translate('app.services.assessment.title')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={translate('app.services.assessment.year')} value={year} onChange={(e) => { setYear(Number(e.target.value)); setMonth(''); }}>
          {[thisYear - 1, thisYear, thisYear + 1].map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        <TextField select size="small" sx={{ minWidth: 120 }} label={translate('app.services.assessment.month')} value={month} onChange={(e) => setMonth(e.target.value)}>
          <MenuItem value="">{translate('app.services.assessment.all_months')}</MenuItem>
          {Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
        </TextField>
      </Stack>
      {error && <Alert severity="warning">{errorMessage(error)}</Alert>}
      {isPending && <LinearProgress />}
      <Card>
        <TableContainer sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.townships.name', { smart_count: 1 })}</TableCell>
                <TableCell>{translate('app.services.assessment.month')}</TableCell>
                <TableCell align="right">{translate('app.services.assessment.volume')}</TableCell>
                <TableCell align="right">{translate('app.services.assessment.finished')}</TableCell>
                <TableCell align="right">{translate('app.services.assessment.open')}</TableCell>
                <TableCell align="right">{translate('app.services.assessment.overdue')}</TableCell>
                {RATES.map((r) => <TableCell key={r} align="right">{translate(`app.services.assessment.${r}`)}</TableCell>)}
                <TableCell align="right">{translate('app.services.assessment.average')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={`${r.township.id}:${r.month}`} hover data-testid="assessment-row" data-township={r.township.name}>
                  <TableCell>{r.township.name}</TableCell>
                  <TableCell>{r.month}</TableCell>
                  <TableCell align="right">{r.volume}</TableCell>
                  <TableCell align="right">{r.finished}</TableCell>
                  <TableCell align="right">{r.open}</TableCell>
                  <TableCell align="right" sx={{ color: r.openOverdue ? 'error.main' : undefined }}>{r.openOverdue}</TableCell>
                  {RATES.map((k) => <TableCell key={k} align="right" title={`${r.rates[k]?.num ?? 0}/${r.rates[k]?.den ?? 0}`}>{r.rates[k]?.text ?? '—'}</TableCell>)}
                  <TableCell align="right">{r.satisfactionAverage ?? '—'}</TableCell>
                </TableRow>
              ))}
              {!rows.length && !isPending && <TableRow><TableCell colSpan={11}>{translate('app.services.assessment.empty')}</TableCell></TableRow>}
            </TableBody>
          </Table>
        </TableContainer>
      </Card>
    </Box>
  );
};
