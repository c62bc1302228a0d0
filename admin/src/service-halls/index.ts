import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceScreens } from '../resourceScreens';
import { HallCreate, HallEdit, HallList, HallShow } from './HallScreens';

const serviceHalls: ResourceScreens = {
  list: HallList,
  show: HallShow,
  edit: HallEdit,
  create: HallCreate,
  icon: StorefrontIcon,
  recordRepresentation: (r: { name?: string }) => r.name ?? '',
};

export default serviceHalls;
