// Who is due at a meeting, read from the organisation: its members (those below it too, for a
// 党总支), its committee or its party group. The list is kept as attendance rows without a status
// while the meeting is a draft, so members see the meetings they are due at and the secretary
// ticks from it; finalising freezes it.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { documentId as newDocumentId } from '../db/document-id';
import { linkTable, tableOf } from '../db/link-tables';
import { organisationSubtree } from '../scoping/organisation-tree';
import { dueAttendees, type MeetingOrganisation, type MeetingRule, type OrgMember } from '../domain/meetings';

export const MEETING = 'api::meeting.meeting';
export const ATTENDANCE = 'api::meeting-attendance.meeting-attendance';
const ORG = 'api::party-organisation.party-organisation';
const MEMBER = 'api::member.member';
type Row = Record<string, any>;

export interface OrgFacts extends MeetingOrganisation {
  id: number;
  documentId: string;
  name: string;
  townshipId: number | null;
  committeeSize: number;
}

export const dayOf = (v: unknown): string => (v == null ? '' : typeof v === 'string' ? v.slice(0, 10) : localDay(v as Date));
/** node-postgres reads a DATE as local midnight */
function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export async function organisationFacts(strapi: Core.Strapi, knex: Knex, orgId: number): Promise<OrgFacts | null> {
  const o = await knex(tableOf(strapi, ORG)).where('id', orgId).first('id', 'document_id', 'name', 'level', 'category', 'committee_size');
  if (!o) return null;
  const tl = linkTable(strapi, ORG, 'township');
  const t = await knex(tl.table).where(tl.owner, orgId).first(tl.target);
  const size = Number(o.committee_size ?? 0);
  return {
    id: Number(o.id), documentId: o.document_id, name: o.name, level: o.level, category: o.category ?? null,
    townshipId: t ? Number(t[tl.target]) : null, committeeSize: size,
    // 支部 under 7 full members have a secretary only; party groups and 党委 are judged by their rules' levels.
    hasCommittee: o.level === 'branch' || o.level === 'general_branch' ? size > 0 : null,
  };
}

/**
 * The people who could be due at a meeting of `org`: its members (and those of the organisations
 * below it), or a party group's members, plus its committee members wherever they belong.
 */
export async function candidates(strapi: Core.Strapi, knex: Knex, org: OrgFacts, attendees: MeetingRule['attendees']): Promise<OrgMember[]> {
  const members = tableOf(strapi, MEMBER);
  const po = linkTable(strapi, MEMBER, 'partyOrganisation');
  const pg = linkTable(strapi, MEMBER, 'partyGroup');
  const cm = linkTable(strapi, ORG, 'committeeMembers');
  // Committee members count only for committee meetings (they may sit in a branch below a 党总支).
  const committee = new Set((await knex(cm.table).where(cm.owner, org.id).select(cm.target)).map((r: Row) => Number(r[cm.target])));
  const extra = attendees === 'committee' ? [...committee] : [];
  let ids: number[];
  if (org.level === 'party_group') {
    ids = (await knex(pg.table).where(pg.target, org.id).select(pg.owner)).map((r: Row) => Number(r[pg.owner]));
  } else {
    const orgs = await organisationSubtree(strapi, org.id);
    ids = [];
    for (let i = 0; i < orgs.length; i += 500) ids.push(...(await knex(po.table).whereIn(po.target, orgs.slice(i, i + 500)).select(po.owner)).map((r: Row) => Number(r[po.owner])));
  }
  const all = [...new Set([...ids, ...extra])];
  const out: OrgMember[] = [];
  for (let i = 0; i < all.length; i += 500) {
    const rows = await knex(`${members} as m`).leftJoin(`${pg.table} as g`, `g.${pg.owner}`, 'm.id').whereIn('m.id', all.slice(i, i + 500))
      .select('m.id', 'm.name', 'm.status', 'm.joined_date as joinedDate', `g.${pg.target} as groupId`);
    for (const m of rows) {
      out.push({ id: Number(m.id), name: m.name, status: m.status, joinedOn: dayOf(m.joinedDate) || '1900-01-01', isCommittee: committee.has(Number(m.id)), groupId: m.groupId == null ? null : Number(m.groupId) });
    }
  }
  return out.sort((a, b) => Number(a.id) - Number(b.id));
}

export interface AttendanceRow {
  id: number;
  memberId: number;
  status: 'present' | 'excused' | 'absent' | null;
  reason: string | null;
  memberStatus: 'full' | 'probationary' | null;
  committee: boolean;
}

export async function attendanceRows(strapi: Core.Strapi, knex: Knex, meetingId: number): Promise<AttendanceRow[]> {
  const ml = linkTable(strapi, ATTENDANCE, 'meeting');
  const mm = linkTable(strapi, ATTENDANCE, 'member');
  const rows = await knex(`${tableOf(strapi, ATTENDANCE)} as a`).join(`${ml.table} as l`, `l.${ml.owner}`, 'a.id').join(`${mm.table} as m`, `m.${mm.owner}`, 'a.id')
    .where(`l.${ml.target}`, meetingId).select('a.id', `m.${mm.target} as memberId`, 'a.status', 'a.reason', 'a.member_status as memberStatus', 'a.committee').orderBy(`m.${mm.target}`);
  return rows.map((r: Row) => ({ id: Number(r.id), memberId: Number(r.memberId), status: r.status ?? null, reason: r.reason ?? null, memberStatus: r.memberStatus ?? null, committee: !!r.committee }));
}

