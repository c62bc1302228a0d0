// 积分排行 (/points-ranking) for county, township and branch staff: the member leaderboard of the
// whole county or one township (county staff choose; township staff see their own), narrowed to one
// branch on demand (a branch secretary sees their branch), and the branches' points and stars with
// appraisal suggestions. The county can also verify the ledger.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Box, Card, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { currentYear } from '../points/dates';
import { YearSelect } from '../my-points/YearSelect';
import { isApproverRole, type Id, type Me } from '../types';
import { BranchSelect } from './BranchSelect';
import { BranchStars } from './BranchStars';
import { Leaderboard } from './Leaderboard';
import { TownshipSelect } from './TownshipSelect';
import { VerifyLedgerButton } from './VerifyLedgerButton';
import { YearCloseControl } from './YearCloseControl';

export const PointsRanking = () => {
  const translate = useTranslate();
  const { permissions: role, isPending: roleLoading } = usePermissions();
  const { identity, isPending: identityLoading } = useGetIdentity();
  const [tab, setTab] = useState(0);
  const [year, setYear] = useState(currentYear);
  // County staff start on the whole county (全县, the empty value); a branch narrows any staff view.
  // A dashboard chart opens the ranking on one township (?township=…).
  const [params] = useSearchParams();
  const [countyTownship, setCountyTownship] = useState(() => params.get('township') ?? '');
  const [branch, setBranch] = useState<Id | null>(null);
  const [starsTownship, setStarsTownship] = useState('');
  if (roleLoading || identityLoading) return <Loading />;

  const me = (identity ?? {}) as Partial<Me>;
  if (!isApproverRole(role)) {
    return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.ranking.staff_only')}</Alert>;
  }
  const scope =
    role === 'county'
      ? { township: countyTownship || null, branch }
      : role === 'township'
        ? { township: me.township?.id ?? null, branch }
        : { branch: me.partyOrganisation?.id ?? null };
  const scopeName = role === 'township' ? me.township?.name : role === 'branch' ? me.partyOrganisation?.name : null;
  const pickTownship = (t: string) => {
    setCountyTownship(t);
    setBranch(null);
  };

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2 }}>
      <Title title="app.ranking.title" />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <YearSelect value={year} onChange={setYear} />
        {role === 'county' && tab === 0 && <TownshipSelect value={countyTownship} onChange={pickTownship} allowAll />}
        {role !== 'branch' && tab === 0 && <BranchSelect value={branch} onChange={setBranch} township={scope.township} />}
        {role === 'county' && tab === 1 && <TownshipSelect value={starsTownship} onChange={setStarsTownship} allowAll />}
        {scopeName && <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{scopeName}</Typography>}
        <YearCloseControl year={year} />
        <Box sx={{ flex: 1 }} />
        <VerifyLedgerButton />
      </Stack>
      <Card>
        <Tabs value={tab} onChange={(_, v: number) => setTab(v)} variant="fullWidth" sx={{ borderBottom: 1, borderColor: 'divider' }}>
          <Tab label={translate('app.ranking.members_tab')} />
          <Tab label={translate('app.ranking.branches_tab')} />
        </Tabs>
        <Box sx={{ p: { xs: 1, sm: 2 } }}>
          {tab === 0 ? (
            <Leaderboard key={`${year}-${scope.township}-${scope.branch}`} year={year} {...scope} showTownship={role === 'county' && !countyTownship && !branch} />
          ) : (
            <BranchStars key={`${year}-${starsTownship}`} year={year} township={role === 'county' ? starsTownship || undefined : undefined} />
          )}
        </Box>
      </Card>
    </Box>
  );
};
