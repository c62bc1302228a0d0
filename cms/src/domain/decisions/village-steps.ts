// One 四议两公开 step on its own: the body that held it, its quorum and vote, its publication.
import type { Finding } from '../check-result';
import { BODY_NAMES, type StepRule } from './rules';
import { describeThreshold, meets, needed } from './threshold';
import { daysInclusive, isDay } from './days';

export interface StepAttendance {
  due: number;
  present: number;
  /** Present but recused: kept in the quorum, out of the vote. */
  recused?: number;
}

export interface StepVote {
  agree: number;
  disagree?: number;
  defer?: number;
}

export interface StepRecord {
  /** The rule's step code: propose, discuss, review, resolve, publish_decision, publish_result. */
  step: string;
  /** The meeting day, or the first day a notice was up. */
  date: string;
  body?: string | null;
  attendance?: StepAttendance | null;
  vote?: StepVote | null;
  /** Minutes, photos of the notice board: attachment ids. */
  evidence?: Array<string | number> | null;
  /** Publication steps: the last day the notice was up; null while it is still up. */
  displayedUntil?: string | null;
}

export type Emit = (f: Finding) => void;

const count = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 0;

/**
 * The step's own checks. `closing` asks whether a publication has been up its full time by `today`;
 * before closing, a notice still up is simply running. Returns whether the step's vote (if any) passed.
 */
export function checkStep(rule: StepRule, r: StepRecord, today: string, closing: boolean, emit: Emit): boolean {
  const named = `「${rule.name}」`;
  const err = (code: string, message: string, params: Record<string, unknown> = {}) =>
    emit({ code, severity: 'error', message: `${named}${message}`, params: { step: rule.code, ...params } });

  if (!r.evidence?.length) {
    emit({ code: 'step_evidence_missing', severity: 'warning', message: `${named}未上传佐证材料（记录、照片等）`, params: { step: rule.code } });
  }
  if (rule.publication) {
    checkPublication(rule, r, today, closing, err);
    return true;
  }

  const spec = rule.bodies.find((b) => b.body === r.body);
  if (!spec) {
    const allowed = rule.bodies.map((b) => BODY_NAMES[b.body] ?? b.body).join('或');
    err('step_wrong_body', `应由${allowed}进行，记录为${r.body ? BODY_NAMES[r.body as keyof typeof BODY_NAMES] ?? r.body : '未填写'}`, { body: r.body ?? null });
    return false;
  }
  const bodyName = BODY_NAMES[spec.body];
  let passed = true;
  const a = r.attendance;
  if (spec.quorum || spec.passing) {
    if (!a) {
      err('step_attendance_missing', `须填写${bodyName}应到、实到人数`);
      return false;
    }
    const recused = a.recused ?? 0;
    if (![a.due, a.present, recused].every(count) || a.present > a.due || recused > a.present || a.due === 0) {
      err('step_counts_invalid', `人数有误：应到 ${a.due}，实到 ${a.present}，回避 ${recused}`, { ...a });
      return false;
    }
    if (spec.quorum && !meets(a.present, a.due, spec.quorum)) {
      err('step_quorum_not_met',
        `${bodyName}须应到会人员${describeThreshold(spec.quorum)}到会：应到 ${a.due} 人，实到 ${a.present} 人，至少需 ${needed(a.due, spec.quorum)} 人`,
        { due: a.due, present: a.present, needed: needed(a.due, spec.quorum) });
      passed = false;
    }
  }
  if (spec.passing && a) {
    const v = r.vote;
    if (!v) {
      err('step_vote_missing', `须填写${bodyName}表决结果`);
      return false;
    }
    const eligible = a.present - (a.recused ?? 0);
    const [agree, disagree, defer] = [v.agree, v.disagree ?? 0, v.defer ?? 0];
    if (![agree, disagree, defer].every(count) || agree + disagree + defer > eligible) {
      err('step_counts_invalid', `表决人数有误：同意 ${agree}，不同意 ${disagree}，缓议/弃权 ${defer}，可表决 ${eligible} 人`, { agree, disagree, defer, eligible });
      return false;
    }
    const base = spec.passing.base === 'due' ? a.due : eligible;
    if (!meets(agree, base, spec.passing)) {
      const baseName = spec.passing.base === 'due' ? '应到会人员' : '到会人员';
      err('step_not_passed',
        `须经${baseName}${describeThreshold(spec.passing)}同意：同意 ${agree} 人，${baseName} ${base} 人，至少需 ${needed(base, spec.passing)} 人`,
        { agree, base, needed: needed(base, spec.passing), baseKind: spec.passing.base });
      passed = false;
    }
  }
  return passed;
}

function checkPublication(rule: StepRule, r: StepRecord, today: string, closing: boolean, err: (code: string, message: string, params?: Record<string, unknown>) => void) {
  const minDays = rule.publication!.minDays;
  const until = r.displayedUntil ?? null;
  if (until != null && (!isDay(until) || until < r.date)) {
    err('publication_dates_invalid', `公开截止日 ${until} 早于公开日 ${r.date} 或不是有效日期`, { from: r.date, until });
    return;
  }
  // Coming down (or planned to) before minDays is wrong whatever today is; still up is fine until closing.
  const endedEarly = until != null && daysInclusive(r.date, until) < minDays;
  const lastDay = until != null && until < today ? until : today;
  const shown = Math.max(0, daysInclusive(r.date, lastDay));
  if (endedEarly || (closing && shown < minDays)) {
    err('publication_too_short', `应公开不少于 ${minDays} 天，自 ${r.date} 起已公开 ${shown} 天`, { from: r.date, until, shown, minDays });
  }
}
