import LocationCityIcon from '@mui/icons-material/LocationCity';
import type { ResourceScreens } from '../resourceScreens';
import type { Township } from '../types';
import { TownshipList } from './TownshipList';
import { TownshipShow } from './TownshipShow';
import { TownshipEdit } from './TownshipEdit';
import { TownshipCreate } from './TownshipCreate';

const townships: ResourceScreens = {
  list: TownshipList,
  show: TownshipShow,
  edit: TownshipEdit,
  create: TownshipCreate,
  icon: LocationCityIcon,
  recordRepresentation: (record: Township) => record.name,
};

export default townships;
