// Writes a year of meetings into Strapi in bulk, in one transaction: the meeting rules (from
// config/meeting-rules.json), committees where none are recorded, then per township that has no
// meetings yet the planned meetings with attendance, their kept totals, and the points entries
// finalising them posted (sealed on the ledger's chain). Running it twice adds nothing.
import { readConfig } from '../plan';
import { documentId } from '../../cms/src/db/document-id';
import { linkTable, tableOf } from '../../cms/src/db/link-tables';
import { chainHead, seal } from '../../cms/src/points/chain';
import { T } from '../../cms/src/points/tables';
import { MT, addToMany } from '../../cms/src/meetings/tables';
import { toRecordFields, toDomainRule } from '../../cms/src/meetings/rules';
import { periodKey, type PeriodKind } from '../../cms/src/domain/points/periods';
import {
  chinaDay, isLate, periodKeyOf, pointsRuleFor, tallyAttendance,
  type MeetingRule, type OrgMember,
} from '../../cms/src/domain/meetings';
import { planMeetings, plannedCounts, type PlanOrganisation, type PlannedMeeting } from './plan';
import { bulkDocumentId, dbValues, insertRows, nextIds, syncSequence } from './bulk';

const RULE = 'api::meeting-rule.meeting-rule';
const MEETING = 'api::meeting.meeting';
const ATTENDANCE = 'api::meeting-attendance.meeting-attendance';
const ORG = 'api::party-organisation.party-organisation';
const MEMBER = 'api::member.member';
const ENTRY = 'api::points-entry.points-entry';
const ROUND = 'api::theme-day-round.theme-day-round';
const NOMINATION = 'api::theme-day-nomination.theme-day-nomination';

export interface MeetingsSeedOptions {
  year?: number;
  /** townships (division codes) that get a year of meetings; default all */
  townships?: string[];
  /** townships that get only January (tests need a few rows outside the main township) */
  sample?: string[];
  /** the day meetings stop being held (later ones are planned drafts); default today in China */
  today?: string;
}

type Row = Record<string, any>;
const pad = (n: number) => String(n).padStart(2, '0');

export const DEFAULT_CRITERIA = [
  { code: 'theme', name: '主题鲜明', weight: 30, max: 10 },
  { code: 'participation', name: '党员参与', weight: 30, max: 10 },
  { code: 'effect', name: '为民实效', weight: 40, max: 10 },
];

