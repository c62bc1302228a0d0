// One decision on one A4 page, printed by the browser: the matter, its rule, who was due, present and
// recused, each statement in order, the outcome, the 四议两公开 steps, and the verdict of the checks
// with the seal. The page has no app chrome; 打印 opens the browser's print dialog.
import { useParams } from 'react-router-dom';
import { Loading, useGetList, useGetOne, useTranslate } from 'react-admin';
import { Box, Button, GlobalStyles, Stack } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import type { PartyOrganisation } from '../types';
import { formatFen } from './money';
import { nameOf } from './fields';
import { fenOf, type Decision, type DecisionRule, type DecisionStep } from './types';

const cell = { border: '1px solid #999', padding: '3px 6px', verticalAlign: 'top' } as const;

export const DecisionPrint = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data: d, isPending } = useGetOne<Decision>('decisions', { id });
  const { data: rule } = useGetOne<DecisionRule>('decision-rules', { id: d?.rule ?? '' }, { enabled: !!d?.rule });
  const { data: org } = useGetOne<PartyOrganisation>('party-organisations', { id: d?.organisation ?? '' }, { enabled: !!d?.organisation });
  const { data: steps } = useGetList<DecisionStep>('decision-steps', { filter: { decision: id }, sort: { field: 'date', order: 'ASC' }, pagination: { page: 1, perPage: 10 } }, { enabled: d?.kind === 'village_matter' });
  if (isPending || !d) return <Loading />;
  const t = (key: string, options?: Record<string, unknown>) => translate(key, options);
  const e = (field: string, value: string | null | undefined) => (value ? t(`resources.decisions.enums.${field}.${value}`, { _: value }) : '—');
  const names = (list: string[] | null | undefined) => (list?.length ? list.map((m) => nameOf(d, m)).join('、') : '—');
  const fen = fenOf(d.amountFen);
  const check = d.check;
  return (
    <Box sx={{ p: { xs: 2, sm: 4 }, maxWidth: '210mm', mx: 'auto', fontSize: 13, lineHeight: 1.5, color: '#000', bgcolor: '#fff' }} data-testid="decision-print">
      <GlobalStyles styles={{ '@page': { size: 'A4', margin: '14mm' }, '@media print': { '.no-print, .MuiSnackbar-root': { display: 'none !important' }, body: { background: '#fff' } } }} />
      <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>{t('app.decisions.print')}</Button>
        <Button onClick={() => window.history.back()}>{t('ra.action.back')}</Button>
      </Stack>
      <Box component="h1" sx={{ fontSize: 20, textAlign: 'center', m: 0, mb: 1 }}>{t('app.decisions.print_title')}</Box>
      <Box sx={{ textAlign: 'center', mb: 1.5 }}>{org?.name ?? ''}</Box>
      <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mb: 1.5 }}>
        <tbody>
          <tr><th style={cell}>{t('resources.decisions.fields.subject')}</th><td style={cell} colSpan={3}>{d.subject}</td></tr>
          <tr>
            <th style={cell}>{t('resources.decisions.fields.rule')}</th><td style={cell}>{rule?.name ?? d.ruleCode ?? '—'}</td>
            <th style={cell}>{t('resources.decisions.fields.decidedOn')}</th><td style={cell}>{d.decidedOn ?? '—'}</td>
          </tr>
          {d.kind !== 'village_matter' && (
            <>
              <tr>
                <th style={cell}>{t('resources.decisions.fields.body')}</th><td style={cell}>{e('body', d.body)}</td>
                <th style={cell}>{t('resources.decisions.fields.method')}</th><td style={cell}>{e('method', d.method)}</td>
              </tr>
              <tr><th style={cell}>{t('resources.decisions.fields.due')}</th><td style={cell} colSpan={3}>{t('app.decisions.people', { smart_count: d.due?.length ?? 0 })}：{names(d.due)}</td></tr>
              <tr><th style={cell}>{t('resources.decisions.fields.present')}</th><td style={cell} colSpan={3}>{t('app.decisions.people', { smart_count: d.present?.length ?? 0 })}：{names(d.present)}</td></tr>
              <tr><th style={cell}>{t('resources.decisions.fields.recused')}</th><td style={cell} colSpan={3}>{d.recused?.length ? d.recused.map((r) => `${nameOf(d, r.member)}（${r.reason}）`).join('；') : '—'}</td></tr>
              <tr><th style={cell}>{t('resources.decisions.fields.secretary')}</th><td style={cell} colSpan={3}>{nameOf(d, d.secretary)}</td></tr>
            </>
          )}
          {fen != null && <tr><th style={cell}>{t('resources.decisions.fields.amountFen')}</th><td style={cell} colSpan={3}>{t('app.decisions.yuan', { amount: formatFen(fen) })}</td></tr>}
          {d.corrects && <tr><th style={cell}>{t('resources.decisions.fields.correctionReason')}</th><td style={cell} colSpan={3}>{d.correctionReason}</td></tr>}
        </tbody>
      </Box>
      {d.kind !== 'village_matter' ? (
        <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mb: 1.5 }}>
          <thead>
            <tr><th style={cell}>#</th><th style={cell}>{t('resources.decisions.fields.member')}</th><th style={cell}>{t('resources.decisions.fields.position')}</th><th style={cell}>{t('resources.decisions.fields.remarks')}</th></tr>
          </thead>
          <tbody>
            {(d.statements ?? []).map((s, i) => (
              <tr key={`${s.member}-${i}`}><td style={cell}>{i + 1}</td><td style={cell}>{nameOf(d, s.member)}</td><td style={cell}>{e('position', s.position)}</td><td style={cell}>{s.remarks || ''}</td></tr>
            ))}
            <tr><th style={cell} colSpan={2}>{t('resources.decisions.fields.outcome')}</th><td style={cell} colSpan={2}>{e('outcome', d.outcome)}</td></tr>
          </tbody>
        </Box>
      ) : (
        <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', mb: 1.5 }}>
          <thead>
            <tr>
              <th style={cell}>{t('resources.decision-steps.fields.step')}</th><th style={cell}>{t('resources.decision-steps.fields.date')}</th>
              <th style={cell}>{t('resources.decision-steps.fields.body')}</th><th style={cell}>{t('app.decisions.step_counts')}</th>
            </tr>
          </thead>
          <tbody>
            {(steps ?? []).map((s) => (
              <tr key={s.id}>
                <td style={cell}>{t(`resources.decision-steps.enums.step.${s.step}`)}</td><td style={cell}>{s.displayedUntil ? `${s.date} — ${s.displayedUntil}` : s.date}</td>
                <td style={cell}>{s.body ? t(`resources.decision-steps.enums.body.${s.body}`) : '—'}</td>
                <td style={cell}>{[s.due != null ? t('app.decisions.step_attendance', { due: s.due, present: s.present ?? 0 }) : '', s.agree != null ? t('app.decisions.step_vote', { agree: s.agree, disagree: s.disagree ?? 0, defer: s.defer ?? 0 }) : ''].filter(Boolean).join('；') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </Box>
      )}
      <Box sx={{ border: '1px solid #999', p: 1, mb: 1.5 }} data-testid="print-verdict">
        <strong>{t('app.decisions.print_verdict')}</strong>
        {!check?.findings.length ? <div>{t('app.decisions.print_ok')}</div> : check.findings.map((f, i) => (
          <div key={`${f.code}-${i}`}>{f.severity === 'error' ? '✗' : '！'} {f.message}</div>
        ))}
      </Box>
      <Box sx={{ fontSize: 11, color: '#333' }}>
        {d.status === 'final'
          ? t('app.decisions.print_seal', { seq: d.seq ?? '—', hash: d.hash ?? '', by: d.finalisedByName ?? '', at: d.finalisedAt ? new Date(d.finalisedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '' })
          : t('app.decisions.print_draft')}
      </Box>
    </Box>
  );
};
