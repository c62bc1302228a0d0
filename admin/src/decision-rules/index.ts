import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceScreens } from '../resourceScreens';
import type { DecisionRule } from '../decisions/types';
import { DecisionRuleList } from './DecisionRuleList';
import { DecisionRuleShow } from './DecisionRuleShow';
import { DecisionRuleEdit } from './DecisionRuleEdit';
import { DecisionRuleCreate } from './DecisionRuleCreate';

const decisionRules: ResourceScreens = {
  list: DecisionRuleList,
  show: DecisionRuleShow,
  edit: DecisionRuleEdit,
  create: DecisionRuleCreate,
  icon: GavelIcon,
  recordRepresentation: (record: DecisionRule) => record.name,
};

export default decisionRules;
