// Meeting rules as records ↔ the domain's MeetingRule. Records keep frequency, quorum and passing in
// flat fields (so the panel edits them as plain inputs); the domain wants them nested.
import type { Core } from '@strapi/strapi';
import type { MeetingRule } from '../domain/meetings';

export const RULE = 'api::meeting-rule.meeting-rule';
type Row = Record<string, any>;

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

export function toDomainRule(r: Row): MeetingRule {
  return {
    code: r.code,
    kind: r.kind,
    name: r.name,
    levels: json(r.levels) ?? [],
    categories: json(r.categories) ?? null,
    frequency: { period: r.period, count: r.count },
    attendees: r.attendees,
    quorum: { base: r.quorumBase, share: { num: r.quorumNum ?? 0, den: r.quorumDen ?? 1 }, strictlyMore: !!r.quorumStrictlyMore },
    passing: !r.passingBase || r.passingBase === 'none' ? null : { base: r.passingBase, share: { num: r.passingNum ?? 0, den: r.passingDen ?? 1 }, strictlyMore: !!r.passingStrictlyMore },
    pointsRule: r.pointsRule || null,
    pointsKind: r.pointsKind || null,
    dueSoonDays: r.dueSoonDays,
    finaliseWithinDays: r.finaliseWithinDays,
    fixedDayOfMonth: r.fixedDayOfMonth ?? null,
  };
}

/** A config/meeting-rules.json entry as record fields. */
export function toRecordFields(r: MeetingRule): Row {
  return {
    code: r.code, kind: r.kind, name: r.name, levels: r.levels, categories: r.categories,
    period: r.frequency.period, count: r.frequency.count, attendees: r.attendees,
    quorumBase: r.quorum.base, quorumNum: r.quorum.share.num, quorumDen: r.quorum.share.den, quorumStrictlyMore: r.quorum.strictlyMore,
    passingBase: r.passing?.base ?? 'none', passingNum: r.passing?.share.num ?? 0, passingDen: r.passing?.share.den ?? 1, passingStrictlyMore: r.passing?.strictlyMore ?? false,
    pointsRule: r.pointsRule, pointsKind: r.pointsKind, dueSoonDays: r.dueSoonDays, finaliseWithinDays: r.finaliseWithinDays,
    fixedDayOfMonth: r.fixedDayOfMonth, active: true,
  };
}

/** The active rules, as the domain wants them (a handful of rows; read per request). */
export async function activeRules(strapi: Core.Strapi): Promise<MeetingRule[]> {
  const rows: Row[] = await strapi.db.query(RULE as any).findMany({ where: { active: true }, orderBy: { id: 'asc' } });
  return rows.map(toDomainRule);
}

export async function ruleOf(strapi: Core.Strapi, kind: string): Promise<{ row: Row; rule: MeetingRule } | null> {
  const row = await strapi.db.query(RULE as any).findOne({ where: { kind } });
  return row ? { row, rule: toDomainRule(row) } : null;
}
