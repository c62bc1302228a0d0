import { EnumChipField } from '../common/EnumChipField';

const CATEGORY_COLORS = { base: 'primary', task: 'info', reward: 'success', deduction: 'error' } as const;

/** 基础分 / 任务分 / 奖励分 / 扣分 */
export const RuleCategoryField = (_props: { label?: string; source?: string; sortable?: boolean }) => (
  <EnumChipField source="category" enumResource="points-rules" colors={CATEGORY_COLORS} />
);
