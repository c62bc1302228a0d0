// 评分 (/theme-day-judging/:id): a judge's sheet — the nominations they may score (never their own
// township's), each theme day's facts and photos, a score per criterion; one request saves all.
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, ImageList, ImageListItem, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { Title, useNotify, useTranslate } from 'react-admin';
import { errorMessage } from '../points/api';
import { apiSend, useApiQuery } from '../meetings/api';
import type { Criterion } from './types';

interface Sheet {
  round: { id: string; name: string; state: string; criteria: Criterion[] };
  judge: { name: string; township: string | null };
  nominations: Array<{
    id: string; title: string; township: string | null; note: string | null;
    meeting: { organisation: string | null; heldOn: string; theme: string | null; topic: string | null; place: string | null; openToResidents: boolean; residentCount: number | null; outcome: string | null; due: number | null; present: number | null; photos: Array<{ id: number; name: string; url: string }> };
    scores: Record<string, number>;
  }>;
}

export const JudgingPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { data, isPending, error, refetch } = useApiQuery<Sheet>(`/theme-days/rounds/${encodeURIComponent(id)}/sheet`);
  const [scores, setScores] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const sheet = data?.data;
  useEffect(() => {
    if (sheet) setScores(Object.fromEntries(sheet.nominations.flatMap((n) => Object.entries(n.scores).map(([c, s]) => [`${n.id}|${c}`, String(s)]))));
  }, [sheet]);
  if (error) return <Alert severity="warning" sx={{ mt: 2 }}>{errorMessage(error)}</Alert>;
  if (isPending || !sheet) return <LinearProgress sx={{ mt: 2 }} />;
  const save = async () => {
    const list = Object.entries(scores).filter(([, v]) => v !== '').map(([k, v]) => {
      const [nomination, criterion] = k.split('|');
      return { nomination, criterion, score: Number(v) };
    });
    setSaving(true);
    try {
      await apiSend('PUT', `/theme-days/rounds/${encodeURIComponent(id)}/scores`, { scores: list });
      notify('app.theme_days.scores_saved', { type: 'success', messageArgs: { n: list.length } });
      refetch();
    } catch (e) {
      const message = errorMessage(e);
      notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: 10_000 });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 10, maxWidth: 860, overflowX: 'hidden' }}>
      <Title title="app.theme_days.judging_title" />
      <Typography variant="h6">{sheet.round.name}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('app.theme_days.judge_intro', { name: sheet.judge.name })}</Typography>
      <Stack spacing={2}>
        {sheet.nominations.map((n) => (
          <Card key={n.id} variant="outlined" data-testid="judging-card">
            <CardContent>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{n.meeting.theme || n.meeting.topic}</Typography>
              <Typography variant="body2" color="text.secondary">{n.township} · {n.meeting.organisation} · {n.meeting.heldOn}{n.meeting.place ? ` · ${n.meeting.place}` : ''}</Typography>
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {translate('app.meetings.due_present', { due: n.meeting.due ?? '—', present: n.meeting.present ?? '—' })}
                {n.meeting.openToResidents ? ` · ${translate('app.theme_days.open_residents', { n: n.meeting.residentCount ?? 0 })}` : ''}
              </Typography>
              {n.meeting.outcome && <Typography variant="body2" sx={{ mt: 0.5 }}>{n.meeting.outcome}</Typography>}
              {n.note && <Typography variant="caption" color="text.secondary">{translate('resources.theme-day-nominations.fields.note')}：{n.note}</Typography>}
              {n.meeting.photos.length > 0 && (
                <ImageList cols={4} gap={6} sx={{ my: 1 }}>
                  {n.meeting.photos.map((p) => <ImageListItem key={p.id}><img src={p.url} alt={p.name} loading="lazy" style={{ borderRadius: 4 }} /></ImageListItem>)}
                </ImageList>
              )}
              <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
                {sheet.round.criteria.map((c) => (
                  <TextField key={c.code} size="small" type="number" label={`${c.name}（0–${c.max}）`} value={scores[`${n.id}|${c.code}`] ?? ''}
                    onChange={(e) => setScores((s) => ({ ...s, [`${n.id}|${c.code}`]: e.target.value }))} slotProps={{ htmlInput: { min: 0, max: c.max, step: 1 } }} sx={{ width: 150 }} />
                ))}
              </Stack>
            </CardContent>
          </Card>
        ))}
        {!sheet.nominations.length && <Alert severity="info">{translate('app.theme_days.nothing_to_score')}</Alert>}
      </Stack>
      <Box sx={{ position: 'fixed', left: 0, right: 0, bottom: 0, p: 1, bgcolor: 'background.paper', boxShadow: 6, display: 'flex', justifyContent: 'flex-end', zIndex: 10 }}>
        <Button variant="contained" disabled={saving || sheet.round.state !== 'judging'} onClick={save}>{translate('app.theme_days.save_scores')}</Button>
      </Box>
    </Box>
  );
};
