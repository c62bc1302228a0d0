import PeopleIcon from '@mui/icons-material/People';
import type { ResourceScreens } from '../resourceScreens';
import type { Member } from '../types';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';
import { MemberEdit } from './MemberEdit';
import { MemberCreate } from './MemberCreate';

const members: ResourceScreens = {
  list: MemberList,
  show: MemberShow,
  edit: MemberEdit,
  create: MemberCreate,
  icon: PeopleIcon,
  recordRepresentation: (record: Member) => record.name,
};

export default members;
