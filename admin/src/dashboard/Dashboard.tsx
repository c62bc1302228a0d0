// The home page per role. Everyone is greeted by name and unit. Staff see counts of what their
// menu holds (config/roles.json), in their scope, and how many points proposals wait for them;
// a member sees this year's points and ranks with the way to their points and record.
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import GridViewIcon from '@mui/icons-material/GridView';
import PeopleIcon from '@mui/icons-material/People';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { useSchema } from '../schema/useSchema';
import { menuHas } from '../layout/menus';
import { isApproverRole, type Role } from '../types';
import { CountCard } from './CountCard';
import { MemberPointsCard } from './MemberPointsCard';
import { WelcomeCard } from './WelcomeCard';

const COUNTED = [
  { resource: 'townships', icon: LocationCityIcon },
  { resource: 'party-organisations', icon: AccountTreeIcon },
  { resource: 'grids', icon: GridViewIcon },
  { resource: 'members', icon: PeopleIcon },
];

const OVERVIEW: Record<Role, string> = {
  county: 'app.dashboard.overview_county',
  township: 'app.dashboard.overview_township',
  branch: 'app.dashboard.overview_branch',
  member: 'app.dashboard.overview_township',
};

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const { data: schema, isError } = useSchema();
  const listable = new Set(schema?.resources.filter((r) => r.permissions.list).map((r) => r.name));
  const counted = COUNTED.filter((c) => listable.has(c.resource) && menuHas(role, c.resource));
  const approver = isApproverRole(role) && listable.has('points-entries');

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="ra.page.dashboard" />
      {isError && <Alert severity="warning">{translate('app.generic.schema_error')}</Alert>}
      <WelcomeCard>
        {role === 'member' && (
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', rowGap: 1 }}>
            <Button component={Link} to="/my-points" variant="contained" color="inherit" sx={{ color: 'primary.main' }}>
              {translate('app.dashboard.open_points')}
            </Button>
            <Button component={Link} to="/me" variant="outlined" color="inherit">
              {translate('app.dashboard.open_profile')}
            </Button>
          </Stack>
        )}
      </WelcomeCard>
      {role === 'member' && <MemberPointsCard />}
      {role && role !== 'member' && (
        <>
          <Typography variant="h6" component="h2">
            {translate(OVERVIEW[role])}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="dashboard-counts">
            {counted.map((c) => (
              <CountCard key={c.resource} resource={c.resource} icon={c.icon} />
            ))}
            {approver && (
              <CountCard resource="points-entries" icon={PendingActionsIcon} filter={{ status: 'pending' }} label="app.dashboard.pending_entries" testId="dashboard-pending" />
            )}
          </Stack>
          {approver && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button component={Link} to="/points-entries/create" variant="outlined">{translate('app.entries.create_title')}</Button>
              <Button component={Link} to="/points-ranking" variant="outlined">{translate('app.menu.points_ranking')}</Button>
            </Stack>
          )}
        </>
      )}
    </Box>
  );
};
