import FunctionsIcon from '@mui/icons-material/Functions';
import type { ResourceScreens } from '../resourceScreens';
import type { AssessmentRule } from './types';
import { AssessmentRuleCreate, AssessmentRuleEdit } from './AssessmentRuleForm';
import { AssessmentRuleList } from './AssessmentRuleList';

const assessmentRules: ResourceScreens = {
  list: AssessmentRuleList,
  edit: AssessmentRuleEdit,
  create: AssessmentRuleCreate,
  icon: FunctionsIcon,
  recordRepresentation: (r: AssessmentRule) => r.name,
};

export default assessmentRules;
