// The menu follows the caller's role: a member sees their points first, then their own page;
// everyone else sees members' points and the rankings, then the resources the schema lets them
// list, hand-made screens first in working order, then any type added through Strapi's
// Content-Type Builder.
import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import PersonIcon from '@mui/icons-material/Person';
import StarsIcon from '@mui/icons-material/Stars';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { MENU_ORDER } from '../resources';

export const Menu = () => {
  const { permissions } = usePermissions();
  const definitions = useResourceDefinitions();

  if (permissions === 'member') {
    return (
      <RaMenu>
        <RaMenu.Item to="/my-points" primaryText="app.menu.my_points" leftIcon={<StarsIcon />} />
        <RaMenu.DashboardItem />
        <RaMenu.Item to="/me" primaryText="app.menu.my_profile" leftIcon={<PersonIcon />} />
      </RaMenu>
    );
  }

  const rank = (name: string) => {
    const i = MENU_ORDER.indexOf(name);
    return i === -1 ? MENU_ORDER.length : i;
  };
  const names = Object.values(definitions)
    .filter((d) => d.hasList)
    .map((d) => d.name)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.Item to="/my-points" primaryText="app.menu.member_points" leftIcon={<StarsIcon />} />
      <RaMenu.Item to="/points-ranking" primaryText="app.menu.points_ranking" leftIcon={<LeaderboardIcon />} />
      {names.map((name) => (
        <RaMenu.ResourceItem key={name} name={name} />
      ))}
    </RaMenu>
  );
};
