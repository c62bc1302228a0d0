// 窗口工作台 (/service-desk): a hall window's screen. Receive a case in one form (Enter submits,
// "/" jumps back to the item), and work the hall's open cases from the keyboard: ↑/↓ choose a
// case, F or Enter finishes it (办结), R returns it with a reason (退件), and 1–5 records the
// applicant's satisfaction for the case just finished. Two steps, never a third: the server refuses.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Title, useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import {
  Alert, Autocomplete, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, Table, TableBody,
  TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { errorMessage } from '../points/api';
import { finishCase, rateCase, returnCase } from './api';

interface Item { id: string; code: string; name: string; timeLimitDays: number; onSiteCheck: boolean }
interface Hall { id: string; name: string; windows?: Array<{ kind: string; name: string }> | null }
interface OpenCase { id: string; code: string; item: string; applicantName: string; receivedAt: string; dueOn: string; windowName?: string | null }

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const time = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

export const ServiceDesk = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const halls = useGetList<Hall>('service-halls', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const [hallId, setHallId] = useState<string>('');
  const hall = halls.data?.find((h) => h.id === hallId) ?? halls.data?.[0];
  useEffect(() => { if (!hallId && halls.data?.length) setHallId(halls.data[0].id); }, [halls.data, hallId]);
  const items = useGetList<Item>('approval-items', { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'ASC' }, filter: { active: true } });
  const itemName = useMemo(() => new Map((items.data ?? []).map((i) => [i.id, i.name])), [items.data]);
  const open = useGetList<OpenCase>('approval-cases', {
    pagination: { page: 1, perPage: 100 }, sort: { field: 'dueOn', order: 'ASC' }, filter: { hall: hall?.id, status: 'received' },
  }, { enabled: !!hall });

  // The receive form
  const [item, setItem] = useState<Item | null>(null);
  const [windowName, setWindowName] = useState('');
  const [applicantName, setApplicantName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [refuseOpen, setRefuseOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const itemInput = useRef<HTMLInputElement>(null);
  const windows = hall?.windows ?? [];
  useEffect(() => { if (!windowName && windows.length) setWindowName(windows[0].name); }, [windows, windowName]);

  const submit = async (status: 'received' | 'refused', reason?: string) => {
    if (!hall || !item) { notify('app.services.desk.pick_item', { type: 'warning' }); return; }
    setBusy(true);
    try {
      const { data } = await dataProvider.create('approval-cases', {
        data: { hall: hall.id, item: item.id, windowName: windowName || null, applicantName, applicantIdNumber: idNumber || null, applicantPhone: phone || null, status, reason },
      });
      notify(status === 'received' ? 'app.services.desk.received' : 'app.services.desk.refused', { type: 'success', messageArgs: { code: data.code, due: data.dueOn ?? '' } });
      setItem(null); setApplicantName(''); setIdNumber(''); setPhone('');
      open.refetch();
      itemInput.current?.focus();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => { e.preventDefault(); if (!busy) submit('received'); };

  // The open cases, from the keyboard
  const rows = open.data ?? [];
  const [selected, setSelected] = useState(0);
  const [lastFinished, setLastFinished] = useState<OpenCase | null>(null);
  const [returning, setReturning] = useState<OpenCase | null>(null);
  const [reason, setReason] = useState('');
  const step = useCallback(async (fn: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try { await fn(); notify(done, { type: 'success' }); open.refetch(); } catch (e) { notify(errorMessage(e), { type: 'error' }); } finally { setBusy(false); }
  }, [notify, open]);
  const finish = (c: OpenCase) => step(async () => { await finishCase(c.id); setLastFinished(c); }, 'app.services.desk.finished');
  const rate = (score: number) => lastFinished && step(async () => { await rateCase(lastFinished.id, score); setLastFinished(null); }, 'app.services.desk.rated');
  const onKey = (e: KeyboardEvent) => {
    if (busy || returning) return;
    const c = rows[selected];
    if (e.key === 'ArrowDown') { setSelected((s) => Math.min(s + 1, rows.length - 1)); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { setSelected((s) => Math.max(s - 1, 0)); e.preventDefault(); }
    else if ((e.key === 'f' || e.key === 'F' || e.key === 'Enter') && c) { finish(c); e.preventDefault(); }
    else if ((e.key === 'r' || e.key === 'R') && c) { setReturning(c); setReason(''); e.preventDefault(); }
    else if (/^[1-5]$/.test(e.key) && lastFinished) { rate(Number(e.key)); e.preventDefault(); }
  };
  useEffect(() => {
    const slash = (e: globalThis.KeyboardEvent) => {
      if (e.key === '/' && !(e.target instanceof HTMLInputElement) && !(e.target instanceof HTMLTextAreaElement)) { e.preventDefault(); itemInput.current?.focus(); }
    };
    window.addEventListener('keydown', slash);
    return () => window.removeEventListener('keydown', slash);
  }, []);

  const day = today();
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }} data-testid="service-desk">
      <Title title={translate('app.services.desk.title')} />
      <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ alignItems: "flex-start" }}>
        <Card sx={{ flex: '0 0 380px', maxWidth: '100%' }}>
          <CardContent>
            <Typography variant="h6" gutterBottom>{translate('app.services.desk.receive')}</Typography>
            {halls.data && halls.data.length > 1 && (
              <TextField select fullWidth size="small" margin="dense" label={translate('resources.approval-cases.fields.hall')} value={hall?.id ?? ''} onChange={(e) => setHallId(e.target.value)}>
                {halls.data.map((h) => <MenuItem key={h.id} value={h.id}>{h.name}</MenuItem>)}
              </TextField>
            )}
            {halls.data?.length === 0 && <Alert severity="info">{translate('app.services.desk.no_hall')}</Alert>}
            <form onSubmit={onSubmit}>
              <Autocomplete
                options={items.data ?? []} value={item} onChange={(_, v) => setItem(v)} autoHighlight
                getOptionLabel={(o) => `${o.name}（${o.timeLimitDays === 0 ? translate('app.services.desk.same_day') : translate('app.services.desk.days', { n: o.timeLimitDays })}）`}
                renderInput={(params) => <TextField {...params} inputRef={itemInput} autoFocus size="small" margin="dense" label={translate('resources.approval-cases.fields.item')} />}
              />
              {windows.length > 0 && (
                <TextField select fullWidth size="small" margin="dense" label={translate('resources.approval-cases.fields.windowName')} value={windowName} onChange={(e) => setWindowName(e.target.value)}>
                  {windows.map((w) => <MenuItem key={w.name} value={w.name}>{w.name}</MenuItem>)}
                </TextField>
              )}
              <TextField fullWidth size="small" margin="dense" required label={translate('resources.approval-cases.fields.applicantName')} value={applicantName} onChange={(e) => setApplicantName(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'desk-applicant' } }} />
              <TextField fullWidth size="small" margin="dense" label={translate('resources.approval-cases.fields.applicantIdNumber')} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'desk-id-number', maxLength: 18 } }} />
              <TextField fullWidth size="small" margin="dense" label={translate('resources.approval-cases.fields.applicantPhone')} value={phone} onChange={(e) => setPhone(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'desk-phone' } }} />
              <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
                <Button type="submit" variant="contained" disabled={busy} data-testid="desk-receive">{translate('app.services.desk.receive_button')}</Button>
                <Button variant="outlined" color="warning" disabled={busy} onClick={() => { setReason(''); setRefuseOpen(true); }}>{translate('app.services.desk.refuse_button')}</Button>
              </Stack>
              <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>{translate('app.services.desk.form_keys')}</Typography>
            </form>
          </CardContent>
        </Card>
        <Card sx={{ flex: 1, minWidth: 0, width: '100%' }}>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: "center" }}>
              <Typography variant="h6">{translate('app.services.desk.open_cases', { n: open.total ?? rows.length })}</Typography>
              {hall && <Chip size="small" label={hall.name} />}
            </Stack>
            <Typography variant="caption" color="text.secondary">{translate('app.services.desk.list_keys')}</Typography>
            {lastFinished && (
              <Alert severity="success" sx={{ my: 1 }} data-testid="desk-rate">
                {translate('app.services.desk.rate_prompt', { code: lastFinished.code })}
                <Stack direction="row" spacing={0.5} sx={{ mt: 0.5 }}>
                  {[1, 2, 3, 4, 5].map((n) => <Button key={n} size="small" variant="outlined" onClick={() => rate(n)}>{n}</Button>)}
                  <Button size="small" onClick={() => setLastFinished(null)}>{translate('app.services.desk.skip')}</Button>
                </Stack>
              </Alert>
            )}
            <Box tabIndex={0} onKeyDown={onKey} data-testid="desk-open-cases" sx={{ outline: 'none', '&:focus-within': { boxShadow: (t) => `inset 0 0 0 2px ${t.palette.primary.light}` }, overflowX: 'auto' }}>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.approval-cases.fields.code')}</TableCell>
                    <TableCell>{translate('resources.approval-cases.fields.item')}</TableCell>
                    <TableCell>{translate('resources.approval-cases.fields.applicantName')}</TableCell>
                    <TableCell>{translate('resources.approval-cases.fields.receivedAt')}</TableCell>
                    <TableCell>{translate('resources.approval-cases.fields.dueOn')}</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((c, i) => (
                    <TableRow key={c.id} hover selected={i === selected} onClick={() => setSelected(i)} data-testid="desk-open-row" data-code={c.code}>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{c.code}</TableCell>
                      <TableCell>{itemName.get(c.item) ?? ''}</TableCell>
                      <TableCell>{c.applicantName}</TableCell>
                      <TableCell>{time(c.receivedAt)}</TableCell>
                      <TableCell>
                        {c.dueOn}
                        {c.dueOn < day && <Chip size="small" color="error" label={translate('app.services.desk.overdue')} sx={{ ml: 0.5 }} />}
                        {c.dueOn === day && <Chip size="small" color="warning" label={translate('app.services.desk.due_today')} sx={{ ml: 0.5 }} />}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Button size="small" variant="contained" disabled={busy} onClick={() => finish(c)} data-testid="desk-finish">{translate('app.services.desk.finish_button')}</Button>
                        <Button size="small" color="warning" disabled={busy} onClick={() => { setReturning(c); setReason(''); }}>{translate('app.services.desk.return_button')}</Button>
                      </TableCell>
                    </TableRow>
                  ))}
                  {!rows.length && !open.isPending && <TableRow><TableCell colSpan={6}><Typography color="text.secondary">{translate('app.services.desk.none_open')}</Typography></TableCell></TableRow>}
                </TableBody>
              </Table>
            </Box>
          </CardContent>
        </Card>
      </Stack>
      <Dialog open={!!returning || refuseOpen} onClose={() => { setReturning(null); setRefuseOpen(false); }} fullWidth maxWidth="xs">
        <form onSubmit={(e) => {
          e.preventDefault();
          if (returning) { const c = returning; setReturning(null); step(() => returnCase(c.id, reason), 'app.services.desk.returned'); }
          else { setRefuseOpen(false); submit('refused', reason); }
        }}>
          <DialogTitle>{translate(returning ? 'app.services.desk.return_title' : 'app.services.desk.refuse_title')}</DialogTitle>
          <DialogContent>
            <TextField autoFocus fullWidth multiline minRows={2} margin="dense" label={translate('resources.approval-cases.fields.reason')} value={reason} onChange={(e) => setReason(e.target.value)} />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => { setReturning(null); setRefuseOpen(false); }}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" color="warning">{translate('ra.action.confirm')}</Button>
          </DialogActions>
        </form>
      </Dialog>
    </Box>
  );
};
