import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceScreens } from '../resourceScreens';
import { DigestList } from './DigestList';
import { DigestShow } from './DigestShow';

const chainDigests: ResourceScreens = {
  list: DigestList,
  show: DigestShow,
  icon: VerifiedUserIcon,
  recordRepresentation: (record: { at: string }) => new Date(record.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
};

export default chainDigests;
