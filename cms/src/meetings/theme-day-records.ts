// 最佳主题党日 rounds, nominations and scores read back as the domain wants them (judges with their
// township, nominations with their meeting). No Strapi error types here: seeds use it too.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import type { Judge, Nomination, Round, Score } from '../domain/meetings';
import { dayOf, MEETING } from './due';

export const ROUND = 'api::theme-day-round.theme-day-round';
export const NOMINATION = 'api::theme-day-nomination.theme-day-nomination';
export const SCORE = 'api::theme-day-score.theme-day-score';
export const USER = 'plugin::users-permissions.user';
type Row = Record<string, any>;

export const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** The township a login belongs to: its own (township role) or its organisation's (branch role); county: none. */
export async function townshipOfUsers(strapi: Core.Strapi, knex: Knex, userIds: number[]): Promise<Map<number, { id: number; name: string } | null>> {
  const out = new Map<number, { id: number; name: string } | null>(userIds.map((id) => [id, null]));
  if (!userIds.length) return out;
  const ut = linkTable(strapi, USER, 'township');
  const uo = linkTable(strapi, USER, 'partyOrganisation');
  const ot = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
  const townships = tableOf(strapi, 'api::township.township');
  const direct = await knex(`${ut.table} as l`).join(`${townships} as t`, 't.id', `l.${ut.target}`).whereIn(`l.${ut.owner}`, userIds).select(`l.${ut.owner} as userId`, 't.id', 't.name');
  const viaOrg = await knex(`${uo.table} as l`).join(`${ot.table} as o`, `o.${ot.owner}`, `l.${uo.target}`).join(`${townships} as t`, 't.id', `o.${ot.target}`)
    .whereIn(`l.${uo.owner}`, userIds).select(`l.${uo.owner} as userId`, 't.id', 't.name');
  for (const r of [...viaOrg, ...direct]) out.set(Number(r.userId), { id: Number(r.id), name: r.name });
  return out;
}

export interface LoadedRound {
  row: Row;
  round: Round;
  judges: Judge[];
}

export async function loadRound(strapi: Core.Strapi, knex: Knex, where: Row): Promise<LoadedRound | null> {
  const row = await strapi.db.query(ROUND as any).findOne({ where, populate: { judges: { select: ['id', 'username'] } } });
  if (!row) return null;
  const ids = (row.judges ?? []).map((u: Row) => Number(u.id));
  const towns = await townshipOfUsers(strapi, knex, ids);
  const judges: Judge[] = (row.judges ?? []).map((u: Row) => {
    const t = towns.get(Number(u.id));
    return { id: Number(u.id), name: u.username, townshipId: t?.id ?? null, townshipName: t?.name };
  });
  const round: Round = {
    state: row.state, periodStart: dayOf(row.periodStart), periodEnd: dayOf(row.periodEnd), criteria: json(row.criteria) ?? [], judges, perTownship: row.perTownship ?? null,
  };
  return { row, round, judges };
}

/** A meeting as a nomination sees it: kind, finalised, date, township and a title for the ranking. */
export async function nominatedMeeting(strapi: Core.Strapi, knex: Knex, meetingId: number) {
  const m = await strapi.db.query(MEETING as any).findOne({ where: { id: meetingId }, populate: { organisation: true, township: true } });
  if (!m) return null;
  return {
    row: m,
    meeting: {
      id: Number(m.id), kind: m.kind, finalised: m.status === 'finalised', heldOn: dayOf(m.heldOn), townshipId: m.township?.id ?? -1,
      title: `${m.organisation?.name ?? ''} ${dayOf(m.heldOn)} ${m.theme || m.topic}`.trim(),
    },
  };
}

export async function nominationsOf(strapi: Core.Strapi, knex: Knex, roundId: number): Promise<Array<Nomination & { row: Row }>> {
  const rows: Row[] = await strapi.db.query(NOMINATION as any).findMany({ where: { round: { id: roundId } }, populate: { township: true, meeting: { populate: { organisation: true } } }, orderBy: { id: 'asc' } });
  return rows.map((n) => ({
    row: n,
    id: Number(n.id),
    townshipId: n.township?.id ?? -1,
    townshipName: n.township?.name,
    meeting: {
      id: Number(n.meeting?.id), kind: n.meeting?.kind, finalised: n.meeting?.status === 'finalised', heldOn: dayOf(n.meeting?.heldOn), townshipId: n.township?.id ?? -1,
      title: `${n.meeting?.organisation?.name ?? ''} ${dayOf(n.meeting?.heldOn)} ${n.meeting?.theme || n.meeting?.topic || ''}`.trim(),
    },
  }));
}

export async function scoresOf(strapi: Core.Strapi, roundId: number): Promise<Score[]> {
  const rows: Row[] = await strapi.db.query(SCORE as any).findMany({ where: { round: { id: roundId } }, populate: { judge: { select: ['id'] }, nomination: { select: ['id'] } } });
  return rows.map((s) => ({ judgeId: Number(s.judge?.id), nominationId: Number(s.nomination?.id), criterion: s.criterion, score: s.score }));
}

