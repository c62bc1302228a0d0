// 年度评定等次 (appraisal-rules of kind member_grades): a score floor per grade, in tenths of a
// point, and the largest share of a branch that may be 优秀. That probationary members are never
// 优秀 is national rule, not a setting.
import { isIntegerIn, isRecord, type Problem } from './problems';

export const GRADES = ['excellent', 'qualified', 'basically_qualified', 'unqualified'] as const;
export const GRADE_LABELS: Record<(typeof GRADES)[number], string> = { excellent: '优秀', qualified: '合格', basically_qualified: '基本合格', unqualified: '不合格' };
/** the highest floor a grade may have: 1,000 points */
export const MAX_FLOOR_TENTHS = 10000;

export function checkGradeBands(value: unknown): Problem[] {
  if (!isRecord(value)) return [{ path: [], message: '评定参数应为对象' }];
  const problems: Problem[] = [];
  const bands = value.bands;
  if (!Array.isArray(bands) || bands.length !== GRADES.length) {
    problems.push({ path: ['bands'], message: '等次须为优秀、合格、基本合格、不合格各一行' });
  } else {
    const floors = new Map<string, number>();
    bands.forEach((b, i) => {
      if (!isRecord(b) || !GRADES.includes(b.grade as never)) {
        problems.push({ path: ['bands', i, 'grade'], message: '等次应为优秀、合格、基本合格或不合格' });
        return;
      }
      if (floors.has(b.grade as string)) problems.push({ path: ['bands', i, 'grade'], message: `等次“${GRADE_LABELS[b.grade as keyof typeof GRADE_LABELS]}”重复` });
      if (!isIntegerIn(b.min, 0, MAX_FLOOR_TENTHS)) problems.push({ path: ['bands', i, 'min'], message: '分数下限应为 0 到 1000 分之间，最多一位小数' });
      else floors.set(b.grade as string, b.min);
    });
    // Each grade's floor lies strictly above the next one's, and 不合格 starts at zero.
    for (let g = 0; g + 1 < GRADES.length; g++) {
      const hi = floors.get(GRADES[g]);
      const lo = floors.get(GRADES[g + 1]);
      if (hi != null && lo != null && hi <= lo) {
        const i = bands.findIndex((b) => isRecord(b) && b.grade === GRADES[g]);
        problems.push({ path: ['bands', i, 'min'], message: `${GRADE_LABELS[GRADES[g]]}的分数下限应高于${GRADE_LABELS[GRADES[g + 1]]}` });
      }
    }
    const last = floors.get('unqualified');
    if (last != null && last !== 0) {
      problems.push({ path: ['bands', bands.findIndex((b) => isRecord(b) && b.grade === 'unqualified'), 'min'], message: '不合格的分数下限应为 0' });
    }
  }
  const share = value.excellentMaxShare;
  if (!isRecord(share) || !isIntegerIn(share.numerator, 1, 100) || !isIntegerIn(share.denominator, 1, 100) || share.numerator > share.denominator) {
    problems.push({ path: ['excellentMaxShare'], message: '优秀比例上限应为不超过 1 的分数，如 1/3' });
  }
  return problems;
}
