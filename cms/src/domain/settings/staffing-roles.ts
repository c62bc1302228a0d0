// 网格配备标准: a grid kind's roles, each with how many people it needs (at least, at most) and how
// often they go into the grid (四个一). Role codes are data; the grid chief is always one of them.
import { isIntegerIn, isRecord, type Problem } from './problems';

export const VISITS = ['daily', 'all_day', 'every_2_3_days', 'monthly'] as const;
export const MAX_STAFF = 20;

export function checkStaffingRoles(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [{ path: [], message: '岗位要求应为列表' }];
  if (!value.length) return [{ path: [], message: '至少要有一个岗位' }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  value.forEach((r, i) => {
    if (!isRecord(r)) return problems.push({ path: [i], message: '每行应有岗位和人数' });
    if (typeof r.role !== 'string' || !/^[a-z_]{2,40}$/.test(r.role)) problems.push({ path: [i, 'role'], message: '请选择岗位' });
    else if (seen.has(r.role)) problems.push({ path: [i, 'role'], message: '岗位不能重复' });
    else seen.add(r.role);
    if (typeof r.label !== 'string' || !r.label.trim() || r.label.length > 20) problems.push({ path: [i, 'label'], message: '岗位名称不能为空，最多 20 字' });
    if (!isIntegerIn(r.min, 0, MAX_STAFF)) problems.push({ path: [i, 'min'], message: `人数应为 0 到 ${MAX_STAFF} 的整数` });
    if (r.max != null && (!isIntegerIn(r.max, 1, MAX_STAFF) || (isIntegerIn(r.min, 0, MAX_STAFF) && r.max < r.min))) {
      problems.push({ path: [i, 'max'], message: '最多人数应为整数，且不少于最少人数' });
    }
    if (r.visit != null && !VISITS.includes(r.visit as never)) problems.push({ path: [i, 'visit'], message: '请选择进网格频次' });
  });
  if (!seen.has('grid_chief')) problems.push({ path: [], message: '每个网格都须配备网格长' });
  return problems;
}
