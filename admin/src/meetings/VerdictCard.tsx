// What finalising found: who was due and present, the quorum, warnings, and the points it posted.
import { Alert, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { Meeting } from '../types';

export const VerdictCard = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  const v = record?.verdict;
  if (!record || !v) return null;
  const p = v.points;
  return (
    <Section title="app.meetings.verdict">
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
        <Chip label={translate('app.meetings.due_present', { due: v.due, present: v.present })} />
        {v.base > 0 && <Chip color={v.quorumMet ? 'success' : 'error'} label={translate(v.quorumMet ? 'app.meetings.quorum_met' : 'app.meetings.quorum_not_met', { counted: v.counted, base: v.base, needed: v.needed })} />}
        <Chip color={record.counted ? 'success' : 'default'} variant="outlined" label={translate(record.counted ? 'app.meetings.counted' : 'app.meetings.not_counted')} />
      </Stack>
      {(v.findings ?? []).map((f, i) => <Alert key={i} severity={f.severity === 'error' ? 'error' : 'warning'} sx={{ mb: 1 }}>{f.message}</Alert>)}
      {p && (p.posted > 0 || p.reversed > 0 || p.withdrawn > 0 || p.capped.length > 0) && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.meetings.points_summary', { posted: p.posted, approved: p.approved, reversed: p.reversed, withdrawn: p.withdrawn, capped: p.capped.length })}
          {p.capped.length > 0 && ` ${translate('app.meetings.capped_names', { names: p.capped.slice(0, 5).map((c) => c.name).join('、') + (p.capped.length > 5 ? '…' : '') })}`}
        </Typography>
      )}
      {record.late && <Typography variant="body2" color="warning.main">{translate('app.meetings.late_note')}</Typography>}
    </Section>
  );
};
