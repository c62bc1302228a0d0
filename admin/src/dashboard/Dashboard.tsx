// The home page: a welcome card for everyone; county and township staff also see how many
// townships, organisations, grids and members are in their scope; a member gets a way to their page.
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import GridViewIcon from '@mui/icons-material/GridView';
import PeopleIcon from '@mui/icons-material/People';
import { useSchema } from '../schema/useSchema';
import { CountCard } from './CountCard';
import { WelcomeCard } from './WelcomeCard';

const COUNTED = [
  { resource: 'townships', icon: LocationCityIcon },
  { resource: 'party-organisations', icon: AccountTreeIcon },
  { resource: 'grids', icon: GridViewIcon },
  { resource: 'members', icon: PeopleIcon },
];

export const Dashboard = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions();
  const { data: schema, isError } = useSchema();
  const listable = new Set(schema?.resources.filter((r) => r.permissions.list).map((r) => r.name));
  const showCounts = role === 'county' || role === 'township';

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, display: 'flex', flexDirection: 'column', gap: 2 }}>
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
      {showCounts && (
        <>
          <Typography variant="h6" component="h2">
            {translate(role === 'county' ? 'app.dashboard.overview_county' : 'app.dashboard.overview_township')}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
            {COUNTED.filter((c) => listable.has(c.resource)).map((c) => (
              <CountCard key={c.resource} resource={c.resource} icon={c.icon} />
            ))}
          </Stack>
        </>
      )}
    </Box>
  );
};
