import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceScreens } from '../resourceScreens';
import type { PointsEntry } from '../types';
import { formatTenths } from '../points/tenths';
import { PointsEntryList } from './PointsEntryList';
import { PointsEntryShow } from './PointsEntryShow';
import { PointsEntryEdit } from './PointsEntryEdit';
import { PointsEntryCreate } from './PointsEntryCreate';

const pointsEntries: ResourceScreens = {
  list: PointsEntryList,
  show: PointsEntryShow,
  edit: PointsEntryEdit,
  create: PointsEntryCreate,
  icon: ReceiptLongIcon,
  // Date, points and the start of the reason: enough to tell entries apart in titles and references.
  recordRepresentation: (record: PointsEntry) => {
    const text = record.reason ?? '';
    const reason = text.length > 16 ? `${text.slice(0, 16)}…` : text;
    return `${record.occurredOn} ${formatTenths(record.pointsTenths, { signed: true })} ${reason}`;
  },
};

export default pointsEntries;
