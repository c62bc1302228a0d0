import GridViewIcon from '@mui/icons-material/GridView';
import type { ResourceScreens } from '../resourceScreens';
import type { Grid } from '../types';
import { GridList } from './GridList';
import { GridShow } from './GridShow';
import { GridEdit } from './GridEdit';
import { GridCreate } from './GridCreate';

const grids: ResourceScreens = {
  list: GridList,
  show: GridShow,
  edit: GridEdit,
  create: GridCreate,
  icon: GridViewIcon,
  recordRepresentation: (record: Grid) => record.name,
};

export default grids;
