import { EnumChipField } from '../common/EnumChipField';

const STATUS_COLORS = { pending: 'warning', approved: 'success', rejected: 'error' } as const;

/** 待审批 / 已通过 / 已驳回 */
export const EntryStatusField = (_props: { label?: string; source?: string; sortable?: boolean }) => (
  <EnumChipField source="status" enumResource="points-entries" colors={STATUS_COLORS} />
);
