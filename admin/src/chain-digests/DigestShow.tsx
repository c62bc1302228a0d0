// One signed digest, printable on one page (the app chrome is hidden when printing): the instant, both
// heads in full, the key and the signature. Export gives the file `npm run ledger:verify -- --digest`
// and `decisions:verify -- --digest` take; 核验 asks the server whether both chains still extend it.
import { useState } from 'react';
import { Button, Labeled, Show, TextField, TopToolbar, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { Alert, GlobalStyles, Grid as Layout, Stack, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { Section } from '../common/Section';
import { errorMessage } from '../points/api';
import { checkDigest, downloadDigest, type DigestCheck } from './api';
import { Code, CodeField } from '../common/CodeField';


const Actions = ({ onCheck }: { onCheck: (r: DigestCheck) => void }) => {
  const record = useRecordContext();
  const notify = useNotify();
  if (!record) return null;
  const fail = (error: unknown) => notify(errorMessage(error), { type: 'error', messageArgs: { _: errorMessage(error) } });
  return (
    <TopToolbar className="no-print">
      <Button label="app.digests.check" onClick={() => checkDigest(String(record.id)).then(onCheck, fail)}><FactCheckIcon /></Button>
      <Button label="app.digests.export" onClick={() => downloadDigest(String(record.id)).catch(fail)}><DownloadIcon /></Button>
      <Button label="app.decisions.print" onClick={() => window.print()}><PrintIcon /></Button>
    </TopToolbar>
  );
};

const CheckResult = ({ result }: { result: DigestCheck | null }) => {
  const translate = useTranslate();
  if (!result) return null;
  return (
    <Stack spacing={1} className="no-print">
      {result.ok ? <Alert severity="success">{translate('app.digests.extends_ok')}</Alert> : result.findings.map((f, i) => <Alert key={i} severity="error">{f.message}</Alert>)}
    </Stack>
  );
};

export const DigestShow = () => {
  const translate = useTranslate();
  const [result, setResult] = useState<DigestCheck | null>(null);
  return (
    <Show actions={<Actions onCheck={setResult} />}>
      <GlobalStyles styles={{ '@page': { size: 'A4', margin: '15mm' }, '@media print': { '.no-print, header, .RaSidebar-root, .RaAppBar-root, .MuiSnackbar-root': { display: 'none !important' } } }} />
      <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
        <CheckResult result={result} />
        <Section title="app.digests.title">
          <Layout container spacing={2}>
            <Layout size={{ xs: 12, sm: 6 }}><Labeled><LocalDateField source="at" showTime /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 6 }}><Labeled><EnumChipField source="trigger" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 4 }}><Labeled><TextField source="ledgerSeq" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 8 }}><Labeled label="resources.chain-digests.fields.ledgerHash"><CodeField source="ledgerHash" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 4 }}><Labeled><TextField source="decisionsSeq" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 8 }}><Labeled label="resources.chain-digests.fields.decisionsHash"><CodeField source="decisionsHash" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 4 }}><Labeled label="resources.chain-digests.fields.keyId"><CodeField source="keyId" /></Labeled></Layout>
            <Layout size={{ xs: 12, sm: 8 }}><Labeled label="resources.chain-digests.fields.signature"><CodeField source="signature" /></Labeled></Layout>
            <Layout size={12}><Labeled label="resources.chain-digests.fields.publicKey"><CodeField source="publicKey" wrap /></Labeled></Layout>
          </Layout>
        </Section>
        <Typography variant="body2" color="text.secondary">
          {translate('app.digests.how_to_verify')} <Code>npm run ledger:verify -- --digest &lt;file&gt;</Code>, <Code>npm run decisions:verify -- --digest &lt;file&gt;</Code>
        </Typography>
      </Stack>
    </Show>
  );
};
