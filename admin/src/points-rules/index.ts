import RuleFolderIcon from '@mui/icons-material/RuleFolder';
import type { ResourceScreens } from '../resourceScreens';
import type { PointsRule } from '../types';
import { PointsRuleList } from './PointsRuleList';
import { PointsRuleShow } from './PointsRuleShow';
import { PointsRuleEdit } from './PointsRuleEdit';
import { PointsRuleCreate } from './PointsRuleCreate';

const pointsRules: ResourceScreens = {
  list: PointsRuleList,
  show: PointsRuleShow,
  edit: PointsRuleEdit,
  create: PointsRuleCreate,
  icon: RuleFolderIcon,
  recordRepresentation: (record: PointsRule) => record.name,
};

export default pointsRules;
