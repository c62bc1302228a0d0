// The menu follows the caller's role (config/roles.json `menus`): a member sees their points, the
// home page and their record; staff see the work of their level first and nothing that belongs to
// another level, even where they may read it (reachable through links instead).
import type { ReactElement } from 'react';
import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import PersonIcon from '@mui/icons-material/Person';
import StarsIcon from '@mui/icons-material/Stars';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { menuFor, PAGES } from './menus';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import GridOnIcon from '@mui/icons-material/GridOn';
import CampaignIcon from '@mui/icons-material/Campaign';
import PhoneAndroidIcon from '@mui/icons-material/PhoneAndroid';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import AssessmentIcon from '@mui/icons-material/Assessment';

const PAGE_ICONS: Record<string, ReactElement> = {
  'my-points': <StarsIcon />,
  'member-points': <StarsIcon />,
  'points-ranking': <LeaderboardIcon />,
  me: <PersonIcon />,
  import: <UploadFileIcon />,
  'verify-print': <VerifiedUserIcon />,
  'my-meetings': <EventAvailableIcon />,
  'meetings-compliance': <GridOnIcon />,
  'events-board': <CampaignIcon />,
  'grid-phone': <PhoneAndroidIcon />,
  'events-assessment': <AssessmentIcon />,
  'service-desk': <PointOfSaleIcon />,
  'services-assessment': <AssessmentIcon />,
};

export const Menu = () => {
  const { permissions } = usePermissions();
  const definitions = useResourceDefinitions();
  const listable = Object.values(definitions).filter((d) => d.hasList).map((d) => d.name);
  return (
    <RaMenu data-testid="app-menu">
      {menuFor(permissions, listable).map((item) => {
        if (item === 'dashboard') return <RaMenu.DashboardItem key={item} />;
        const page = PAGES[item];
        if (page) return <RaMenu.Item key={item} to={page.to} primaryText={page.label} leftIcon={PAGE_ICONS[item]} />;
        return <RaMenu.ResourceItem key={item} name={item} />;
      })}
    </RaMenu>
  );
};
