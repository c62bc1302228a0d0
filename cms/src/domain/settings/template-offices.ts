// 机构设置模板: the offices a township of the template's population band must have, by name and
// kind (办 / 局 / 中心); a township's offices are compared with this list by name.
import { isRecord, type Problem } from './problems';

export const OFFICE_KINDS = ['office', 'bureau', 'centre'] as const;

export function checkTemplateOffices(value: unknown): Problem[] {
  if (!Array.isArray(value)) return [{ path: [], message: '机构清单应为列表' }];
  if (!value.length) return [{ path: [], message: '至少要有一个机构' }];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  value.forEach((o, i) => {
    if (!isRecord(o)) return problems.push({ path: [i], message: '每行应有名称和类别' });
    const name = typeof o.name === 'string' ? o.name.trim() : '';
    if (!name || name.length > 50) problems.push({ path: [i, 'name'], message: '机构名称不能为空，最多 50 字' });
    else if (seen.has(name)) problems.push({ path: [i, 'name'], message: `机构名称“${name}”重复` });
    else seen.add(name);
    if (!OFFICE_KINDS.includes(o.kind as never)) problems.push({ path: [i, 'kind'], message: '类别应为办、局或中心' });
  });
  return problems;
}

/** 人口上限 below 人口下限 leaves the template applying to nobody. */
export function populationBandProblem(min: unknown, max: unknown): string | null {
  if (typeof min === 'number' && typeof max === 'number' && max < min) return '人口上限不能低于人口下限';
  return null;
}
