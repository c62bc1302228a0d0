import HowToVoteIcon from '@mui/icons-material/HowToVote';
import type { ResourceScreens } from '../resourceScreens';
import type { Decision } from './types';
import { DecisionList } from './DecisionList';
import { DecisionShow } from './DecisionShow';
import { DecisionEdit } from './DecisionEdit';
import { DecisionCreate } from './DecisionCreate';

const decisions: ResourceScreens = {
  list: DecisionList,
  show: DecisionShow,
  edit: DecisionEdit,
  create: DecisionCreate,
  icon: HowToVoteIcon,
  recordRepresentation: (record: Decision) => record.subject,
};

export default decisions;
