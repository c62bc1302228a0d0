// A grid worker's phone view (375 px wide): pick the grid, report an event with a photo (uploaded
// first, then linked by id, private like other evidence), log a visit (四个一), and see who in the
// grid is overdue against the cadence of their role.
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { Title, useGetList, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { dataProvider } from '../dataProvider';
import { uploadEvidence } from '../points-entries/uploadEvidence';
import { apiSend, useApiQuery } from '../events-board/api';

const SOURCES = ['grid_phone', 'snapshot', 'app', 'talk_day', 'hotline'];
const CATEGORIES = ['环境卫生', '违章搭建', '矛盾纠纷', '道路交通', '安全隐患', '民生服务', '市容秩序', '农业农村', '水利河道', '生态环境', '食品市场'];
const ROLES: Array<[string, string]> = [['grid_worker', '专职网格员'], ['grid_chief', '网格长'], ['police', '网格警员'], ['instructor', '网格指导员'], ['village_cadre', '村（居）干部'], ['volunteer', '志愿者']];

interface Visits {
  persons: Array<{ person: string; roleLabel: string; visits: number; lastVisit: string | null; overdue: boolean; findings: string[] }>;
  overdue: number;
}

export const GridPhone = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const client = useQueryClient();
  const { identity } = useGetIdentity();
  const grids = useGetList('grids', { pagination: { page: 1, perPage: 200 }, sort: { field: 'code', order: 'ASC' } });
  const [grid, setGrid] = useState('');
  useEffect(() => {
    if (!grid && grids.data?.length) setGrid(String(grids.data[0].id));
  }, [grid, grids.data]);
  const [source, setSource] = useState('grid_phone');
  const [category, setCategory] = useState(CATEGORIES[0]);
  const [description, setDescription] = useState('');
  const [reporter, setReporter] = useState('');
  const [phone, setPhone] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [person, setPerson] = useState('');
  const [role, setRole] = useState('grid_worker');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!person && identity?.fullName) setPerson(String(identity.fullName));
  }, [identity, person]);
  // Through today, so a visit just logged shows at once (the server's default is yesterday, the last finished day).
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const visits = useApiQuery<Visits>('/event-reports/visits', { grid, days: 30, through: today }, { enabled: !!grid });

  const fail = (e: any) => notify(e?.body?.message ?? e?.message ?? String(e), { type: 'error' });
  const report = async () => {
    setBusy(true);
    try {
      const photos = photo ? [(await uploadEvidence(photo)).id] : [];
      const res = await apiSend<{ code: string }>('POST', '/events/report', { grid, source, category, description, reporterName: reporter || undefined, reporterPhone: phone || undefined, photos });
      notify(translate('app.events.report_done', { code: res.code }), { type: 'success' });
      setDescription('');
      setPhoto(null);
      await client.invalidateQueries({ queryKey: ['meetings-api'] });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const visit = async () => {
    setBusy(true);
    try {
      await dataProvider.create('grid-visits', { data: { grid, person, role, visitedAt: new Date().toISOString() } });
      notify('app.events.visit_done', { type: 'success' });
      await client.invalidateQueries({ queryKey: ['meetings-api'] });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 1, mb: 2, maxWidth: 480, width: '100%', minWidth: 0 }} data-testid="grid-phone">
      <Title title={translate('app.events.phone_title')} />
      <TextField select fullWidth size="small" label={translate('app.events.grid')} value={grid} onChange={(e) => setGrid(e.target.value)} sx={{ mb: 2 }}>
        {(grids.data ?? []).map((g: any) => <MenuItem key={g.id} value={String(g.id)}>{g.name}</MenuItem>)}
      </TextField>
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('app.events.report')}</Typography>
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={1}>
              <TextField select size="small" fullWidth label={translate('app.events.source')} value={source} onChange={(e) => setSource(e.target.value)}>
                {SOURCES.map((s) => <MenuItem key={s} value={s}>{translate(`resources.events.enums.source.${s}`)}</MenuItem>)}
              </TextField>
              <TextField select size="small" fullWidth label={translate('app.events.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
                {CATEGORIES.map((c) => <MenuItem key={c} value={c}>{c}</MenuItem>)}
              </TextField>
            </Stack>
            <TextField multiline minRows={3} fullWidth label={translate('app.events.description')} value={description} onChange={(e) => setDescription(e.target.value)} data-testid="report-description" />
            <Stack direction="row" spacing={1}>
              <TextField size="small" fullWidth label={translate('app.events.reporter')} value={reporter} onChange={(e) => setReporter(e.target.value)} />
              <TextField size="small" fullWidth label={translate('app.events.phone')} value={phone} onChange={(e) => setPhone(e.target.value)} />
            </Stack>
            <Button component="label" variant="outlined">
              {photo ? photo.name : translate('app.events.photo')}
              <input hidden type="file" accept="image/*" capture="environment" data-testid="report-photo" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} />
            </Button>
            <Button variant="contained" size="large" disabled={busy || !grid || !description.trim()} onClick={report} data-testid="report-submit">{translate('app.events.report')}</Button>
          </Stack>
        </CardContent>
      </Card>
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('app.events.visit')}</Typography>
          <Stack direction="row" spacing={1} sx={{ mb: 1.5 }}>
            <TextField size="small" fullWidth label={translate('app.events.person')} value={person} onChange={(e) => setPerson(e.target.value)} />
            <TextField select size="small" fullWidth label={translate('app.events.role')} value={role} onChange={(e) => setRole(e.target.value)}>
              {ROLES.map(([code, label]) => <MenuItem key={code} value={code}>{label}</MenuItem>)}
            </TextField>
          </Stack>
          <Button fullWidth variant="contained" color="secondary" disabled={busy || !grid || !person.trim()} onClick={visit} data-testid="visit-submit">{translate('app.events.visit')}</Button>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('app.events.visits_title')}</Typography>
          {visits.data && (
            <Alert severity={visits.data.data.overdue ? 'warning' : 'success'} sx={{ mb: 1 }}>
              {visits.data.data.overdue ? `${translate('app.events.visits_overdue')}：${visits.data.data.overdue}` : translate('app.events.visits_ok')}
            </Alert>
          )}
          <Stack spacing={1}>
            {visits.data?.data.persons.map((p) => (
              <Box key={`${p.roleLabel}${p.person}`} data-testid="visit-person">
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <Typography variant="subtitle2">{p.person}</Typography>
                  <Chip size="small" label={p.roleLabel} />
                  {p.overdue && <Chip size="small" color="error" label={translate('app.events.overdue')} />}
                  <Typography variant="body2" color="text.secondary">{translate('app.events.visits_count')} {p.visits} · {translate('app.events.last_visit')} {p.lastVisit ?? '—'}</Typography>
                </Stack>
                {p.findings.slice(0, 2).map((f) => <Typography key={f} variant="caption" color="error" component="div">{f}</Typography>)}
              </Box>
            ))}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
