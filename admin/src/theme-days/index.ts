import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import type { ResourceScreens } from '../resourceScreens';
import { RoundCreate, RoundEdit } from './RoundForm';
import { RoundList } from './RoundList';
import { RoundShow } from './RoundShow';

const themeDayRounds: ResourceScreens = {
  list: RoundList,
  show: RoundShow,
  edit: RoundEdit,
  create: RoundCreate,
  icon: EmojiEventsIcon,
  recordRepresentation: (r: { name: string }) => r.name,
};

export default themeDayRounds;
