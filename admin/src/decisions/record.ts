// What a decision form sends: the facts of the record and nothing the server owns. Empty rows of the
// list inputs are dropped; a 四议两公开 record has no attendance of its own (its steps do).
import type { Statement, Recusal } from './types';

const FACTS = ['organisation', 'rule', 'subject', 'decidedOn', 'body', 'method', 'meetingId', 'amountFen', 'due', 'present', 'recused',
  'secretary', 'statements', 'outcome', 'remarks', 'corrects', 'correctionReason'] as const;
const VILLAGE = ['organisation', 'rule', 'subject', 'meetingId', 'remarks', 'corrects', 'correctionReason'] as const;

export function decisionFacts(values: Record<string, unknown>, village: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of village ? VILLAGE : FACTS) if (f in values) out[f] = values[f] === '' ? null : values[f];
  if (!village) {
    out.due = ((values.due as string[] | null) ?? []).filter(Boolean);
    const due = new Set(out.due as string[]);
    out.present = ((values.present as string[] | null) ?? []).filter((m) => due.has(m));
    out.recused = ((values.recused as Recusal[] | null) ?? []).filter((r) => r?.member).map((r) => ({ member: r.member, reason: r.reason ?? '' }));
    out.statements = ((values.statements as Statement[] | null) ?? []).filter((s) => s?.member)
      .map((s) => ({ member: s.member, position: s.position, ...(s.remarks ? { remarks: s.remarks } : {}) }));
  }
  return out;
}

/** The body of a live check: the same facts, or nothing until a rule is chosen. */
export function liveCheckBody(values: Record<string, unknown>, village: boolean, decision?: string): Record<string, unknown> | null {
  if (!values.rule) return null;
  const facts = decisionFacts(values, village);
  delete facts.organisation;
  delete facts.meetingId;
  delete facts.remarks;
  return { ...facts, ...(decision ? { decision } : {}) };
}
