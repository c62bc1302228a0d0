// 支部星级 (appraisal-rules of kind branch_stars): the share of branches, in whole percent, that
// gets each number of stars, best first.
import { isIntegerIn, isRecord, type Problem } from './problems';

export function checkStarShares(value: unknown): Problem[] {
  if (!isRecord(value) || !Array.isArray(value.shares)) return [{ path: ['shares'], message: '星级比例应为列表' }];
  const problems: Problem[] = [];
  if (!value.shares.length) problems.push({ path: ['shares'], message: '至少要有一个星级' });
  const seen = new Set<number>();
  let sum = 0;
  value.shares.forEach((s, i) => {
    if (!isRecord(s)) return problems.push({ path: ['shares', i], message: '每行应有星级和比例' });
    if (!isIntegerIn(s.stars, 1, 5)) problems.push({ path: ['shares', i, 'stars'], message: '星级应为 1 到 5 的整数' });
    else if (seen.has(s.stars)) problems.push({ path: ['shares', i, 'stars'], message: `${s.stars} 星重复` });
    else seen.add(s.stars);
    if (!isIntegerIn(s.percent, 1, 100)) problems.push({ path: ['shares', i, 'percent'], message: '比例应为 1% 到 100% 的整数' });
    else sum += s.percent;
  });
  if (sum > 100) problems.push({ path: ['shares'], message: `各星级比例之和为 ${sum}%，不能超过 100%` });
  return problems;
}
