import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceScreens } from '../resourceScreens';
import type { MeetingRule } from '../types';
import { MeetingRuleCreate, MeetingRuleEdit } from './MeetingRuleForm';
import { MeetingRuleList } from './MeetingRuleList';

const meetingRules: ResourceScreens = {
  list: MeetingRuleList,
  edit: MeetingRuleEdit,
  create: MeetingRuleCreate,
  icon: RuleIcon,
  recordRepresentation: (r: MeetingRule) => r.name,
};

export default meetingRules;