export async function seedMeetings(strapi: any, options: MeetingsSeedOptions = {}, log: (l: string) => void = () => {}) {
  const started = Date.now();
  const year = options.year ?? 2026;
  const realToday = chinaDay(new Date());
  const today = options.today ?? (realToday < `${year}-12-31` ? realToday : `${year}-12-31`);
  const inserted = { 'meeting rules': 0, meetings: 0, attendance: 0, 'meeting points entries': 0, 'theme-day nominations': 0 };
  await strapi.db.transaction(async ({ trx }: any) => {
    const knex = trx;
    const now = new Date();
    // Rules: config entries not yet recorded.
    const file = readConfig<{ rules: MeetingRule[] }>('meeting-rules.json');
    const have = new Set((await strapi.db.query(RULE).findMany({ select: ['code'] })).map((r: Row) => r.code));
    const fresh = file.rules.filter((r) => !have.has(r.code)).map((r) => ({ ...toRecordFields(r), documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
    if (fresh.length) await strapi.db.query(RULE).createMany({ data: fresh });
    inserted['meeting rules'] = fresh.length;
    const rules: MeetingRule[] = (await strapi.db.query(RULE).findMany({ where: { active: true }, orderBy: { id: 'asc' } })).map(toDomainRule);

    await seedCommittees(strapi, knex);

    const towns: Row[] = await knex('townships').select('id', 'code', 'name').orderBy('code');
    // A township is seeded for a year once it has meetings that year (benchmarks add earlier years).
    const mtl = linkTable(strapi, MEETING, 'township');
    const seeded = new Set((await knex(`${mtl.table} as l`).join(`${tableOf(strapi, MEETING)} as m`, 'm.id', `l.${mtl.owner}`)
      .whereBetween('m.held_on', [`${year}-01-01`, `${year}-12-31`]).distinct(`l.${mtl.target}`)).map((r: Row) => Number(r[mtl.target])));
    const wanted = towns.filter((t) => (!options.townships || options.townships.includes(t.code) || options.sample?.includes(t.code)) && !seeded.has(Number(t.id)));
    if (!wanted.length) {
      log('  meetings: present');
      return;
    }
    const pointsRules: Row[] = await strapi.db.query('api::points-rule.points-rule').findMany({});
    let head = await chainHead(knex);
    for (const t of wanted) {
      const t0 = Date.now();
      const sample = !!options.sample?.includes(t.code) && !options.townships?.includes(t.code);
      const ctx = await countyFacts(strapi, knex, [Number(t.id)]);
      const planned = planMeetings({ orgs: ctx.orgs, candidates: ctx.candidates, rules, year, today, until: sample ? `${year}-01-31` : undefined });
      const res = await writeMeetings(strapi, knex, planned, pointsRules, head, now);
      head = res.head;
      inserted.meetings += planned.length;
      inserted.attendance += res.attendance;
      inserted['meeting points entries'] += res.entries;
      log(`  meetings ${t.name}: +${planned.length} (${res.attendance} attendance, ${res.entries} points entries) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    inserted['theme-day nominations'] = await seedOpenRound(strapi, knex, year, now);
  });
  return { inserted, ms: Date.now() - started };
}

/** Organisations with a committee size but no committee on record get their first full members (secretary first). */
async function seedCommittees(strapi: any, knex: any) {
  const cm = linkTable(strapi, ORG, 'committeeMembers');
  const done = new Set((await knex(cm.table).distinct(cm.owner)).map((r: Row) => Number(r[cm.owner])));
  const orgs: Row[] = (await knex(tableOf(strapi, ORG)).where('committee_size', '>', 0).whereIn('level', ['branch', 'general_branch']).select('id', 'level', 'committee_size'))
    .filter((o: Row) => !done.has(Number(o.id)));
  if (!orgs.length) return;
  const parent = linkTable(strapi, ORG, 'parent');
  const po = linkTable(strapi, MEMBER, 'partyOrganisation');
  const sec = linkTable(strapi, ORG, 'secretary');
  const children = new Map<number, number[]>();
  for (const r of await knex(parent.table).select(`${parent.owner} as child`, `${parent.target} as parent`)) {
    children.set(Number(r.parent), [...(children.get(Number(r.parent)) ?? []), Number(r.child)]);
  }
  const secretaries = new Map((await knex(sec.table).select(sec.owner, sec.target)).map((r: Row) => [Number(r[sec.owner]), Number(r[sec.target])]));
  const full = new Map<number, number[]>();
  for (const r of await knex(`${tableOf(strapi, MEMBER)} as m`).join(`${po.table} as p`, `p.${po.owner}`, 'm.id').where('m.status', 'full').select('m.id', `p.${po.target} as org`).orderBy('m.id')) {
    full.set(Number(r.org), [...(full.get(Number(r.org)) ?? []), Number(r.id)]);
  }
  const links: Row[] = [];
  for (const o of orgs) {
    const size = Number(o.committee_size);
    const pool = o.level === 'branch'
      ? [secretaries.get(Number(o.id)), ...(full.get(Number(o.id)) ?? [])]
      : [...(children.get(Number(o.id)) ?? []).map((c) => secretaries.get(c)), ...(children.get(Number(o.id)) ?? []).flatMap((c) => full.get(c) ?? [])];
    const picked = [...new Set(pool.filter((x): x is number => x != null))].slice(0, size);
    picked.forEach((m, i) => links.push({ [cm.owner]: o.id, [cm.target]: m, __ord: i + 1 }));
  }
  const meta = strapi.db.metadata.get(ORG).attributes.committeeMembers.joinTable;
  const rows = links.map(({ __ord, ...l }) => (meta.orderColumnName ? { ...l, [meta.orderColumnName]: __ord } : l));
  for (let i = 0; i < rows.length; i += 500) await knex(cm.table).insert(rows.slice(i, i + 500));
}

/** Organisations of some townships and, per organisation and kind, who could be due. */
export async function countyFacts(strapi: any, knex: any, townshipIds: number[]) {
  const ol = linkTable(strapi, ORG, 'township');
  const parent = linkTable(strapi, ORG, 'parent');
  const cm = linkTable(strapi, ORG, 'committeeMembers');
  const orgRows: Row[] = await knex(`${tableOf(strapi, ORG)} as o`).join(`${ol.table} as t`, `t.${ol.owner}`, 'o.id').whereIn(`t.${ol.target}`, townshipIds)
    .select('o.id', 'o.code', 'o.name', 'o.level', 'o.category', 'o.committee_size as committeeSize', `t.${ol.target} as townshipId`).orderBy('o.code');
  const ids = orgRows.map((o) => Number(o.id));
  const children = new Map<number, number[]>();
  for (const r of await knex(parent.table).whereIn(parent.target, ids).select(`${parent.owner} as child`, `${parent.target} as parent`)) {
    children.set(Number(r.parent), [...(children.get(Number(r.parent)) ?? []), Number(r.child)]);
  }
  const committee = new Map<number, Set<number>>();
  for (const r of await knex(cm.table).whereIn(cm.owner, ids).select(cm.owner, cm.target)) {
    const k = Number(r[cm.owner]);
    if (!committee.has(k)) committee.set(k, new Set());
    committee.get(k)!.add(Number(r[cm.target]));
  }
  const po = linkTable(strapi, MEMBER, 'partyOrganisation');
  const pg = linkTable(strapi, MEMBER, 'partyGroup');
  const mt = linkTable(strapi, MEMBER, 'township');
  const members: Row[] = await knex(`${tableOf(strapi, MEMBER)} as m`).join(`${mt.table} as t`, `t.${mt.owner}`, 'm.id').whereIn(`t.${mt.target}`, townshipIds)
    .leftJoin(`${po.table} as p`, `p.${po.owner}`, 'm.id').leftJoin(`${pg.table} as g`, `g.${pg.owner}`, 'm.id')
    .select('m.id', 'm.name', 'm.status', 'm.joined_date as joinedDate', `p.${po.target} as org`, `g.${pg.target} as grp`).orderBy('m.id');
  const byOrg = new Map<number, Row[]>();
  const byGroup = new Map<number, Row[]>();
  for (const m of members) {
    byOrg.set(Number(m.org), [...(byOrg.get(Number(m.org)) ?? []), m]);
    if (m.grp != null) byGroup.set(Number(m.grp), [...(byGroup.get(Number(m.grp)) ?? []), m]);
  }
  const byId = new Map(members.map((m) => [Number(m.id), m]));
  const subtree = (id: number): Row[] => [...(byOrg.get(id) ?? []), ...(children.get(id) ?? []).flatMap(subtree)];
  const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}` : '1900-01-01');
  const memo = new Map<string, OrgMember[]>();
  const orgs: PlanOrganisation[] = orgRows.map((o) => ({
    id: Number(o.id), code: o.code ?? String(o.id), name: o.name, level: o.level, category: o.category, townshipId: Number(o.townshipId),
    hasCommittee: o.level === 'branch' || o.level === 'general_branch' ? Number(o.committeeSize ?? 0) > 0 : null,
  }));
  const candidates = (org: PlanOrganisation, rule: MeetingRule): OrgMember[] => {
    const key = `${org.id}|${rule.attendees}`;
    if (memo.has(key)) return memo.get(key)!;
    const mine = committee.get(org.id) ?? new Set<number>();
    const base = org.level === 'party_group' ? byGroup.get(org.id) ?? [] : subtree(org.id);
    const extra = rule.attendees === 'committee' ? [...mine].map((id) => byId.get(id)).filter(Boolean) as Row[] : [];
    const seen = new Set<number>();
    const list: OrgMember[] = [];
    for (const m of [...base, ...extra]) {
      if (seen.has(Number(m.id))) continue;
      seen.add(Number(m.id));
      list.push({ id: Number(m.id), name: m.name, status: m.status, joinedOn: day(m.joinedDate), isCommittee: mine.has(Number(m.id)), groupId: m.grp == null ? null : Number(m.grp) });
    }
    memo.set(key, list);
    return list;
  };
  return { orgs, candidates, byId };
}

/** The planned meetings with their attendance, totals and points entries. */
async function writeMeetings(strapi: any, knex: any, planned: PlannedMeeting[], pointsRules: Row[], head: { seq: number; hash: string }, now: Date) {
  const orgPeriods = new Map<string, Row>();
  const townshipPeriods = new Map<string, Row>();
  const memberYears = new Map<string, Row>();
  const meetingRows: Row[] = [];
  // The organisation's secretary finalises its meetings and signs the attendance points they post.
  const ot = linkTable(strapi, ORG, 'secretary');
  const secretaryOf = new Map<number, string>((await knex(`${ot.table} as s`).join('members as m', 'm.id', `s.${ot.target}`)
    .select(`s.${ot.owner} as org`, 'm.name')).map((x: Row) => [Number(x.org), x.name]));
  const signer = (org: PlanOrganisation) => secretaryOf.get(org.id) ?? '支部书记';
  const facts: Array<{ counts: boolean; late: boolean; period: string }> = [];
  for (const m of planned) {
    const doc = documentId();
    const period = periodKeyOf(m.rule.frequency.period, m.heldOn);
    const counts = m.finalisedOn ? plannedCounts(m) : null;
    const late = !!m.finalisedOn && isLate(m.heldOn, m.finalisedOn, m.rule.finaliseWithinDays);
    const finalisedAt = m.finalisedOn ? new Date(`${m.finalisedOn}T18:00:00+08:00`) : null;
    facts.push({ counts: !!counts?.counts, late, period });
    meetingRows.push({
      documentId: doc, kind: m.rule.kind, startsAt: m.startsAt, heldOn: m.heldOn, place: m.place, topic: m.topic, theme: m.theme,
      openToResidents: m.openToResidents, residentCount: m.residentCount, outcome: m.outcome, residentIssues: m.issues.length ? m.issues : null,
      minutes: m.finalisedOn ? `会议由书记主持，应到 ${m.attendance.length} 人，实到 ${m.attendance.filter((a) => a.status === 'present').length} 人。${m.topic}。` : null,
      status: m.finalisedOn ? 'finalised' : 'draft', version: 1, series: doc,
      periodKey: m.finalisedOn ? period : null, counted: !!counts?.counts, late,
      verdict: counts ? { quorumMet: counts.counts, due: counts.due, present: counts.present, base: counts.base, counted: counts.counted, needed: counts.needed, findings: [], seeded: true } : null,
      finalisedAt, finalisedBy: m.finalisedOn ? signer(m.org) : null, createdAt: finalisedAt ?? now, updatedAt: finalisedAt ?? now, publishedAt: now,
    });
  }
  const ids: number[] = [];
  for (let i = 0; i < meetingRows.length; i += 1000) ids.push(...(await strapi.db.query(MEETING).createMany({ data: meetingRows.slice(i, i + 1000) })).ids.map(Number));
  await insertLinks(knex, linkTable(strapi, MEETING, 'organisation'), ids.map((id, i) => [id, planned[i].org.id]));
  await insertLinks(knex, linkTable(strapi, MEETING, 'township'), ids.map((id, i) => [id, planned[i].org.townshipId]));

  // Attendance rows, below the query engine (a year of the county is about 1.9 million).
  const v = dbValues(knex);
  const attTable = tableOf(strapi, ATTENDANCE);
  const attCount = planned.reduce((s, m) => s + m.attendance.length, 0);
  const attIds = await nextIds(knex, attTable, attCount);
  const attRows: Row[] = [];
  const toMeeting: Row[] = [];
  const toMember: Row[] = [];
  const am = linkTable(strapi, ATTENDANCE, 'meeting');
  const amm = linkTable(strapi, ATTENDANCE, 'member');
  const stamp = v.time(now);
  let k = 0;
  planned.forEach((m, i) => {
    for (const a of m.attendance) {
      const id = attIds[k++];
      attRows.push({ id, document_id: bulkDocumentId(), status: a.status, reason: a.reason, member_status: a.memberStatus, committee: v.bool(a.committee),
        township_ref: m.org.townshipId, organisation_ref: m.org.id, created_at: stamp, updated_at: stamp, published_at: stamp });
      toMeeting.push({ [am.owner]: id, [am.target]: ids[i] });
      toMember.push({ [amm.owner]: id, [amm.target]: a.memberId });
    }
  });
  await insertRows(knex, attTable, attRows);
  await syncSequence(knex, attTable);
  await insertRows(knex, am.table, toMeeting);
  await insertRows(knex, amm.table, toMember);

  // Kept totals and points, in the order the meetings were finalised.
  const order = planned.map((m, i) => i).filter((i) => planned[i].finalisedOn).sort((a, b) => (planned[a].finalisedOn! < planned[b].finalisedOn! ? -1 : planned[a].finalisedOn! > planned[b].finalisedOn! ? 1 : a - b));
  // Cap usage so far (the points seed's own entries), for the rules meetings post through.
  const usage = new Map<string, Row>();
  const attendanceRules = pointsRules.filter((r) => r.trigger === 'meeting_attendance').map((r) => r.id);
  const memberSet = [...new Set(planned.flatMap((m) => m.attendance.map((a) => a.memberId)))];
  for (let i = 0; i < memberSet.length; i += 2000) {
    const rows = await knex(T.rulePeriods).whereIn('member_id', memberSet.slice(i, i + 2000)).whereIn('rule_id', attendanceRules.length ? attendanceRules : [-1]);
    for (const r of rows) usage.set(`${r.member_id}/${r.rule_id}/${r.period}`, { base: Number(r.approved_tenths) + Number(r.pending_tenths), added: 0 });
  }
  const entries: Row[] = [];
  const entryLinks: Array<{ member: number; rule: number; township: number | null; meeting: number }> = [];
  const years = new Map<string, Row>();
  const months = new Map<string, Row>();
  const usageRows = new Map<string, Row>();
  for (const i of order) {
    const m = planned[i];
    const f = facts[i];
    if (!f.counts) continue;
    const y = Number(m.heldOn.slice(0, 4));
    const records = m.attendance.filter((a) => a.status).map((a) => ({ memberId: a.memberId, status: a.status! }));
    const t = tallyAttendance(records);
    const ok = `${m.org.id}|${m.rule.kind}|${f.period}`;
    const op = orgPeriods.get(ok) ?? { organisation_id: m.org.id, kind: m.rule.kind, period: f.period, year: y, township_id: m.org.townshipId, held: 0, late: 0, due: 0, present: 0, excused: 0, absent: 0 };
    op.held++;
    op.late += f.late ? 1 : 0;
    op.due += t.due; op.present += t.present; op.excused += t.excused; op.absent += t.absent;
    orgPeriods.set(ok, op);
    if (op.held === m.rule.frequency.count) {
      const tk = `${m.org.townshipId}|${m.rule.kind}|${f.period}`;
      const tp = townshipPeriods.get(tk) ?? { township_id: m.org.townshipId, kind: m.rule.kind, period: f.period, year: y, met: 0, due: 0, present: 0 };
      tp.met++;
      townshipPeriods.set(tk, tp);
    }
    const tk = `${m.org.townshipId}|${m.rule.kind}|${f.period}`;
    const tp = townshipPeriods.get(tk) ?? { township_id: m.org.townshipId, kind: m.rule.kind, period: f.period, year: y, met: 0, due: 0, present: 0 };
    tp.due += t.due; tp.present += t.present;
    townshipPeriods.set(tk, tp);
    for (const r of records) {
      const mk = `${r.memberId}|${y}`;
      const my = memberYears.get(mk) ?? { member_id: r.memberId, year: y, due: 0, present: 0, excused: 0, absent: 0 };
      my.due++;
      my[r.status]++;
      memberYears.set(mk, my);
    }

    const code = pointsRuleFor(m.rule, pointsRules as Array<{ code: string }>);
    const rule = code ? pointsRules.find((p) => p.code === code) : null;
    if (!rule) continue;
    const present = records.filter((r) => r.status === 'present').map((r) => r.memberId);
    const cap = periodKey(rule.capPeriod as PeriodKind, m.heldOn);
    const decided = new Date(`${m.finalisedOn}T18:00:00+08:00`);
    for (const memberId of present) {
      const uk = `${memberId}/${rule.id}/${cap}`;
      if (rule.capTenths != null && !rule.outsideCap) {
        if (!usage.has(uk)) usage.set(uk, { base: 0, added: 0 });
        const u = usage.get(uk)!;
        if (u.base + u.added + rule.pointsTenths > rule.capTenths) continue;
        u.added += rule.pointsTenths;
      }
      const member = planned[i].org;
      const doc = bulkDocumentId();
      const reason = `参加${m.rule.name}（${m.heldOn}）`;
      const s = seal({ documentId: doc, memberId, organisationId: null, ruleId: rule.id, pointsTenths: rule.pointsTenths, occurredOn: m.heldOn, reason, reversesId: null, approvedAt: decided.toISOString(), approverId: null }, head);
      head = s.head;
      entries.push({
        document_id: doc, points_tenths: rule.pointsTenths, reason, occurred_on: m.heldOn, period: m.heldOn.slice(0, 7), status: 'approved', proposer_name: signer(planned[i].org), approver_name: signer(planned[i].org),
        decided_at: v.time(decided), idempotency_key: `meeting:${meetingRows[i].series}:${memberId}:1`, member_ref: memberId, rule_ref: rule.id,
        seq: s.fields.seq, prev_hash: s.fields.prevHash, hash: s.fields.hash, created_at: v.time(decided), updated_at: v.time(decided), published_at: stamp,
      });
      entryLinks.push({ member: memberId, rule: rule.id, township: member.townshipId, meeting: ids[i] });
      const yk = `${memberId}/${y}`;
      const yr = years.get(yk) ?? { member_id: memberId, year: y, township_id: member.townshipId, branch_id: null, total_tenths: 0, base_tenths: 0 };
      yr.total_tenths += rule.pointsTenths;
      if (rule.category === 'base' || rule.category === 'deduction') yr.base_tenths += rule.pointsTenths;
      years.set(yk, yr);
      const mo = `${memberId}/${y}/${Number(m.heldOn.slice(5, 7))}`;
      const mr = months.get(mo) ?? { member_id: memberId, year: y, month: Number(m.heldOn.slice(5, 7)), total_tenths: 0 };
      mr.total_tenths += rule.pointsTenths;
      months.set(mo, mr);
      const ur = usageRows.get(uk) ?? { member_id: memberId, rule_id: rule.id, period: cap, approved_tenths: 0, pending_tenths: 0 };
      ur.approved_tenths += rule.pointsTenths;
      usageRows.set(uk, ur);
    }
  }
  const entryIds = await nextIds(knex, 'points_entries', entries.length);
  entries.forEach((e, i) => { e.id = entryIds[i]; });
  await insertRows(knex, 'points_entries', entries);
  await syncSequence(knex, 'points_entries');
  for (const attr of ['member', 'rule', 'township', 'meeting'] as const) {
    const l = linkTable(strapi, ENTRY, attr);
    await insertRows(knex, l.table, entryIds.map((id, i) => ({ [l.owner]: id, [l.target]: entryLinks[i][attr] })).filter((r) => r[l.target] != null));
  }
  // Branch ids for new member-year rows come from the members themselves.
  const po = linkTable(strapi, MEMBER, 'partyOrganisation');
  const memberIds = [...new Set([...years.values()].map((y) => y.member_id))];
  for (let i = 0; i < memberIds.length; i += 500) {
    const branchOf = new Map((await knex(po.table).whereIn(po.owner, memberIds.slice(i, i + 500)).select(po.owner, po.target)).map((r: Row) => [Number(r[po.owner]), Number(r[po.target])]));
    for (const y of years.values()) if (branchOf.has(y.member_id)) y.branch_id = branchOf.get(y.member_id);
  }
  await addToMany(knex, T.memberYears, ['member_id', 'year'], [...years.values()], ['total_tenths', 'base_tenths']);
  await addToMany(knex, T.memberMonths, ['member_id', 'year', 'month'], [...months.values()], ['total_tenths']);
  await addToMany(knex, T.rulePeriods, ['member_id', 'rule_id', 'period'], [...usageRows.values()], ['approved_tenths', 'pending_tenths']);
  await addToMany(knex, MT.orgPeriods, ['organisation_id', 'kind', 'period'], [...orgPeriods.values()], ['held', 'late', 'due', 'present', 'excused', 'absent']);
  await addToMany(knex, MT.townshipPeriods, ['township_id', 'kind', 'period'], [...townshipPeriods.values()], ['met', 'due', 'present']);
  await addToMany(knex, MT.memberYears, ['member_id', 'year'], [...memberYears.values()], ['due', 'present', 'excused', 'absent']);
  return { head, attendance: attRows.length, entries: entries.length };
}

async function insertLinks(knex: any, l: { table: string; owner: string; target: string }, pairs: Array<[number, number | null]>) {
  const rows = pairs.filter(([, t]) => t != null).map(([o, t]) => ({ [l.owner]: o, [l.target]: t }));
  for (let i = 0; i < rows.length; i += 500) await knex(l.table).insert(rows.slice(i, i + 500));
}

/** An open 最佳主题党日 round for the second half year, with the first two finalised theme days of each seeded township nominated. */
async function seedOpenRound(strapi: any, knex: any, year: number, now: Date): Promise<number> {
  const name = `${year}年下半年最佳主题党日评选`;
  let round = await strapi.db.query(ROUND).findOne({ where: { name } });
  if (!round) {
    round = await strapi.db.query(ROUND).create({ data: {
      documentId: documentId(), name, periodStart: `${year}-07-01`, periodEnd: `${year}-12-31`, criteria: DEFAULT_CRITERIA, perTownship: 3, state: 'open',
      createdAt: now, updatedAt: now, publishedAt: now,
    } });
  }
  const nl = linkTable(strapi, NOMINATION, 'round');
  const done = new Set((await knex(`${tableOf(strapi, NOMINATION)} as n`).join(`${nl.table} as l`, `l.${nl.owner}`, 'n.id').where(`l.${nl.target}`, round.id)
    .join(`${linkTable(strapi, NOMINATION, 'township').table} as t`, `t.${linkTable(strapi, NOMINATION, 'township').owner}`, 'n.id')
    .select(`t.${linkTable(strapi, NOMINATION, 'township').target} as township`)).map((r: Row) => Number(r.township)));
  const mt = tableOf(strapi, MEETING);
  const mo = linkTable(strapi, MEETING, 'organisation');
  const mtl = linkTable(strapi, MEETING, 'township');
  const orgs = tableOf(strapi, ORG);
  const candidates: Row[] = await knex(`${mt} as m`).join(`${mo.table} as o`, `o.${mo.owner}`, 'm.id').join(`${orgs} as org`, 'org.id', `o.${mo.target}`)
    .join(`${mtl.table} as t`, `t.${mtl.owner}`, 'm.id')
    .where({ 'm.kind': 'theme_day', 'm.status': 'finalised', 'org.category': 'village' }).whereBetween('m.held_on', [`${year}-07-01`, `${year}-12-31`])
    .select('m.id', `t.${mtl.target} as township`, 'org.id as orgId', 'org.code').orderBy([{ column: 'org.code' }, { column: 'm.held_on' }]);
  const picked = new Map<number, Row[]>();
  const seenOrg = new Set<number>();
  for (const c of candidates) {
    const t = Number(c.township);
    if (done.has(t) || seenOrg.has(Number(c.orgId))) continue;
    const list = picked.get(t) ?? [];
    if (list.length >= 2) continue;
    list.push(c);
    seenOrg.add(Number(c.orgId));
    picked.set(t, list);
  }
  let n = 0;
  for (const [township, list] of picked) {
    for (const c of list) {
      const row = await strapi.db.query(NOMINATION).create({ data: { documentId: documentId(), note: '该村主题党日活动形式新颖、成效明显', organisationRef: Number(c.orgId), createdAt: now, updatedAt: now, publishedAt: now } });
      for (const [attr, target] of [['round', round.id], ['meeting', Number(c.id)], ['township', township]] as const) {
        const l = linkTable(strapi, NOMINATION, attr);
        await knex(l.table).insert({ [l.owner]: row.id, [l.target]: target });
      }
      n++;
    }
  }
  return n;
}

