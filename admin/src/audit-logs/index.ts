import HistoryIcon from '@mui/icons-material/History';
import type { ResourceScreens } from '../resourceScreens';
import type { AuditLog } from '../types';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** No edit or create: the log is written by the server only. */
const auditLogs: ResourceScreens = {
  list: AuditLogList,
  show: AuditLogShow,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditLog) => `${record.username ?? ''} ${record.at}`,
};

export default auditLogs;
