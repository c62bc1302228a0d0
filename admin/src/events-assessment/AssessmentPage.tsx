// The county centre's assessment of command and dispatch: per township or per county department for
// a month — volume, open, overdue, returned and the rates of config/dispatch-rules.json (办结率,
// 满意率, 退件率, 按时率 with open overdue items as late), as a table and a chart (chart.js).
import { useState } from 'react';
import { Alert, Box, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { BarChart } from '../dashboard/BarChart';
import type { Role } from '../types';
import { useApiQuery } from '../events-board/api';

interface Rate { num: number; den: number; permille: number | null }
interface Row { unitId: number; id: string; name: string; counts: Record<string, number>; volume: number; open: number; rates: Record<string, Rate>; satisfactionAvgTenths: number | null }
interface Assessment { month: string; by: string; formulas: Array<{ code: string; label: string }>; rows: Row[]; total: { counts: Record<string, number>; volume: number; open: number; rates: Record<string, Rate> } }

const pct = (p: number | null | undefined) => (p == null ? '—' : `${(p / 10).toFixed(1)}%`);
const COLORS = ['#c62828', '#1565c0', '#ef6c00', '#2e7d32'];
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

export const AssessmentPage = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const [month, setMonth] = useState(thisMonth());
  const [by, setBy] = useState<'township' | 'department'>(role === 'department' ? 'department' : 'township');
  const { data, error } = useApiQuery<Assessment>('/event-reports/assessment', { month, by });
  const a = data?.data;
  const active = a?.rows.filter((r) => r.volume > 0) ?? [];
  return (
    <Box sx={{ mt: 2, mb: 2, minWidth: 0 }} data-testid="events-assessment">
      <Title title={translate('app.events.assessment_title')} />
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <TextField type="month" size="small" label={translate('app.events.month')} value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} />
        {role === 'county' && (
          <ToggleButtonGroup size="small" exclusive value={by} onChange={(_e, v) => v && setBy(v)}>
            <ToggleButton value="township">{translate('app.events.by_township')}</ToggleButton>
            <ToggleButton value="department">{translate('app.events.by_department')}</ToggleButton>
          </ToggleButtonGroup>
        )}
      </Stack>
      {error && <Alert severity="error">{(error as any)?.body?.message ?? String(error)}</Alert>}
      {a && (
        <>
          <Card variant="outlined" sx={{ mb: 2, overflowX: 'auto' }}>
            <Table size="small" data-testid="assessment-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.events.unit')}</TableCell>
                  <TableCell align="right">{translate('app.events.volume')}</TableCell>
                  <TableCell align="right">{translate('app.events.open')}</TableCell>
                  <TableCell align="right">{translate('app.events.open_overdue')}</TableCell>
                  <TableCell align="right">{translate('app.events.returned')}</TableCell>
                  {a.formulas.map((f) => <TableCell key={f.code} align="right">{f.label}</TableCell>)}
                  <TableCell align="right">{translate('app.events.satisfaction_avg')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {a.rows.map((r) => (
                  <TableRow key={r.id} hover>
                    <TableCell>{r.name}</TableCell>
                    <TableCell align="right">{r.volume}</TableCell>
                    <TableCell align="right">{r.open}</TableCell>
                    <TableCell align="right" sx={{ color: r.counts.open_overdue ? 'error.main' : undefined }}>{r.counts.open_overdue ?? 0}</TableCell>
                    <TableCell align="right">{r.counts.returned ?? 0}</TableCell>
                    {a.formulas.map((f) => <TableCell key={f.code} align="right">{pct(r.rates[f.code]?.permille)}</TableCell>)}
                    <TableCell align="right">{r.satisfactionAvgTenths == null ? '—' : (r.satisfactionAvgTenths / 10).toFixed(1)}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell sx={{ fontWeight: 600 }}>{translate('app.events.total')}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>{a.total.volume}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>{a.total.open}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>{a.total.counts.open_overdue ?? 0}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>{a.total.counts.returned ?? 0}</TableCell>
                  {a.formulas.map((f) => <TableCell key={f.code} align="right" sx={{ fontWeight: 600 }}>{pct(a.total.rates[f.code]?.permille)}</TableCell>)}
                  <TableCell />
                </TableRow>
              </TableBody>
            </Table>
          </Card>
          {active.length > 0 && (
            <Card variant="outlined">
              <CardContent>
                <Typography variant="h6" gutterBottom>{translate('app.events.rates_chart')}</Typography>
                <BarChart testId="assessment-chart" labels={active.map((r) => r.name)} linkOf={() => null} format={(v) => `${v.toFixed(1)}%`}
                  series={a.formulas.map((f, i) => ({ label: f.label, color: COLORS[i % COLORS.length], values: active.map((r) => (r.rates[f.code]?.permille ?? 0) / 10) }))} />
              </CardContent>
            </Card>
          )}
        </>
      )}
    </Box>
  );
};
