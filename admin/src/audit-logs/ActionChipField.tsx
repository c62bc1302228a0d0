import { useRecordContext } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import type { AuditLog } from '../types';

const OPERATION_COLORS = {
  approve: 'success', reject: 'warning', reverse: 'warning', bulk_award: 'success', import: 'info', upload: 'info', replace_file: 'info',
  finalise: 'success', correct: 'warning', sign_digest: 'info', load_scheme: 'info', close_year: 'secondary', reopen_year: 'warning',
} as const;

/** The business action where there is one (审批通过, 冲正, 批量加分…), else 新增 green, 修改 blue, 删除 red. */
export const ActionChipField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditLog>();
  if (record?.operation) return <EnumChipField source="operation" enumResource="audit-logs" colors={OPERATION_COLORS} variant="filled" />;
  return <EnumChipField source="action" enumResource="audit-logs" colors={{ create: 'success', update: 'info', delete: 'error' }} variant="filled" />;
};