/** Members as the domain judges a list: those on the frozen list are due; the rest as they are now. */
export function asDomainMembers(rows: AttendanceRow[], names: Map<number, string>, others: OrgMember[], org: OrgFacts): OrgMember[] {
  const listed = new Set(rows.map((r) => r.memberId));
  return [
    ...rows.map((r) => ({ id: r.memberId, name: names.get(r.memberId) ?? `党员（编号 ${r.memberId}）`, status: r.memberStatus ?? 'full', joinedOn: '1900-01-01', isCommittee: true, groupId: org.id })),
    ...others.filter((m) => !listed.has(Number(m.id))),
  ];
}

export async function memberNames(strapi: Core.Strapi, knex: Knex, ids: number[]): Promise<Map<number, Row>> {
  const out = new Map<number, Row>();
  const po = linkTable(strapi, MEMBER, 'partyOrganisation');
  const tl = linkTable(strapi, MEMBER, 'township');
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await knex(`${tableOf(strapi, MEMBER)} as m`).leftJoin(`${po.table} as p`, `p.${po.owner}`, 'm.id').leftJoin(`${tl.table} as t`, `t.${tl.owner}`, 'm.id')
      .whereIn('m.id', ids.slice(i, i + 500)).select('m.id', 'm.document_id as documentId', 'm.name', 'm.code', 'm.status', `p.${po.target} as branchId`, `t.${tl.target} as townshipId`);
    for (const r of rows) out.set(Number(r.id), { ...r, id: Number(r.id), branchId: r.branchId == null ? null : Number(r.branchId), townshipId: r.townshipId == null ? null : Number(r.townshipId) });
  }
  return out;
}

/**
 * Brings the list of a draft up to date: adds everyone due now who is missing; with `prune`
 * (the date, organisation or kind changed) also drops rows of people no longer due.
 */
export async function syncDue(strapi: Core.Strapi, knex: Knex, meeting: { id: number; heldOn: string }, org: OrgFacts, rule: Pick<MeetingRule, 'attendees'>, prune: boolean): Promise<{ added: number; removed: number }> {
  const due = dueAttendees(rule.attendees, org, await candidates(strapi, knex, org, rule.attendees), meeting.heldOn);
  const rows = await attendanceRows(strapi, knex, meeting.id);
  const have = new Set(rows.map((r) => r.memberId));
  const dueIds = new Set(due.map((m) => Number(m.id)));
  let removed = 0;
  if (prune) {
    const gone = rows.filter((r) => !dueIds.has(r.memberId)).map((r) => r.id);
    removed = await deleteAttendance(strapi, knex, gone);
  }
  const fresh = due.filter((m) => !have.has(Number(m.id)));
  await insertAttendance(strapi, knex, meeting.id, org, fresh.map((m) => ({ memberId: Number(m.id), memberStatus: m.statusOn, committee: !!m.isCommittee, status: null, reason: null })));
  return { added: fresh.length, removed };
}

export async function insertAttendance(strapi: Core.Strapi, knex: Knex, meetingId: number, org: Pick<OrgFacts, 'id' | 'townshipId'>,
  rows: Array<{ memberId: number; memberStatus: string | null; committee: boolean; status: string | null; reason: string | null }>): Promise<void> {
  if (!rows.length) return;
  const now = new Date();
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const res = await strapi.db.query(ATTENDANCE as any).createMany({
      data: rows.slice(i, i + 500).map((r) => ({ documentId: newDocumentId(), status: r.status, reason: r.reason, memberStatus: r.memberStatus, committee: r.committee,
        townshipRef: org.townshipId, organisationRef: org.id, createdAt: now, updatedAt: now, publishedAt: now })),
    });
    ids.push(...res.ids.map(Number));
  }
  const ml = linkTable(strapi, ATTENDANCE, 'meeting');
  const mm = linkTable(strapi, ATTENDANCE, 'member');
  const links = ids.flatMap((id, i) => [{ t: ml, row: { [ml.owner]: id, [ml.target]: meetingId } }, { t: mm, row: { [mm.owner]: id, [mm.target]: rows[i].memberId } }]);
  for (const t of [ml, mm]) {
    const mine = links.filter((l) => l.t === t).map((l) => l.row);
    for (let i = 0; i < mine.length; i += 500) await knex(t.table).insert(mine.slice(i, i + 500));
  }
}

export async function deleteAttendance(strapi: Core.Strapi, knex: Knex, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  for (const attr of ['meeting', 'member']) {
    const l = linkTable(strapi, ATTENDANCE, attr);
    for (let i = 0; i < ids.length; i += 500) await knex(l.table).whereIn(l.owner, ids.slice(i, i + 500)).delete();
  }
  for (let i = 0; i < ids.length; i += 500) await knex(tableOf(strapi, ATTENDANCE)).whereIn('id', ids.slice(i, i + 500)).delete();
  return ids.length;
}
