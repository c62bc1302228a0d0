// 批量导入 (/import): members or grid staff from an .xlsx. Download the template, choose a file, 检查
// (every row checked, problems listed per row, nothing written), then 导入 (all rows or none, with a
// progress bar while the server writes). The same file imported twice adds nothing the second time.
import { useState, type ChangeEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, LinearProgress, List, ListItem, ListItemText, MenuItem, Stack, TextField, Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Title, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useSchema } from '../schema/useSchema';
import { downloadWithToken } from '../export/download';
import { checkImport, commitImport, ImportError, type ImportKind, type ImportResult, type ImportSummary } from './api';
import { ProblemTable } from './ProblemTable';

const KINDS: ImportKind[] = ['members', 'grid-staffs'];
const MAX_BYTES = 20 * 1024 * 1024;

type Phase = { step: 'idle' } | { step: 'upload'; percent: number } | { step: 'checking' } | { step: 'writing'; done: number; total: number };

const size = (bytes: number) => (bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export const ImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [params, setParams] = useSearchParams();
  const { data: schema } = useSchema();
  const allowed = KINDS.filter((k) => schema?.resources.find((r) => r.name === k)?.permissions.create);
  const kind = (allowed.includes(params.get('kind') as ImportKind) ? params.get('kind') : allowed[0]) as ImportKind | undefined;
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [checked, setChecked] = useState<ImportSummary | null>(null);
  const [refused, setRefused] = useState<ImportError | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const busy = phase.step !== 'idle';

  const reset = () => {
    setChecked(null);
    setRefused(null);
    setDone(null);
  };
  const choose = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0] ?? null;
    e.target.value = '';
    reset();
    if (f && f.size > MAX_BYTES) {
      setFile(null);
      setRefused(new ImportError(translate('app.import.too_large')));
      return;
    }
    setFile(f);
  };
  const onUpload = (percent: number) => setPhase(percent < 100 ? { step: 'upload', percent } : { step: 'checking' });
  const check = async () => {
    if (!file || !kind) return;
    reset();
    setPhase({ step: 'upload', percent: 0 });
    try {
      setChecked(await checkImport(kind, file, onUpload));
    } catch (error) {
      setRefused(error as ImportError);
    } finally {
      setPhase({ step: 'idle' });
    }
  };
  const commit = async () => {
    if (!file || !kind) return;
    setPhase({ step: 'upload', percent: 0 });
    try {
      const result = await commitImport(kind, file, onUpload, (d, total) => setPhase({ step: 'writing', done: d, total }));
      setChecked(null);
      setDone(result);
      refresh();
    } catch (error) {
      setChecked(null);
      setRefused(error as ImportError);
      notify('app.import.failed', { type: 'error', messageArgs: { message: (error as Error).message } });
    } finally {
      setPhase({ step: 'idle' });
    }
  };

  if (!kind) return <Alert severity="info" sx={{ mt: 2 }}>{translate('ra.message.not_found')}</Alert>;
  const toDo = checked ? checked.create + checked.update : 0;
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, maxWidth: 960, minWidth: 0 }}>
      <Title title="app.import.title" />
      <Card>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">{translate('app.import.intro')}</Typography>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
              <TextField
                select size="small" label={translate('app.import.kind')} value={kind} disabled={busy} sx={{ minWidth: 200 }}
                onChange={(e) => { setParams({ kind: e.target.value }); setFile(null); reset(); }}
                slotProps={{ htmlInput: { 'data-testid': 'import-kind' } }}
              >
                {allowed.map((k) => <MenuItem key={k} value={k}>{translate(`resources.${k}.name`, { smart_count: 2 })}</MenuItem>)}
              </TextField>
              <Button startIcon={<DownloadIcon />} disabled={busy}
                onClick={() => downloadWithToken(`/api/imports/${kind}/template`, `${kind}.xlsx`).catch((e) => notify((e as Error).message, { type: 'error' }))}>
                {translate('app.import.template')}
              </Button>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
              <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={busy}>
                {translate('app.import.choose')}
                <input hidden type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={choose} data-testid="import-file" />
              </Button>
              {file && <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>{translate('app.import.chosen', { name: file.name, size: size(file.size) })}</Typography>}
            </Stack>
            <Stack direction="row" spacing={2}>
              <Button variant="contained" onClick={check} disabled={!file || busy} data-testid="import-check">{translate('app.import.check')}</Button>
              <Button variant="contained" color="success" onClick={commit} disabled={!file || busy || !checked || !toDo} data-testid="import-commit">{translate('app.import.commit')}</Button>
            </Stack>
            {phase.step !== 'idle' && (
              <Box data-testid="import-progress">
                <LinearProgress
                  variant={phase.step === 'checking' ? 'indeterminate' : 'determinate'}
                  value={phase.step === 'upload' ? phase.percent : phase.step === 'writing' ? (phase.total ? (phase.done / phase.total) * 100 : 0) : 0}
                />
                <Typography variant="caption">
                  {phase.step === 'upload' ? translate('app.import.uploading', { percent: phase.percent })
                    : phase.step === 'checking' ? translate('app.import.checking')
                      : translate('app.import.writing', { done: phase.done, total: phase.total })}
                </Typography>
              </Box>
            )}
            {checked && (
              <Alert severity={toDo ? 'success' : 'info'} data-testid="import-checked">
                {toDo ? translate('app.import.check_ok', checked) : translate('app.import.nothing_to_do')}
              </Alert>
            )}
            {checked && checked.preview.length > 0 && (
              <Box>
                <Typography variant="subtitle2">{translate('app.import.preview')}</Typography>
                <List dense sx={{ maxHeight: 300, overflow: 'auto' }}>
                  {checked.preview.map((p) => (
                    <ListItem key={p.row} disableGutters>
                      <ListItemText
                        primary={`${translate('app.import.row')} ${p.row} · ${translate(p.action === 'create' ? 'app.import.action_create' : 'app.import.action_update')} · ${p.label}`}
                        secondary={p.changed.length ? translate('app.import.changed', { fields: p.changed.join('、') }) : null}
                      />
                    </ListItem>
                  ))}
                </List>
              </Box>
            )}
            {refused && (
              <Alert severity="error" data-testid="import-refused">
                <AlertTitle>{refused.summary ? translate('app.import.problems') : refused.message}</AlertTitle>
                {refused.summary && refused.message}
              </Alert>
            )}
            {refused?.summary && <ProblemTable problems={refused.summary.problems} />}
            {refused?.summary && refused.summary.problemCount > refused.summary.problems.length && (
              <Typography variant="body2">{translate('app.import.more_problems', { count: refused.summary.problemCount - refused.summary.problems.length })}</Typography>
            )}
            {done && <Alert severity="success" data-testid="import-done">{translate('app.import.done', done)}</Alert>}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
