// Chinese names for the codes that appear in messages.
import type { OrganisationCategory, OrganisationLevel } from '../branch-rules';

export const LEVEL_NAMES: Record<OrganisationLevel, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  party_group: '党小组',
};

export const CATEGORY_NAMES: Record<OrganisationCategory, string> = {
  village: '村',
  community: '社区',
  organ: '机关',
  enterprise: '企业',
  other: '其他',
};

export const ATTENDANCE_NAMES = { present: '出席', excused: '请假', absent: '缺席' } as const;

export const levelName = (level: string): string => LEVEL_NAMES[level as OrganisationLevel] ?? level;
export const categoryName = (category: string): string => CATEGORY_NAMES[category as OrganisationCategory] ?? category;
