// A decision record as it is stored (members by documentId in JSON lists, steps as their own rows)
// read into the facts the checks take, and the one verdict a record gets: the rule's checks plus the
// few things only a stored record has (a day, a correction's reason). Which findings refuse a save
// outright and which a draft may carry until it is finalised is decided here too.
import { result, type CheckResult, type Finding } from '../check-result';
import { checkDecision } from './check-decision';
import { isDay } from './days';
import { METHOD_NAMES, OUTCOME_NAMES, POSITION_NAMES, type DecisionFacts, type Method, type Outcome, type Position } from './facts';
import { BODY_NAMES, type BodyCode, type DecisionRule } from './rules';
import { canRecordStep, checkVillageProcess, type StepRecord } from './village-process';

export interface RecordRecusal {
  member: string;
  reason: string;
}

export interface RecordStatement {
  member: string;
  position: Position;
  remarks?: string | null;
}

/** The fields of a stored decision the checks read. Members are documentIds. */
export interface DecisionRecord {
  body?: BodyCode | null;
  method?: Method | null;
  amountFen?: number | string | null;
  decidedOn?: string | null;
  due?: unknown;
  present?: unknown;
  recused?: unknown;
  secretary?: string | null;
  statements?: unknown;
  outcome?: Outcome | null;
  /** documentId → name, filled by the server so messages name people. */
  memberNames?: Record<string, string> | null;
  corrects?: unknown;
  correctionReason?: string | null;
}

/**
 * Findings that refuse a save: a record that says something impossible (a statement by someone not
 * due, a recused member voting, money over the threshold on the wrong rule, a step out of order) is
 * never stored. Everything else (too few present, the secretary not last, no outcome yet) a draft
 * may carry while it is being written; it blocks finalising.
 */
export const REFUSED_ON_SAVE: ReadonlySet<string> = new Set([
  'field_invalid', 'member_duplicate', 'present_not_due', 'recused_not_due', 'recusal_reason_missing',
  'statement_not_due', 'statement_not_present', 'recused_voted', 'statement_duplicate', 'position_invalid',
  'amount_invalid', 'amount_requires_major_rule', 'outcome_invalid', 'decided_on_invalid', 'decided_in_future',
  'correction_reason_missing',
  'step_unknown', 'step_duplicate', 'step_date_invalid', 'step_in_future', 'step_out_of_order', 'step_before_predecessor',
  'predecessor_not_passed', 'step_counts_invalid', 'publication_dates_invalid',
]);

/** The first finding that refuses a save, if any. */
export function refusalOf(r: CheckResult): Finding | null {
  return r.findings.find((f) => f.severity === 'error' && REFUSED_ON_SAVE.has(f.code)) ?? null;
}

const FIELD_NAMES: Record<string, string> = {
  due: '应到会成员', present: '到会成员', recused: '回避成员', statements: '表态', secretary: '书记',
};

const isId = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 64;

/** The JSON lists' shapes: wrong shapes are reported rather than guessed at. */
export function shapeFindings(r: DecisionRecord, rule: Pick<DecisionRule, 'code' | 'name'>): Finding[] {
  const out: Finding[] = [];
  const bad = (field: string, what: string) =>
    out.push({ code: 'field_invalid', severity: 'error', message: `「${rule.name}」${FIELD_NAMES[field] ?? field}${what}`, params: { rule: rule.code, field } });
  const idList = (field: 'due' | 'present') => {
    const v = r[field];
    if (v == null) return;
    if (!Array.isArray(v) || !v.every(isId)) return bad(field, '应为党员 id 列表');
    if (new Set(v).size !== v.length) {
      out.push({ code: 'member_duplicate', severity: 'error', message: `「${rule.name}」${FIELD_NAMES[field]}有重复`, params: { rule: rule.code, field } });
    }
  };
  idList('due');
  idList('present');
  if (r.recused != null && (!Array.isArray(r.recused) || !r.recused.every((x) => x && typeof x === 'object' && isId(x.member) && (x.reason == null || typeof x.reason === 'string')))) {
    bad('recused', '应为 {member, reason} 列表');
  }
  if (r.statements != null) {
    const ok = Array.isArray(r.statements) && r.statements.every((s) => s && typeof s === 'object' && isId(s.member)
      && typeof s.position === 'string' && (s.remarks == null || (typeof s.remarks === 'string' && s.remarks.length <= 500)));
    if (!ok) bad('statements', '应为 {member, position, remarks} 列表（意见不超过 500 字）');
  }
  if (r.secretary != null && r.secretary !== '' && !isId(r.secretary)) bad('secretary', '应为党员 id');
  return out;
}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

