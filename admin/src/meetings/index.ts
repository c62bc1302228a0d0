import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceScreens } from '../resourceScreens';
import type { Meeting } from '../types';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

const meetings: ResourceScreens = {
  list: MeetingList,
  show: MeetingShow,
  edit: MeetingEdit,
  create: MeetingCreate,
  icon: EventNoteIcon,
  recordRepresentation: (record: Meeting) => `${record.heldOn ?? ''} ${record.theme || record.topic}${record.version && record.version > 1 ? `（第 ${record.version} 版）` : ''}`,
};

export default meetings;
