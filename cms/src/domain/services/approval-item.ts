// Delegated approval items (赋权事项): every one is squeezed to two steps, 受理 → 办结, with a time
// limit in working days. 《行政许可法》 art. 42 caps a licence decision at 20 days, so a longer limit
// on an item is flagged for review.
import { result, type CheckResult, type Finding } from '../check-result';

export const APPROVAL_STEPS = [
  { code: 'received', label: '受理' },
  { code: 'finished', label: '办结' },
] as const;

export const STATUTORY_MAX_DAYS = 20;

export interface ApprovalItem {
  code: string;
  name: string;
  /** The county department that delegated the item. */
  department: string;
  batch: number;
  /** Working days from the day after receipt; 0 means finished the same day (即办件). */
  timeLimitDays: number;
  materials: string[];
  onSiteCheck: boolean;
}

export function checkApprovalItem(item: ApprovalItem): CheckResult {
  const findings: Finding[] = [];
  if (!item.name?.trim()) findings.push({ code: 'name_required', severity: 'error', message: '事项名称不能为空' });
  if (!item.department?.trim()) findings.push({ code: 'department_required', severity: 'error', message: '应写明赋权的县直部门' });
  if (!Number.isInteger(item.timeLimitDays) || item.timeLimitDays < 0) {
    findings.push({
      code: 'time_limit_invalid',
      severity: 'error',
      message: `办理时限应为非负整数个工作日：${item.timeLimitDays}`,
      params: { timeLimitDays: item.timeLimitDays },
    });
  } else if (item.timeLimitDays > STATUTORY_MAX_DAYS) {
    findings.push({
      code: 'time_limit_over_statutory',
      severity: 'warning',
      message: `办理时限 ${item.timeLimitDays} 个工作日，超过法定 ${STATUTORY_MAX_DAYS} 日`,
      params: { timeLimitDays: item.timeLimitDays },
    });
  }
  if (!item.materials?.length) findings.push({ code: 'materials_missing', severity: 'warning', message: '未列明申请材料' });
  return result(findings);
}
