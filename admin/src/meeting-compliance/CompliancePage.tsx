// 组织生活考核 (/meetings-compliance): the county sees every township by month and drills into one
// township's organisations, then into an organisation's meetings; a township starts on its own
// organisations; a branch secretary sees their organisation and those below it. Due soon shows in
// the last days of a period, overdue once it has ended — all read from kept totals.
import { useState } from 'react';
import { Alert, Box, Button, Card, MenuItem, Stack, TextField, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Loading, Title, usePermissions, useTranslate } from 'react-admin';
import { currentYear } from '../points/dates';
import { YearSelect } from '../my-points/YearSelect';
import { useMeetingRules } from '../meetings/useMeetingRules';
import { isApproverRole } from '../types';
import { OrganisationMatrix } from './OrganisationMatrix';
import { Legend } from './StatusCell';
import { TownshipSummary } from './TownshipSummary';

export const CompliancePage = () => {
  const translate = useTranslate();
  const { permissions: role, isPending } = usePermissions();
  const [year, setYear] = useState(currentYear);
  const [kind, setKind] = useState('');
  const [township, setTownship] = useState<{ id: string; name: string } | null>(null);
  const { choices } = useMeetingRules();
  if (isPending) return <Loading />;
  if (!isApproverRole(role)) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.compliance.staff_only')}</Alert>;
  const county = role === 'county';
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, maxWidth: '100%', overflowX: 'hidden' }}>
      <Title title="app.compliance.title" />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <YearSelect value={year} onChange={setYear} />
        <TextField select fullWidth={false} size="small" label={translate('resources.meetings.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} sx={{ minWidth: 150 }}>
          <MenuItem value="">{translate('app.compliance.all_kinds')}</MenuItem>
          {choices.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
        </TextField>
      </Stack>
      <Legend />
      {(county || role === 'township') && !township && (
        <Card sx={{ p: { xs: 1, sm: 2 }, mb: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{translate(county ? 'app.compliance.by_township' : 'app.compliance.my_township')}</Typography>
          <TownshipSummary year={year} onSelect={(id, name) => setTownship({ id, name })} />
        </Card>
      )}
      {(!county || township) && (
        <Card sx={{ p: { xs: 1, sm: 2 } }}>
          <Stack direction="row" sx={{ alignItems: 'center', mb: 1, gap: 1 }}>
            {township && (county || role === 'township') && (
              <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => setTownship(null)}>{translate('app.compliance.back')}</Button>
            )}
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{township ? township.name : translate('app.compliance.organisations_title')}</Typography>
          </Stack>
          <OrganisationMatrix key={`${year}-${kind}-${township?.id}`} year={year} kind={kind || undefined} township={county ? township?.id : undefined} />
        </Card>
      )}
    </Box>
  );
};
