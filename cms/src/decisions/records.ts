// Reading decisions and their steps for the write rules, the checks on read, finalising and the
// chain (seeds too, so nothing here needs Strapi itself). Below the document service: callers
// check scope themselves.
import type { Core } from '@strapi/strapi';
import type { StepRecord } from '../domain/decisions/village-steps';
import { VILLAGE_STEPS } from '../domain/decisions/rules';
import { chinaDay } from '../domain/calendar/days';

export const DECISION = 'api::decision.decision';
export const STEP = 'api::decision-step.decision-step';
export const MEMBER = 'api::member.member';
export const ORG = 'api::party-organisation.party-organisation';

export type Row = Record<string, any>;

/** Today in China, the day checks are made on. */
export const today = (): string => chinaDay(new Date().toISOString());

/** A date column as 'YYYY-MM-DD' (node-postgres may hand back a Date at local midnight). */
export function dayOf(v: unknown): string | null {
  if (v == null || v === '') return null;
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

/** A datetime column as an ISO instant (SQLite may keep milliseconds since the epoch). */
export function instantOf(v: unknown): string | null {
  if (v == null || v === '') return null;
  if (v instanceof Date) return v.toISOString();
  const n = typeof v === 'number' ? v : /^\d+$/.test(String(v)) ? Number(v) : Date.parse(String(v));
  return new Date(n).toISOString();
}

export { singleRef } from '../scoping/relation-input';

export const whereRef = (ref: { documentId?: string; id?: number }) => (ref.documentId ? { documentId: ref.documentId } : { id: ref.id });

/** A decision with what checks and sealing need. */
export function loadDecision(strapi: Core.Strapi, where: Row): Promise<Row | null> {
  return strapi.db.query(DECISION as any).findOne({
    where,
    populate: { rule: true, organisation: { populate: { township: true } }, township: true, attachments: true, corrects: true },
  });
}

const STEP_ORDER = new Map<string, number>(VILLAGE_STEPS.map((s, i) => [s, i]));

/** A step row as the 四议两公开 checks read it. */
export function stepOf(row: Row): StepRecord {
  const counted = (...keys: string[]) => keys.some((k) => row[k] != null);
  return {
    step: row.step,
    date: dayOf(row.date) ?? '',
    body: row.body ?? null,
    attendance: counted('due', 'present', 'recused') ? { due: row.due ?? 0, present: row.present ?? 0, recused: row.recused ?? 0 } : null,
    vote: counted('agree', 'disagree', 'defer') ? { agree: row.agree ?? 0, disagree: row.disagree ?? 0, defer: row.defer ?? 0 } : null,
    evidence: (row.evidence ?? []).map((f: Row) => String(f.id)),
    displayedUntil: dayOf(row.displayedUntil),
  };
}

/** The step rows of some decisions, each list in the rule's order. */
export async function stepRowsOf(strapi: Core.Strapi, decisionIds: number[]): Promise<Map<number, Row[]>> {
  const out = new Map<number, Row[]>();
  if (!decisionIds.length) return out;
  const rows: Row[] = await strapi.db.query(STEP as any).findMany({
    where: { decision: { id: { $in: decisionIds } } },
    populate: { decision: { select: ['id'] }, evidence: { select: ['id'] } },
  });
  for (const r of rows) {
    const id = r.decision?.id;
    if (id != null) out.set(id, [...(out.get(id) ?? []), r]);
  }
  for (const list of out.values()) list.sort((a, b) => (STEP_ORDER.get(a.step) ?? 99) - (STEP_ORDER.get(b.step) ?? 99));
  return out;
}
