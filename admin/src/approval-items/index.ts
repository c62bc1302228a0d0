import ChecklistIcon from '@mui/icons-material/Checklist';
import type { ResourceScreens } from '../resourceScreens';
import { ItemCreate, ItemEdit, ItemList, ItemShow } from './ItemScreens';

const approvalItems: ResourceScreens = {
  list: ItemList,
  show: ItemShow,
  edit: ItemEdit,
  create: ItemCreate,
  icon: ChecklistIcon,
  recordRepresentation: (r: { name?: string }) => r.name ?? '',
};

export default approvalItems;