/** Every member a record names, once: what the server resolves to names and checks against the caller's scope. */
export function membersNamed(r: DecisionRecord): string[] {
  const all = [
    ...list<string>(r.due), ...list<string>(r.present),
    ...list<RecordRecusal>(r.recused).map((x) => x?.member), ...list<RecordStatement>(r.statements).map((s) => s?.member),
    r.secretary,
  ];
  return [...new Set(all.filter(isId))];
}

/** An amount as stored (a biginteger may come back as a string) in integer fen; NaN when it is not one. */
export function amountOf(v: unknown): number | null {
  if (v == null || v === '') return null;
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : typeof v === 'number' ? v : NaN;
  return n;
}

export function factsOf(r: DecisionRecord): DecisionFacts {
  return {
    body: r.body ?? null,
    method: r.method ?? 'meeting',
    amountFen: amountOf(r.amountFen),
    due: list<string>(r.due).filter(isId),
    present: list<string>(r.present).filter(isId),
    recused: list<RecordRecusal>(r.recused).filter((x) => x && isId(x.member)).map((x) => ({ memberId: x.member, reason: x.reason ?? '' })),
    secretaryId: isId(r.secretary) ? r.secretary : null,
    statements: list<RecordStatement>(r.statements).filter((s) => s && isId(s.member))
      .map((s) => ({ memberId: s.member, position: s.position, remarks: s.remarks ?? null })),
    outcome: r.outcome ?? null,
    names: r.memberNames ?? undefined,
  };
}

export interface RecordCheckOptions {
  /** YYYY-MM-DD in China. */
  today: string;
  /** Finalising: a 四议两公开 record must then be complete, its notices up their full time. */
  closing: boolean;
  /** 四议两公开 only: the steps recorded so far, in any order. */
  steps?: StepRecord[];
}

/** The verdict on one record under its rule. */
export function checkRecord(rule: DecisionRule, r: DecisionRecord, o: RecordCheckOptions): CheckResult {
  const shapes = shapeFindings(r, rule);
  const named = `「${rule.name}」`;
  const extra: Finding[] = [];
  const add = (severity: Finding['severity'], code: string, message: string, params: Record<string, unknown> = {}) =>
    extra.push({ code, severity, message: `${named}${message}`, params: { rule: rule.code, ...params } });
  if (r.corrects != null && !r.correctionReason?.trim()) add('error', 'correction_reason_missing', '更正记录须说明更正理由');
  if (r.decidedOn != null && !isDay(r.decidedOn)) add('error', 'decided_on_invalid', `决策日期 ${r.decidedOn} 无效，应为 YYYY-MM-DD`);
  else if (r.decidedOn != null && r.decidedOn > o.today) add('error', 'decided_in_future', `决策日期 ${r.decidedOn} 晚于今天 ${o.today}`);

  if (rule.kind === 'village_matter') {
    const village = checkVillageProcess(rule, o.steps ?? [], o.today, { closing: o.closing });
    return result([...shapes, ...extra, ...village.findings]);
  }
  if (r.decidedOn == null) add('error', 'decided_on_missing', '未填写决策（会议）日期');
  if (shapes.length) return result([...shapes, ...extra]);
  return result([...extra, ...checkDecision(rule, factsOf(r)).findings]);
}

/** Whether `next` may join the steps already recorded (dry run and save alike). */
export function checkNewStep(rule: DecisionRule, recorded: StepRecord[], next: StepRecord, today: string): CheckResult {
  return canRecordStep(rule, recorded, next, today);
}

/** ok / warning / error and the codes, as stored on the record so lists can filter by findings. */
export function verdictOf(r: CheckResult): { checkStatus: 'ok' | 'warning' | 'error'; findingCodes: string } {
  const checkStatus = !r.ok ? 'error' : r.findings.length ? 'warning' : 'ok';
  const codes = [...new Set(r.findings.map((f) => f.code))];
  // Wrapped in commas so a filter for one code never matches another that contains it.
  return { checkStatus, findingCodes: codes.length ? `,${codes.join(',')},` : '' };
}

/** Labels for the printed record and messages: bodies, methods, outcomes, positions. */
export const LABELS = { body: BODY_NAMES, method: METHOD_NAMES, outcome: OUTCOME_NAMES, position: POSITION_NAMES };
