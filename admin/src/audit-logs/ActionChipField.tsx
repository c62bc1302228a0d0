import { EnumChipField } from '../common/EnumChipField';

/** 新增 green, 修改 blue, 删除 red. */
export const ActionChipField = (_props: { label?: string; source?: string }) => (
  <EnumChipField source="action" enumResource="audit-logs" colors={{ create: 'success', update: 'info', delete: 'error' }} variant="filled" />
);
