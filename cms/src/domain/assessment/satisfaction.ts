// The reporter's or applicant's rating: an integer 1 (very dissatisfied) to 5 (very satisfied).
export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;

/** A Chinese message when the score is not an integer 1–5, otherwise null. */
export function satisfactionProblem(score: unknown): string | null {
  if (typeof score !== 'number' || !Number.isInteger(score) || score < SATISFACTION_MIN || score > SATISFACTION_MAX) {
    return `满意度应为 ${SATISFACTION_MIN} 至 ${SATISFACTION_MAX} 的整数`;
  }
  return null;
}
