import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { ResourceScreens } from '../resourceScreens';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

// No create screen: cases are received at the window screen (/service-desk).
const approvalCases: ResourceScreens = {
  list: CaseList,
  show: CaseShow,
  edit: CaseEdit,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (r: { code?: string; applicantName?: string }) => `${r.code ?? ''} ${r.applicantName ?? ''}`,
};

export default approvalCases;
