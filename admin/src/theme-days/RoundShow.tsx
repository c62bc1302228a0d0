// A round: its settings and state, what the caller can do next (the county moves it on, townships
// nominate, judges score), the nominations in the caller's scope, and the published ranking.
import { useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { Link, Show, useDelete, useNotify, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../points/api';
import { apiSend, useApiQuery } from '../meetings/api';
import { NominateDialog } from './NominateDialog';
import { StateChip } from './RoundList';
import { hundredths, type RoundOverview } from './types';

const NEXT = { draft: ['open', 'app.theme_days.open'], open: ['start-judging', 'app.theme_days.start_judging'], judging: ['publish', 'app.theme_days.publish'] } as const;

const Overview = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const { permissions: role } = usePermissions();
  const [nominating, setNominating] = useState(false);
  const [remove] = useDelete();
  const { data, isPending, error, refetch } = useApiQuery<RoundOverview>(`/theme-days/rounds/${encodeURIComponent(String(record?.id ?? ''))}`, {}, { enabled: !!record });
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  if (isPending || !data) return <LinearProgress />;
  const r = data.data;
  const move = async (action: string) => {
    try {
      await apiSend('POST', `/theme-days/rounds/${encodeURIComponent(r.id)}/${action}`);
      notify('app.theme_days.moved', { type: 'success' });
      refetch();
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    }
  };
  const withdraw = async (id: string) => {
    try {
      await remove('theme-day-nominations', { id }, { returnPromise: true, mutationMode: 'pessimistic' } as never);
      refetch();
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message } });
    }
  };
  const next = r.state !== 'published' ? NEXT[r.state] : null;
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6">{r.name}</Typography>
        <StateChip state={r.state} />
        <Typography variant="body2" color="text.secondary">{r.periodStart} – {r.periodEnd}</Typography>
        <Box sx={{ flex: 1 }} />
        {role === 'county' && next && <Button variant="contained" onClick={() => move(next[0])}>{translate(next[1])}</Button>}
        {role === 'county' && (r.state === 'draft' || r.state === 'open') && <Button component={Link} to={`/theme-day-rounds/${r.id}`}>{translate('ra.action.edit')}</Button>}
        {r.me.mayNominate && <Button variant="outlined" onClick={() => setNominating(true)}>{translate('app.theme_days.nominate')}</Button>}
        {r.me.judge && r.state === 'judging' && <Button variant="contained" color="secondary" onClick={() => navigate(`/theme-day-judging/${r.id}`)}>{translate('app.theme_days.score')}</Button>}
      </Stack>
      <Card variant="outlined"><CardContent>
        <Typography variant="subtitle2" gutterBottom>{translate('resources.theme-day-rounds.fields.criteria')}</Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {r.criteria.map((c) => <Chip key={c.code} label={translate('app.theme_days.criterion', { name: c.name, weight: c.weight, max: c.max })} />)}
        </Stack>
        <Typography variant="subtitle2" sx={{ mt: 2 }} gutterBottom>{translate('resources.theme-day-rounds.fields.judges')}</Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {r.judges.map((j) => <Chip key={j.name} variant="outlined" label={`${j.name}${j.township ? `（${j.township}）` : ''}${j.toScore != null ? ` ${j.scored}/${j.toScore}` : ''}`} />)}
          {!r.judges.length && <Typography variant="body2" color="text.secondary">—</Typography>}
        </Stack>
      </CardContent></Card>
      {r.ranking && (
        <Card variant="outlined"><CardContent>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }} gutterBottom>{translate('app.theme_days.ranking')}</Typography>
          <Table size="small" data-testid="theme-day-ranking">
            <TableHead><TableRow>
              <TableCell>{translate('app.ranking.rank')}</TableCell>
              <TableCell>{translate('app.theme_days.entry')}</TableCell>
              <TableCell align="right">{translate('app.theme_days.average')}</TableCell>
              <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{translate('app.theme_days.judges_count')}</TableCell>
            </TableRow></TableHead>
            <TableBody>
              {r.ranking.map((x) => (
                <TableRow key={x.nomination}>
                  <TableCell>{x.rank ?? '—'}{x.tiedWithPrevious ? '*' : ''}</TableCell>
                  <TableCell><Typography variant="body2">{x.title}</Typography><Typography variant="caption" color="text.secondary">{x.township}</Typography></TableCell>
                  <TableCell align="right">{hundredths(x.averageHundredths)}</TableCell>
                  <TableCell align="right" sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{x.judges}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent></Card>
      )}
      <Card variant="outlined"><CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }} gutterBottom>{translate('app.theme_days.nominations', { n: r.nominationCount })}</Typography>
        {!r.nominations.length && <Typography variant="body2" color="text.secondary">{translate('app.theme_days.no_nominations')}</Typography>}
        <Stack spacing={1}>
          {r.nominations.map((n) => (
            <Stack key={n.id} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Link to={`/meetings/${n.meeting}/show`}>{n.title}</Link>
                <Typography variant="caption" color="text.secondary" component="p">{n.township}{n.note ? ` · ${n.note}` : ''}</Typography>
              </Box>
              {r.state === 'open' && (role === 'county' || role === 'township') && <Button size="small" onClick={() => withdraw(n.id)}>{translate('app.theme_days.withdraw')}</Button>}
            </Stack>
          ))}
        </Stack>
      </CardContent></Card>
      {nominating && <NominateDialog round={r} open onClose={() => setNominating(false)} onDone={() => refetch()} />}
    </Stack>
  );
};

export const RoundShow = () => (
  <Show actions={false}>
    <Overview />
  </Show>
);
