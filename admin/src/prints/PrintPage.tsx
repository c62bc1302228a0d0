// A printable 台账 (/print/<roster|ledger|township>/<id>[?year=]): A4 pages from the browser's own
// print, in a Chinese font, with 单位 and 打印时间 at the top of every page, 第 N 页 共 M 页 at the
// bottom, and the verification code with its QR code, which anyone with a login can check later
// against the current records (/verify/<code>). The sheet is what the server recorded and hashed.
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, GlobalStyles, Stack } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Loading, useTranslate } from 'react-admin';
import QRCode from 'qrcode';
import { httpClient } from '../dataProvider';
import { shanghaiTime, type PrintedSheet, type PrintKind } from './types';

const FONT = '"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", "WenQuanYi Micro Hei", "Microsoft YaHei", serif';
const cell = { border: '1px solid #666', padding: '2px 4px', verticalAlign: 'top', wordBreak: 'break-all' } as const;
/** CSS string literal for @page margin boxes. */
const css = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

export const PrintPage = () => {
  const { kind = 'roster', id = '' } = useParams();
  const [params] = useSearchParams();
  const translate = useTranslate();
  const [sheet, setSheet] = useState<PrintedSheet | null>(null);
  const [qr, setQr] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return; // each print is recorded once
    asked.current = true;
    const year = params.get('year');
    httpClient(`/api/prints/${kind as PrintKind}/${encodeURIComponent(id)}${year ? `?year=${encodeURIComponent(year)}` : ''}`, { method: 'POST' })
      .then(async ({ json }) => {
        const s = json as PrintedSheet;
        setQr(await QRCode.toDataURL(`${window.location.origin}/#/verify/${s.code}`, { margin: 0, width: 160, errorCorrectionLevel: 'M' }));
        setSheet(s);
      })
      .catch((e) => setError(e?.body?.message ?? e?.message ?? String(e)));
  }, [kind, id, params]);

  if (error) return <Alert severity="error" sx={{ m: 2 }}>{translate('app.print.failed', { message: error })}</Alert>;
  if (!sheet) return <Loading />;
  const printedAt = shanghaiTime(sheet.printedAt);
  const t = (key: string) => translate(`app.print.${key}`);
  const page = {
    '@page': {
      size: 'A4',
      margin: '16mm 12mm 16mm 12mm',
      '@top-left': { content: css(`${t('unit')}：${sheet.unit}`), fontFamily: FONT, fontSize: '9pt' },
      '@top-right': { content: css(`${t('printed_at')}：${printedAt}`), fontFamily: FONT, fontSize: '9pt' },
      '@bottom-left': { content: css(`${t('code')}：${sheet.code}`), fontFamily: FONT, fontSize: '9pt' },
      '@bottom-center': { content: '"第 " counter(page) " 页 共 " counter(pages) " 页"', fontFamily: FONT, fontSize: '9pt' },
    },
    '@media print': { '.no-print, .MuiSnackbar-root': { display: 'none !important' }, body: { background: '#fff' }, thead: { display: 'table-header-group' }, tr: { breakInside: 'avoid' } },
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 3 }, maxWidth: '210mm', mx: 'auto', fontFamily: FONT, fontSize: 12, lineHeight: 1.45, color: '#000', bgcolor: '#fff' }} data-testid="print-sheet">
      <GlobalStyles styles={page as any} />
      <Stack direction="row" spacing={1} className="no-print" sx={{ mb: 2 }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-button">{t('print')}</Button>
        <Button onClick={() => window.history.back()}>{translate('ra.action.back')}</Button>
      </Stack>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 2, mb: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Box component="h1" sx={{ fontSize: 18, m: 0, mb: 0.5 }}>{sheet.title}</Box>
          <div>{t('unit')}：{sheet.unit}</div>
          <div>{t('printed_at')}：{printedAt}　{t('printed_by')}：{sheet.printedBy}</div>
          <div>{t('code')}：<strong data-testid="print-code">{sheet.code}</strong></div>
          <Box sx={{ fontSize: 10, color: '#333', mt: 0.5 }}>{t('verify_hint')}</Box>
        </Box>
        {qr && <Box component="img" src={qr} alt={sheet.code} sx={{ width: 80, height: 80, flex: 'none' }} data-testid="print-qr" />}
      </Stack>
      {sheet.tables.map((table) => (
        <Box key={table.heading} sx={{ mb: 2, overflowX: 'auto' }}>
          <Box component="h2" sx={{ fontSize: 14, m: 0, my: 1 }}>{table.heading}</Box>
          <Box component="table" sx={{ width: '100%', borderCollapse: 'collapse', fontSize: 10.5 }}>
            <thead>
              <tr>{table.columns.map((c) => <th key={c} style={{ ...cell, background: '#eee' }}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => <tr key={i}>{row.map((v, j) => <td key={j} style={cell}>{v}</td>)}</tr>)}
            </tbody>
          </Box>
          {table.note && <Box sx={{ mt: 0.5 }}>{table.note}</Box>}
        </Box>
      ))}
    </Box>
  );
};
