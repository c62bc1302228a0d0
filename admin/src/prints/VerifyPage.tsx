// 核验打印件 (/verify, /verify/<code>): anyone signed in types (or scans) the code on a printed 台账
// and sees whether the page still matches the records — within their own scope.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, AlertTitle, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { httpClient } from '../dataProvider';
import { shanghaiTime, type Verification } from './types';

export const VerifyPage = () => {
  const { code: fromUrl = '' } = useParams();
  const navigate = useNavigate();
  const translate = useTranslate();
  const [code, setCode] = useState(fromUrl);
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setResult(null);
    setError(null);
    if (!fromUrl) return;
    setCode(fromUrl);
    httpClient(`/api/prints/verify/${encodeURIComponent(fromUrl)}`)
      .then(({ json }) => setResult(json as Verification))
      .catch((e) => setError(e?.body?.message ?? e?.message ?? String(e)));
  }, [fromUrl]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (code.trim()) navigate(`/verify/${encodeURIComponent(code.trim())}`);
  };
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 640 }}>
      <Title title="app.verify.title" />
      <Card>
        <CardContent>
          <Stack component="form" onSubmit={submit} direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
            <TextField size="small" label={translate('app.verify.code')} helperText={translate('app.verify.hint')} value={code} onChange={(e) => setCode(e.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'verify-code', autoCapitalize: 'characters' } }} />
            <Box><Button type="submit" variant="contained">{translate('app.verify.submit')}</Button></Box>
          </Stack>
          {error && <Alert severity="warning">{error}</Alert>}
          {result && (
            <Alert severity={result.matches ? 'success' : 'error'} data-testid="verify-result">
              <AlertTitle>{translate(result.matches ? 'app.verify.matches' : 'app.verify.differs')}：{result.message}</AlertTitle>
              <Typography variant="body2">{result.title}（{result.unit}）</Typography>
              <Typography variant="body2">{translate('app.verify.printed', { by: result.printedBy, at: shanghaiTime(result.printedAt) })}</Typography>
              <Typography variant="body2">{translate('app.verify.rows', { printed: result.printedRows, current: result.currentRows })}</Typography>
            </Alert>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
