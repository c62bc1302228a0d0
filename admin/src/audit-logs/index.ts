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
  // The moment of the change, in Shanghai time, names an entry (who and what are on the page).
  recordRepresentation: (record: AuditLog) =>
    new Date(record.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }),
};

export default auditLogs;
