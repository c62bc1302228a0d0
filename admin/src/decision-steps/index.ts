import ChecklistIcon from '@mui/icons-material/Checklist';
import type { ResourceScreens } from '../resourceScreens';
import { DecisionStepCreate } from './DecisionStepCreate';
import { DecisionStepEdit } from './DecisionStepEdit';

/** Steps live on their 四议两公开 record's page: no list of their own, so no menu entry. */
const decisionSteps: ResourceScreens = {
  create: DecisionStepCreate,
  edit: DecisionStepEdit,
  icon: ChecklistIcon,
};

export default decisionSteps;
