// Recomputes the kept totals of one meeting kind from its finalised meetings, for when the county
// changes how often the kind is due (its periods or count change what "met" means). Rare and
// administrative, so it may read every counted meeting of the kind.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable, tableOf } from '../db/link-tables';
import { periodKeyOf, type MeetingRule } from '../domain/meetings';
import { ATTENDANCE, dayOf, MEETING } from './due';
import { addToMany, MT } from './tables';

type Row = Record<string, any>;

export async function rebuildKind(strapi: Core.Strapi, knex: Knex, rule: MeetingRule): Promise<number> {
  const mt = tableOf(strapi, MEETING);
  const ol = linkTable(strapi, MEETING, 'organisation');
  const tl = linkTable(strapi, MEETING, 'township');
  const meetings: Row[] = await knex(`${mt} as m`).join(`${ol.table} as o`, `o.${ol.owner}`, 'm.id').leftJoin(`${tl.table} as t`, `t.${tl.owner}`, 'm.id')
    .where({ 'm.kind': rule.kind, 'm.status': 'finalised', 'm.counted': true })
    .select('m.id', 'm.held_on as heldOn', 'm.late', `o.${ol.target} as orgId`, `t.${tl.target} as townshipId`);
  const am = linkTable(strapi, ATTENDANCE, 'meeting');
  const tallies = new Map<number, Row>();
  for (let i = 0; i < meetings.length; i += 500) {
    const ids = meetings.slice(i, i + 500).map((m) => m.id);
    const rows = await knex(`${tableOf(strapi, ATTENDANCE)} as a`).join(`${am.table} as l`, `l.${am.owner}`, 'a.id').whereIn(`l.${am.target}`, ids).whereNotNull('a.status')
      .groupBy(`l.${am.target}`, 'a.status').select(`l.${am.target} as meetingId`, 'a.status').count({ n: '*' });
    for (const r of rows as Row[]) {
      const t = tallies.get(Number(r.meetingId)) ?? { due: 0, present: 0, excused: 0, absent: 0 };
      t.due += Number(r.n);
      t[r.status] += Number(r.n);
      tallies.set(Number(r.meetingId), t);
    }
  }
  await knex(MT.orgPeriods).where('kind', rule.kind).delete();
  await knex(MT.townshipPeriods).where('kind', rule.kind).delete();
  const org = new Map<string, Row>();
  const byPeriod = new Map<string, number[]>();
  for (const m of meetings) {
    const heldOn = dayOf(m.heldOn);
    const period = periodKeyOf(rule.frequency.period, heldOn);
    const k = `${m.orgId}|${period}`;
    const row = org.get(k) ?? { organisation_id: Number(m.orgId), kind: rule.kind, period, year: Number(heldOn.slice(0, 4)), township_id: m.townshipId == null ? null : Number(m.townshipId), held: 0, late: 0, due: 0, present: 0, excused: 0, absent: 0 };
    const t = tallies.get(Number(m.id)) ?? { due: 0, present: 0, excused: 0, absent: 0 };
    row.held++;
    row.late += m.late ? 1 : 0;
    for (const f of ['due', 'present', 'excused', 'absent']) row[f] += t[f];
    org.set(k, row);
    byPeriod.set(period, [...(byPeriod.get(period) ?? []), Number(m.id)]);
  }
  for (const [period, ids] of byPeriod) {
    for (let i = 0; i < ids.length; i += 500) await knex(mt).whereIn('id', ids.slice(i, i + 500)).update({ period_key: period });
  }
  const rows = [...org.values()];
  await addToMany(knex, MT.orgPeriods, ['organisation_id', 'kind', 'period'], rows, ['held', 'late', 'due', 'present', 'excused', 'absent']);
  const town = new Map<string, Row>();
  for (const r of rows) {
    if (r.township_id == null) continue;
    const k = `${r.township_id}|${r.period}`;
    const t = town.get(k) ?? { township_id: r.township_id, kind: rule.kind, period: r.period, year: r.year, met: 0, due: 0, present: 0 };
    t.met += r.held >= rule.frequency.count ? 1 : 0;
    t.due += r.due;
    t.present += r.present;
    town.set(k, t);
  }
  await addToMany(knex, MT.townshipPeriods, ['township_id', 'kind', 'period'], [...town.values()], ['met', 'due', 'present']);
  return meetings.length;
}
