// The home page per role. Everyone is greeted by name and unit. Staff get their 待办 (to-do) panel,
// counts of what their menu holds, and charts of their scope — the county by township, a township
// by branch, a branch by party group — all from one request (GET /api/dashboard); every chart opens
// the list behind it. A member sees this year's points and ranks with the way to their points and record.
import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link, Navigate } from 'react-router-dom';
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
import { TodoPanel } from './TodoPanel';
import { ApprovalsCard, FindingsCard, MembersCard, PointsCard, StructureCard } from './Sections';
import { useDashboard } from './useDashboard';

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
  department: 'app.dashboard.overview_township',
};

const grid = { display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2 } as const;

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  const { data: schema, isError } = useSchema();
  const staff = !!role && role !== 'member' && role !== 'department';
  const { data: d, isPending, error } = useDashboard(staff);
  const listable = new Set(schema?.resources.filter((r) => r.permissions.list).map((r) => r.name));
  const counted = COUNTED.filter((c) => listable.has(c.resource) && menuHas(role, c.resource));
  const approver = isApproverRole(role) && listable.has('points-entries');
  // A county department works its assigned events; it has no statistics home page.
  if (role === 'department') return <Navigate to="/events-board" replace />;

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2, display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
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
      {staff && (
        <>
          {error ? <Alert severity="warning">{translate('app.dashboard.load_error')}</Alert> : isPending || !d ? <Skeleton variant="rounded" height={120} /> : <TodoPanel items={d.todos} />}
          <Typography variant="h6" component="h2">
            {translate(OVERVIEW[role])}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }} data-testid="dashboard-counts">
            {d && counted.map((c) => (
              <CountCard key={c.resource} resource={c.resource} icon={c.icon} count={d.counts[c.resource] ?? 0} />
            ))}
            {d && approver && (
              <CountCard resource="points-entries" icon={PendingActionsIcon} filter={{ status: 'pending' }} label="app.dashboard.pending_entries" testId="dashboard-pending" count={d.approvals.total} />
            )}
          </Stack>
          {approver && (
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button component={Link} to="/points-entries/create" variant="outlined">{translate('app.entries.create_title')}</Button>
              <Button component={Link} to="/points-ranking" variant="outlined">{translate('app.menu.points_ranking')}</Button>
            </Stack>
          )}
          {d && (
            <Box sx={grid} data-testid="dashboard-charts">
              <MembersCard d={d} />
              <PointsCard d={d} />
              <ApprovalsCard d={d} />
              <FindingsCard d={d} section={d.grids} kind="grids" />
              <FindingsCard d={d} section={d.branches} kind="branches" />
              <StructureCard d={d} />
            </Box>
          )}
        </>
      )}
    </Box>
  );
};
