import ChecklistIcon from '@mui/icons-material/Checklist';
import type { ResourceScreens } from '../resourceScreens';
import { DecisionStepCreate } from './DecisionStepCreate';
import { DecisionStepEdit } from './DecisionStepEdit';
import { resourceLabels } from '../../../cms/src/labels/resources-zh';

const STEPS = resourceLabels['decision-steps'].enums.step as Record<string, string>;

/** Steps live on their 四议两公开 record's page: no list of their own, so no menu entry. */
const decisionSteps: ResourceScreens = {
  create: DecisionStepCreate,
  edit: DecisionStepEdit,
  icon: ChecklistIcon,
  // A step has no name: the audit log names it by what it is and when (never by its bare id).
  recordRepresentation: (r) => [STEPS[r.step] ?? '', r.date ?? ''].filter(Boolean).join(' '),
};

export default decisionSteps;
