// Who was due and how each attended, as the meeting's page shows it (read-only).
import { Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Section } from '../common/Section';
import type { AttendanceSheet, Meeting } from '../types';
import { useApiQuery } from './api';

const COLORS = { present: 'success', excused: 'warning', absent: 'error' } as const;

export const AttendanceSummary = () => {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  const { data, isPending } = useApiQuery<AttendanceSheet>(`/meetings/${encodeURIComponent(String(record?.id ?? ''))}/attendance`, {}, { enabled: !!record });
  if (!record) return null;
  const sheet = data?.data;
  return (
    <Section title="app.meetings.attendance">
      {isPending && <LinearProgress />}
      {sheet && (
        <>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }} data-testid="attendance-counts">
            <Chip label={translate('app.meetings.count_due', { n: sheet.counts.due })} />
            <Chip color="success" label={translate('app.meetings.count_present', { n: sheet.counts.present })} />
            <Chip color="warning" label={translate('app.meetings.count_excused', { n: sheet.counts.excused })} />
            <Chip color="error" label={translate('app.meetings.count_absent', { n: sheet.counts.absent })} />
            {sheet.counts.unrecorded > 0 && <Chip variant="outlined" label={translate('app.meetings.count_unrecorded', { n: sheet.counts.unrecorded })} />}
          </Stack>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.members.fields.name')}</TableCell>
                <TableCell>{translate('resources.meeting-attendances.fields.status')}</TableCell>
                <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{translate('resources.meeting-attendances.fields.reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sheet.records.map((r) => (
                <TableRow key={r.member}>
                  <TableCell>{r.name}{r.memberStatus === 'probationary' && <Typography component="span" variant="caption" color="text.secondary">（{translate('resources.members.enums.status.probationary')}）</Typography>}</TableCell>
                  <TableCell>{r.status ? <Chip size="small" color={COLORS[r.status]} label={translate(`resources.meeting-attendances.enums.status.${r.status}`)} /> : '—'}</TableCell>
                  <TableCell sx={{ display: { xs: 'none', sm: 'table-cell' } }}>{r.reason ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Section>
  );
};
