// Meetings over HTTP: rules as records, logging a meeting, attendance in one request, finalising
// (verdict, kept totals, points through the ledger), immutability, corrections as new versions,
// quorum, caps and approvers, every bad input refused with nothing written, scope, compliance and
// 我的参会.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { attendance, at9, bulkBranch, created, createMeeting, daysAgo, finalise, records, saveAttendance, TODAY } from './meeting-helpers';
import { addDays, complianceStatus, parsePeriodKey } from '../../cms/src/domain/meetings';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const MEETING = 'api::meeting.meeting';
const ENTRY = 'api::points-entry.points-entry';

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
});

const meetingsCount = () => strapi.db.query(MEETING).count();
const audits = () => strapi.db.query('api::audit-log.audit-log').count();
const statuses = async (id: string) => (await attendance(c.county, id)).body.records.map((r: any) => `${r.member}:${r.status}:${r.reason ?? ''}`).join(',');
const entriesOf = async (meetingDoc: string) => strapi.db.query(ENTRY).findMany({ where: { meeting: { documentId: meetingDoc } }, populate: { member: true, reverses: true }, orderBy: { id: 'asc' } });
const pointsOf = async (memberDoc: string) => (await c.county.request('GET', `/api/points/me?member=${memberDoc}`)).body.totalTenths as number;
const kept = (orgId: number, kind: string, period: string) => strapi.db.connection('meetings_org_periods').where({ organisation_id: orgId, kind, period }).first();

/** Refused with a 4xx, a Chinese message matching `message`, and no meeting, attendance or audit written. */
async function refusedWithNothingWritten(call: () => Promise<{ status: number; body: any }>, status: number, message: RegExp) {
  const before = [await meetingsCount(), await strapi.db.query('api::meeting-attendance.meeting-attendance').count(), await audits(), await strapi.db.query(ENTRY).count()];
  const res = await call();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.message ?? res.body.error?.message).toMatch(message);
  expect(res.body.message ?? res.body.error?.message).toMatch(/[\u4e00-\u9fff]/);
  expect([await meetingsCount(), await strapi.db.query('api::meeting-attendance.meeting-attendance').count(), await audits(), await strapi.db.query(ENTRY).count()]).toEqual(before);
  return res.body;
}

describe('meeting rules are records', () => {
  it('are seeded from config/meeting-rules.json', async () => {
    const res = await c.township.request('GET', '/ra/meeting-rules?range=[0,49]');
    expect(res.status).toBe(200);
    const kinds = res.body.map((r: any) => r.kind);
    expect(kinds).toEqual(expect.arrayContaining(['branch_assembly', 'branch_committee', 'party_group_meeting', 'party_lecture', 'theme_day', 'organisational_life', 'village_talk_day']));
    const assembly = res.body.find((r: any) => r.kind === 'branch_assembly');
    expect(assembly).toMatchObject({ period: 'quarter', count: 1, quorumBase: 'voting_members', quorumNum: 1, quorumDen: 2, quorumStrictlyMore: true, passingBase: 'due', pointsRule: 'base60.meeting' });
    expect((await c.member.request('GET', '/api/meeting-rules')).status).toBe(200);
  });

  it('the county edits them; nobody else may', async () => {
    const rule = (await c.county.request('GET', '/ra/meeting-rules?filter={"kind":"organisational_life"}')).body[0];
    const res = await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { ...rule, dueSoonDays: 40 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.dueSoonDays).toBe(40);
    expect((await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { ...res.body, dueSoonDays: 45 })).status).toBe(200);
    for (const role of ['township', 'branch', 'member'] as const) {
      expect((await c[role].request('PUT', `/ra/meeting-rules/${rule.id}`, { dueSoonDays: 1 })).status, role).toBe(403);
    }
  });

  it('refuses a rule that does not hold together, naming the field', async () => {
    const rule = (await c.county.request('GET', '/ra/meeting-rules?filter={"kind":"theme_day"}')).body[0];
    const before = await audits();
    let res = await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { dueSoonDays: 30 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/临期提醒 30 天不短于整个周期/);
    res = await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { levels: ['village'] });
    expect(res.body.message).toMatch(/适用组织层级/);
    res = await c.county.request('POST', '/ra/meeting-rules', { code: 'meeting.dup', kind: 'theme_day', name: '重复', levels: ['branch'], period: 'month', count: 1, attendees: 'members', quorumBase: 'none', passingBase: 'none', dueSoonDays: 3, finaliseWithinDays: 7 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/会议类型 theme_day 已有规则/);
    res = await c.county.request('POST', '/ra/meeting-rules', { code: 'meeting.bad-quorum', kind: 'bad_quorum', name: '坏法定人数', levels: ['branch'], period: 'month', count: 1, attendees: 'members', quorumBase: 'voting_members', quorumNum: 3, quorumDen: 2, passingBase: 'none', dueSoonDays: 3, finaliseWithinDays: 7 });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/法定人数比例/);
    expect(await audits()).toBe(before);
  });

  it('changing how often a kind is due recounts who met each period from the meetings', async () => {
    const rule = (await c.county.request('GET', '/ra/meeting-rules?filter={"kind":"organisational_life"}')).body[0];
    const year = TODAY.slice(0, 4);
    const met = async () => Number((await strapi.db.connection('meetings_township_periods').where({ township_id: a.township.id, kind: 'organisational_life', period: year }).first())?.met ?? 0);
    const before = await met();
    expect(before).toBeGreaterThan(0);
    expect((await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { count: 2 })).status).toBe(200);
    expect(await met()).toBe(0); // one meeting a year no longer meets a rule of two
    expect((await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { count: 1 })).status).toBe(200);
    expect(await met()).toBe(before);
  });

  it('a rule in use cannot be deleted or renamed; the county adds new kinds', async () => {
    const rule = (await c.county.request('GET', '/ra/meeting-rules?filter={"kind":"theme_day"}')).body[0];
    expect((await c.county.request('DELETE', `/ra/meeting-rules/${rule.id}`)).body.message).toMatch(/不能删除该规则/);
    expect((await c.county.request('PUT', `/ra/meeting-rules/${rule.id}`, { kind: 'theme_day2' })).body.message).toMatch(/不能修改会议类型编码/);
    const res = await c.county.request('POST', '/ra/meeting-rules', {
      code: 'meeting.study_session', kind: 'study_session', name: '集中学习', levels: ['branch'], categories: null, period: 'half_year', count: 1, attendees: 'members',
      quorumBase: 'none', passingBase: 'none', pointsRule: 'base60.study', dueSoonDays: 20, finaliseWithinDays: 7,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });
});

describe('logging and finalising a meeting', () => {
  let b: Awaited<ReturnType<typeof bulkBranch>>;
  let themeDay: any;

  beforeAll(async () => {
    b = await bulkBranch(strapi, { n: 6, committee: 3, probationary: 1 });
  });

  it('a township logs a theme day; township and day are derived, everyone due is listed', async () => {
    themeDay = await created(await createMeeting(c.township, {
      organisation: b.branch.documentId, kind: 'theme_day', startsAt: `${daysAgo(3)}T17:30:00.000Z`, theme: '重温入党誓词', openToResidents: true, residentCount: 12,
    }));
    // Whatever township a client sends, the meeting's is its organisation's.
    const zhongxing = await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } });
    const probe = await created(await createMeeting(c.county, { organisation: b.branch.documentId, kind: 'party_lecture', township: zhongxing.documentId }));
    expect(probe.township).toBe(b.township.documentId);
    expect((await c.county.request('DELETE', `/ra/meetings/${probe.id}`)).status).toBe(200);
    expect(themeDay).toMatchObject({ status: 'draft', heldOn: daysAgo(2), township: b.township.documentId, version: 1 });
    const list = (await attendance(c.township, themeDay.id)).body;
    expect(list.counts).toMatchObject({ due: 6, unrecorded: 6 });
    expect(list.records.map((r: any) => r.member).sort()).toEqual(b.members.map((m) => m.documentId).sort());
    expect(list.records.find((r: any) => r.member === b.members[0].documentId).memberStatus).toBe('probationary');
  });

  it('refuses a kind the organisation does not hold, with nothing written', async () => {
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_group_meeting' }), 400, /党支部不召开“党小组会”/);
    const organ = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { category: 'organ', township: a.township.id } });
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: organ.documentId, kind: 'village_talk_day' }), 400, /“小村说事日”只适用于村党组织，本组织为机关党组织/);
    const group = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'party_group', parent: a.branch.id } });
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: group.documentId, kind: 'theme_day' }), 400, /党小组不召开“主题党日”/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'tea_party' }), 400, /会议类型“tea_party”不存在/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { kind: 'theme_day' }), 400, /党组织不能为空|请选择党组织/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'theme_day', startsAt: 'yesterday' }), 400, /会议开始时间/);
  });

  it('refuses fields only the server sets, and theme-day fields on other kinds', async () => {
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'theme_day', status: 'finalised' }), 400, /字段 status 由系统填写/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'theme_day', verdict: { quorumMet: true } }), 400, /字段 verdict 由系统填写/);
    await refusedWithNothingWritten(() => c.township.request('POST', '/api/meetings', { data: { organisation: b.branch.documentId, kind: 'theme_day', startsAt: at9(TODAY), topic: 'x', counted: true } }), 400, /字段 counted 由系统填写/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture', openToResidents: true }), 400, /只有主题党日可以开放式举行/);
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture', residentIssues: [{ issue: '修路' }] }), 400, /只有小村说事日记录村民议题/);
  });

  it('saves attendance for everyone in one request', async () => {
    const [p0, p1, p2, p3, ex, ab] = b.members;
    const res = await saveAttendance(c.township, themeDay.id, records([p0, p1, p2, p3, ex, ab], { [ex.documentId]: { status: 'excused', reason: '外出务工' }, [ab.documentId]: { status: 'absent' } }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.saved).toBe(6);
    expect(res.body.counts).toMatchObject({ due: 6, present: 4, excused: 1, absent: 1, unrecorded: 0 });
    const audit = await strapi.db.query('api::audit-log.audit-log').findOne({ where: { resource: 'meeting-attendances', recordId: themeDay.id }, orderBy: { id: 'desc' } });
    expect(audit.after.attendance).toHaveLength(6);
  });

  it('refuses bad attendance, naming the member, with nothing written', async () => {
    const before = await statuses(themeDay.id);
    const outsider = a.member; // a member of another branch of the same township
    const other = await strapi.db.query('api::member.member').findOne({ where: { township: { code: '321323001' } } });
    const m = b.members;
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, [{ member: outsider.documentId, status: 'present' }]), 400, new RegExp(`${outsider.name} 不是本组织应到人员`));
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, [{ member: m[0].documentId, status: 'absent' }, { member: m[0].documentId, status: 'present' }]), 400, new RegExp(`${m[0].name} 重复登记`));
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, [{ member: m[1].documentId, status: 'excused' }]), 400, new RegExp(`${m[1].name} 请假未填写事由`));
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, [{ member: m[1].documentId, status: 'late' }]), 400, /出勤情况“late”无效/);
    // Someone outside the caller's scope is named by id only: the refusal reveals nothing about them.
    const body = await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, [{ member: other.documentId, status: 'present' }]), 400, /党员（编号 .+） ?不是本组织应到人员/);
    expect(JSON.stringify(body)).not.toContain(other.name);
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, []), 400, /至少一条/);
    await refusedWithNothingWritten(() => saveAttendance(c.township, themeDay.id, Array.from({ length: 1001 }, () => ({ member: m[0].documentId, status: 'present' }))), 400, /最多提交 1000 条/);
    await refusedWithNothingWritten(() => c.township.request('PUT', `/api/meetings/${themeDay.id}/attendance`, { records: 'all present' }), 400, /records/);
    expect(await statuses(themeDay.id)).toBe(before);
  });

  it('attendance rows are written only through that action', async () => {
    const row = await strapi.db.query('api::meeting-attendance.meeting-attendance').findOne({ where: { meeting: { documentId: themeDay.id } } });
    for (const role of ['county', 'township', 'branch'] as const) {
      expect((await c[role].request('PUT', `/api/meeting-attendances/${row.documentId}`, { data: { status: 'absent' } })).status).toBe(403);
      expect((await c[role].request('POST', '/ra/meeting-attendances', { meeting: themeDay.id, member: b.members[0].documentId, status: 'present' })).status).toBe(403);
    }
    await expect(strapi.documents('api::meeting-attendance.meeting-attendance').update({ documentId: row.documentId, data: { status: 'absent' } })).rejects.toThrow(/考勤登记/);
  });

  it('refuses to finalise a meeting dated in the future, or without the record it needs, or with attendance missing', async () => {
    const future = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture', startsAt: at9(addDays(TODAY, 2)) }));
    expect((await saveAttendance(c.township, future.id, records(b.members))).status).toBe(200);
    await refusedWithNothingWritten(() => finalise(c.township, future.id), 400, new RegExp(`会议日期 ${addDays(TODAY, 2)} 晚于今天（${TODAY}），尚未召开的会议不能定稿`));
    expect((await c.township.request('GET', `/ra/meetings/${future.id}`)).body.status).toBe('draft');

    const noTheme = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'theme_day' }));
    await saveAttendance(c.township, noTheme.id, records(b.members));
    await refusedWithNothingWritten(() => finalise(c.township, noTheme.id), 400, /主题党日定稿前须填写活动主题/);

    const partial = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture' }));
    await saveAttendance(c.township, partial.id, records(b.members.slice(0, 5)));
    await refusedWithNothingWritten(() => finalise(c.township, partial.id), 400, new RegExp(`${b.members[5].name} 未登记出勤情况`));
    const talk = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'village_talk_day' }));
    await saveAttendance(c.township, talk.id, records(b.members));
    await refusedWithNothingWritten(() => finalise(c.township, talk.id), 400, /小村说事日定稿前须记录至少一条村民议题/);
    for (const id of [future.id, noTheme.id, partial.id, talk.id]) expect((await c.township.request('DELETE', `/ra/meetings/${id}`)).status).toBe(200);
  });

  it('finalises: the verdict is stored, points posted per present member, kept totals updated', async () => {
    const present = b.members.slice(0, 4);
    const before = await Promise.all(present.map((m) => pointsOf(m.documentId)));
    const res = await finalise(c.township, themeDay.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'finalised', counted: true, late: false });
    expect(res.body.verdict).toMatchObject({ due: 6, present: 4, quorumMet: true });
    // 主题党日 points are approved by the branch, so a township posts them approved.
    expect(res.body.points).toMatchObject({ rule: 'base60.theme-day', posted: 4, approved: 4, reversed: 0 });
    const entries = await entriesOf(themeDay.id);
    expect(entries.map((e: any) => e.member.documentId).sort()).toEqual(present.map((m) => m.documentId).sort());
    expect(entries.every((e: any) => e.status === 'approved' && e.pointsTenths === 20 && e.seq > 0 && e.reason === `参加主题党日（${daysAgo(2)}）`)).toBe(true);
    expect(await Promise.all(present.map((m) => pointsOf(m.documentId)))).toEqual(before.map((t) => t + 20));
    const row = await kept(b.branch.id, 'theme_day', daysAgo(2).slice(0, 7));
    expect(row).toMatchObject({ held: 1, late: 0, due: 6, present: 4, excused: 1, absent: 1 });
    const me = await strapi.db.connection('meetings_member_years').where({ member_id: b.members[4].id, year: Number(daysAgo(2).slice(0, 4)) }).first();
    expect(me).toMatchObject({ due: 1, present: 0, excused: 1 });
    const stored = await c.township.request('GET', `/ra/meetings/${themeDay.id}`);
    expect(stored.body).toMatchObject({ status: 'finalised', counted: true, finalisedBy: 't-township', periodKey: daysAgo(2).slice(0, 7) });
    expect((await c.county.request('GET', '/api/points/verify')).body.ok).toBe(true);
  });

  it('a finalised meeting is immutable on every API, for everyone', async () => {
    const row = await strapi.db.query(MEETING).findOne({ where: { documentId: themeDay.id } });
    for (const role of ['county', 'township'] as const) {
      for (const [method, url, body] of [
        ['PUT', `/ra/meetings/${themeDay.id}`, { topic: '改' }],
        ['PUT', `/api/meetings/${themeDay.id}`, { data: { topic: '改' } }],
        ['DELETE', `/ra/meetings/${themeDay.id}`, undefined],
        ['DELETE', `/api/meetings/${themeDay.id}`, undefined],
        ['PUT', `/api/meetings/${themeDay.id}/attendance`, { records: [{ member: b.members[5].documentId, status: 'present' }] }],
        ['POST', `/api/meetings/${themeDay.id}/finalise`, {}],
      ] as const) {
        const res = await c[role].request(method, url, body);
        expect(res.status, `${role} ${method} ${url}`).toBe(403);
        expect(res.body.message ?? res.body.error?.message).toMatch(/已定稿/);
      }
    }
    const { token, baseUrl } = await testServer();
    expect((await fetch(`${baseUrl}/api/meetings/${themeDay.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } })).status).toBe(403);
    await expect(strapi.documents(MEETING).update({ documentId: themeDay.id, data: { topic: 'x' } })).rejects.toThrow(/已定稿/);
    expect(await strapi.db.query(MEETING).findOne({ where: { documentId: themeDay.id } })).toEqual(row);
    expect((await entriesOf(themeDay.id)).length).toBe(4);
  });

  it('finalising is idempotent under a race: one wins, points are posted once', async () => {
    const m = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture', startsAt: at9(daysAgo(1)) }));
    await saveAttendance(c.township, m.id, records(b.members));
    const [x, y] = await Promise.all([finalise(c.township, m.id), finalise(c.county, m.id)]);
    expect([x.status, y.status].sort()).toEqual([200, expect.any(Number)].sort());
    expect([x.status, y.status].filter((s) => s === 200)).toHaveLength(1);
    expect([x.status, y.status].find((s) => s !== 200)).toBeGreaterThanOrEqual(400);
    const entries = await entriesOf(m.id);
    expect(entries).toHaveLength(6);
    expect(new Set(entries.map((e: any) => e.member.id)).size).toBe(6);
  });

  it('a meeting without quorum is finalised but does not count: no compliance, no points', async () => {
    // 支部党员大会: more than half of the 5 voting (full) members. 2 of 5 is not; 3 of 5 is.
    const full = b.members.slice(1);
    const low = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'branch_assembly', startsAt: at9(daysAgo(1)) }));
    const absent = Object.fromEntries(full.slice(2).map((m) => [m.documentId, { status: 'absent' }]));
    const res = await finalise(c.township, low.id, { records: records(b.members, { ...absent, [b.members[0].documentId]: { status: 'present' } }) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ counted: false, verdict: { quorumMet: false, base: 5, counted: 2, needed: 3 } });
    expect(res.body.verdict.findings.map((f: any) => f.message).join()).toMatch(/未达到法定人数：应到有表决权的党员（正式党员） 5 名，实到 2 名，须超过半数（至少 3 名）/);
    expect(res.body.points.posted).toBe(0);
    expect(await kept(b.branch.id, 'branch_assembly', `${daysAgo(1).slice(0, 4)}-Q${Math.ceil(Number(daysAgo(1).slice(5, 7)) / 3)}`)).toBeUndefined();

    const enough = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'branch_assembly', startsAt: at9(daysAgo(1)) }));
    const ok = await finalise(c.township, enough.id, { records: records(b.members, Object.fromEntries(full.slice(3).map((m) => [m.documentId, { status: 'absent' }]))) });
    expect(ok.body).toMatchObject({ counted: true, verdict: { quorumMet: true, base: 5, counted: 3 } });
  });

  it('a committee meeting is due for the committee, a party-group meeting for the group', async () => {
    const committee = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'branch_committee' }));
    const list = (await attendance(c.township, committee.id)).body;
    expect(list.records.map((r: any) => r.member).sort()).toEqual(b.members.slice(1, 4).map((m) => m.documentId).sort());
    expect(list.records.every((r: any) => r.committee)).toBe(true);
    await refusedWithNothingWritten(() => saveAttendance(c.township, committee.id, [{ member: b.members[5].documentId, status: 'present' }]), 400, new RegExp(`${b.members[5].name} 不是委员会委员`));
    const org = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'party_group', parent: a.branch.id } });
    const groupMembers = await strapi.db.query('api::member.member').findMany({ where: { partyGroup: org.id } });
    const group = await created(await createMeeting(c.township, { organisation: org.documentId, kind: 'party_group_meeting' }));
    expect((await attendance(c.township, group.id)).body.records.map((r: any) => r.member).sort()).toEqual(groupMembers.map((m: any) => m.documentId).sort());
    expect((await c.township.request('DELETE', `/ra/meetings/${group.id}`)).status).toBe(200);
  });

  it('a meeting finalised after the rule\'s window counts as late', async () => {
    const old = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'party_lecture', startsAt: at9(daysAgo(20)) }));
    const res = await finalise(c.township, old.id, { records: records(b.members) });
    expect(res.body).toMatchObject({ counted: true, late: true });
    const period = `${daysAgo(20).slice(0, 4)}-Q${Math.ceil(Number(daysAgo(20).slice(5, 7)) / 3)}`;
    expect((await kept(b.branch.id, 'party_lecture', period)).late).toBeGreaterThanOrEqual(1);
  });

  it('a correction is a new version with a reason: reversals and new entries, never edits', async () => {
    const [p0, , , , ex, ab] = b.members;
    const original = (await entriesOf(themeDay.id)).find((e: any) => e.member.id === p0.id);
    expect((await c.township.request('POST', `/api/meetings/${themeDay.id}/correct`, {})).body.message).toMatch(/更正须填写原因/);
    const v2 = await created(await c.township.request('POST', `/api/meetings/${themeDay.id}/correct`, { reason: '张冠李戴：考勤登记有误' }));
    expect(v2).toMatchObject({ version: 2, supersedes: themeDay.id, status: 'draft' });
    expect((await c.township.request('POST', `/api/meetings/${themeDay.id}/correct`, { reason: '再来' })).body.message).toMatch(/已有待定稿的更正（第 2 版）/);
    expect((await c.township.request('GET', `/ra/meetings/${themeDay.id}`)).body.status).toBe('finalised');
    expect((await attendance(c.township, v2.id)).body.counts).toMatchObject({ present: 4, excused: 1, absent: 1 });
    // A correction keeps organisation and kind.
    expect((await c.township.request('PUT', `/ra/meetings/${v2.id}`, { kind: 'party_lecture' })).body.message).toMatch(/更正不能改变会议类型/);

    await saveAttendance(c.township, v2.id, [{ member: p0.documentId, status: 'absent' }, { member: ab.documentId, status: 'present' }]);
    const points = { p0: await pointsOf(p0.documentId), ab: await pointsOf(ab.documentId) };
    const res = await finalise(c.township, v2.id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.points).toMatchObject({ reversed: 1, posted: 1 });
    expect((await c.township.request('GET', `/ra/meetings/${themeDay.id}`)).body.status).toBe('superseded');
    expect(await pointsOf(p0.documentId)).toBe(points.p0 - 20);
    expect(await pointsOf(ab.documentId)).toBe(points.ab + 20);
    // The original entry is untouched; its reversal is a new entry with the reason.
    const same = await strapi.db.query(ENTRY).findOne({ where: { id: original.id } });
    expect(same).toMatchObject({ status: 'approved', pointsTenths: 20, hash: original.hash });
    const reversal = (await entriesOf(v2.id)).find((e: any) => e.reverses?.id === original.id);
    expect(reversal).toMatchObject({ pointsTenths: -20, status: 'approved' });
    expect(reversal.reason).toMatch(/冲正：主题党日（.+）考勤更正：张冠李戴：考勤登记有误/);
    // Kept totals moved from the old counts to the new: still one meeting held, the same 4 present.
    expect(await kept(b.branch.id, 'theme_day', daysAgo(2).slice(0, 7))).toMatchObject({ held: 1, present: 4, absent: 1, excused: 1 });
    const years = await strapi.db.connection('meetings_member_years').whereIn('member_id', [p0.id, ab.id, ex.id]).andWhere('year', Number(TODAY.slice(0, 4)));
    const y = (id: number) => years.find((r: any) => Number(r.member_id) === id);
    expect(y(p0.id).absent).toBeGreaterThanOrEqual(1);
    expect(y(ab.id).present).toBeGreaterThanOrEqual(1);
    expect((await c.township.request('POST', `/api/meetings/${themeDay.id}/correct`, { reason: '旧版本' })).body.message).toMatch(/已被更正/);
    // Correcting again with the same attendance changes nothing in the ledger.
    const v3 = await created(await c.township.request('POST', `/api/meetings/${v2.id}/correct`, { reason: '补充会议记录' }));
    const again = await finalise(c.township, v3.id);
    expect(again.body.points).toMatchObject({ posted: 0, reversed: 0, withdrawn: 0 });
    expect((await c.county.request('GET', '/api/points/verify')).body.ok).toBe(true);
  });

  it('saves and finalises attendance for 200 members in one request each', async () => {
    const big = await bulkBranch(strapi, { n: 200 });
    const m = await created(await createMeeting(c.township, { organisation: big.branch.documentId, kind: 'party_lecture', startsAt: at9(daysAgo(1)) }));
    expect((await attendance(c.township, m.id)).body.counts.due).toBe(200);
    const t0 = Date.now();
    const saved = await saveAttendance(c.township, m.id, records(big.members, { [big.members[7].documentId]: { status: 'excused', reason: '身体不适' } }));
    expect(saved.status).toBe(200);
    expect(saved.body.counts).toMatchObject({ present: 199, excused: 1 });
    const done = await finalise(c.township, m.id);
    expect(done.status).toBe(200);
    expect(done.body.points.posted).toBe(199);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe('points follow the rule: approver, caps', () => {
  it('entries are pending when the caller may not approve the rule, and a correction withdraws them', async () => {
    const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.meeting' } });
    await strapi.db.query('api::points-rule.points-rule').update({ where: { id: rule.id }, data: { approver: 'township' } });
    try {
      const fresh = await created(await c.county.request('POST', '/ra/members', { name: '新党员甲', gender: 'female', birthDate: '1995-01-01', joinedDate: '2020-07-01', status: 'full', partyOrganisation: a.branch.documentId }));
      const m = await created(await createMeeting(c.branch, { organisation: a.branch.documentId, kind: 'party_lecture', startsAt: at9(daysAgo(1)) }));
      const list = (await attendance(c.branch, m.id)).body.records;
      expect(list.some((r: any) => r.member === fresh.id)).toBe(true);
      const res = await finalise(c.branch, m.id, { records: list.map((r: any) => ({ member: r.member, status: 'present' })) });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      // Seeded members have used their 三会一课 cap (4 × 3 分 = 12 分): only the new member gets an entry.
      expect(res.body.points).toMatchObject({ rule: 'base60.meeting', posted: 1, approved: 0 });
      expect(res.body.points.capped.length).toBe(list.length - 1);
      expect(res.body.points.capped[0]).toMatchObject({ remainingTenths: 0 });
      const entry = (await entriesOf(m.id))[0];
      expect(entry).toMatchObject({ status: 'pending', pointsTenths: 30 });
      expect(entry.member.documentId).toBe(fresh.id);

      const v2 = await created(await c.branch.request('POST', `/api/meetings/${m.id}/correct`, { reason: '新党员当天请假' }));
      await saveAttendance(c.branch, v2.id, [{ member: fresh.id, status: 'excused', reason: '培训' }]);
      const res2 = await finalise(c.branch, v2.id);
      expect(res2.body.points).toMatchObject({ withdrawn: 1, posted: 0 });
      expect(await strapi.db.query(ENTRY).findOne({ where: { id: entry.id } })).toMatchObject({ status: 'rejected', decisionNote: expect.stringMatching(/考勤更正/) });
      // Nobody, the county included, can decide a withdrawn proposal again.
      expect((await c.county.request('POST', '/api/points/decide', { ids: [entry.documentId], decision: 'approve' })).status).toBe(400);
    } finally {
      await strapi.db.query('api::points-rule.points-rule').update({ where: { id: rule.id }, data: { approver: 'branch' } });
    }
  });

  it('the meeting link on a ledger entry is the server\'s: no API sets it', async () => {
    const rule = await strapi.db.query('api::points-rule.points-rule').findOne({ where: { code: 'base60.study' } });
    const m = await strapi.db.query(MEETING).findOne({ where: { status: 'finalised', township: a.township.id } });
    const res = await c.township.request('POST', '/ra/points-entries', { member: a.member.documentId, rule: rule.documentId, occurredOn: TODAY, reason: '伪造参会', meeting: m.documentId });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/字段 meeting 由系统填写/);
  });
});

describe('scope', () => {
  let other: any;
  beforeAll(async () => {
    other = await strapi.db.query(MEETING).findOne({ where: { township: { code: '321323001' } }, orderBy: { id: 'asc' } });
  });

  it('another township\'s meeting is absent for a township login, on every meetings endpoint', async () => {
    for (const [method, url, body] of [
      ['GET', `/ra/meetings/${other.documentId}`, undefined],
      ['GET', `/api/meetings/${other.documentId}/attendance`, undefined],
      ['PUT', `/api/meetings/${other.documentId}/attendance`, { records: [{ member: 'x', status: 'present' }] }],
      ['POST', `/api/meetings/${other.documentId}/finalise`, {}],
      ['POST', `/api/meetings/${other.documentId}/correct`, { reason: 'x' }],
    ] as const) {
      expect((await c.township.request(method, url, body)).status, `${method} ${url}`).toBe(404);
    }
    const list = await c.township.request('GET', '/ra/meetings?range=[0,999]');
    expect(list.body.every((m: any) => m.township === a.township.documentId)).toBe(true);
    const atts = await c.township.request('GET', `/api/meeting-attendances?filters[meeting][documentId]=${other.documentId}`);
    expect(atts.body.data).toEqual([]);
  });

  it('a meeting cannot be created for an organisation out of scope', async () => {
    const org = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'branch', township: { code: '321323001' } } });
    await refusedWithNothingWritten(() => createMeeting(c.township, { organisation: org.documentId, kind: 'theme_day' }), 403, /.+/);
    const sibling = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'branch', township: a.township.id, id: { $ne: a.branch.id } } });
    await refusedWithNothingWritten(() => createMeeting(c.branch, { organisation: sibling.documentId, kind: 'theme_day' }), 403, /.+/);
  });

  it('a branch secretary sees the meetings of their organisation and those below it', async () => {
    const list = await c.branch.request('GET', '/ra/meetings?range=[0,999]');
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(0);
    const orgs = new Set(list.body.map((m: any) => m.organisation));
    const groups = await strapi.db.query('api::party-organisation.party-organisation').findMany({ where: { parent: a.branch.id } });
    for (const o of orgs) expect([a.branch.documentId, ...groups.map((g: any) => g.documentId)]).toContain(o);
  });

  it('a member reads their own attendance and 我的参会, never the meeting records or anyone else\'s', async () => {
    expect((await c.member.request('GET', '/api/meetings')).status).toBe(403);
    expect((await c.member.request('GET', '/ra/meetings')).status).toBe(403);
    const mine = await c.member.request('GET', '/api/meeting-attendances?populate[member]=true&pagination[pageSize]=100');
    expect(mine.status).toBe(200);
    expect(mine.body.data.length).toBeGreaterThan(10);
    expect(mine.body.data.every((r: any) => r.member?.documentId === a.member.documentId)).toBe(true);
    const view = await c.member.request('GET', '/api/meeting-reports/mine');
    expect(view.status).toBe(200);
    expect(view.body.member.id).toBe(a.member.documentId);
    expect(view.body.meetings.length).toBeGreaterThan(10);
    const held = view.body.meetings.filter((m: any) => m.meetingStatus === 'finalised');
    expect(held[0]).toEqual(expect.objectContaining({ kindName: expect.any(String), attendance: expect.stringMatching(/present|excused|absent/), pointsTenths: expect.any(Number) }));
    expect(view.body.meetings.some((m: any) => m.pointsTenths > 0)).toBe(true);
    expect(view.body.counts.pointsTenths).toBeGreaterThan(0);
    expect(view.body.rate.perMille).toBeGreaterThan(0);
    const someoneElse = await strapi.db.query('api::member.member').findOne({ where: { partyOrganisation: a.branch.id, id: { $ne: a.member.id } } });
    expect((await c.member.request('GET', `/api/meeting-reports/mine?member=${someoneElse.documentId}`)).status).toBe(404);
    for (const path of ['compliance', 'summary', 'rates']) expect((await c.member.request('GET', `/api/meeting-reports/${path}`)).status, path).toBe(403);
  });
});

describe('compliance from kept totals', () => {
  it('the township sees its own organisations × months; the county every township', async () => {
    const res = await c.township.request('GET', '/api/meeting-reports/compliance?range=[0,99]');
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
    expect(res.body.rows.every((r: any) => r.township.id === a.township.documentId)).toBe(true);
    expect(res.headers.get('content-range')).toMatch(/^compliance 0-\d+\/\d+$/);
    expect(res.body.months).toHaveLength(12);
    const statuses = new Set(res.body.rows.flatMap((r: any) => r.months));
    for (const s of ['held', 'overdue', 'upcoming']) expect(statuses.has(s), s).toBe(true);
    expect((await c.township.request('GET', '/api/meeting-reports/compliance?township=' + (await strapi.db.query('api::township.township').findOne({ where: { code: '321323001' } })).documentId)).status).toBe(404);
    const county = await c.county.request('GET', '/api/meeting-reports/summary');
    expect(county.status).toBe(200);
    expect(county.body.rows).toHaveLength(13);
    const wangji = county.body.rows.find((r: any) => r.name === '王集镇');
    expect(wangji.months.some((m: any) => m.held > 0)).toBe(true);
    expect(wangji.attendance.perMille).toBeGreaterThan(500);
    const mine = await c.township.request('GET', '/api/meeting-reports/summary');
    expect(mine.body.rows.map((r: any) => r.name)).toEqual(['王集镇']);
    expect((await c.branch.request('GET', '/api/meeting-reports/summary')).status).toBe(403);
  });

  it('shows held, due soon or open, overdue and upcoming before and after the period ends', async () => {
    const b = await bulkBranch(strapi, { n: 3 });
    const month = TODAY.slice(0, 7);
    const res = await c.county.request('GET', `/api/meeting-reports/compliance?organisation=${b.branch.documentId}&kind=theme_day`);
    const row = res.body.rows[0];
    const m = Number(month.slice(5, 7));
    const rule = (await c.county.request('GET', '/ra/meeting-rules?filter={"kind":"theme_day"}')).body[0];
    const p = parsePeriodKey(month);
    const now = complianceStatus({ required: 1, held: 0, periodStart: p.start, periodEnd: p.end, today: TODAY, dueSoonDays: rule.dueSoonDays }).status;
    expect(row.months[m - 1]).toBe(now);
    expect(['due_soon', 'open']).toContain(now);
    if (m > 1) expect(row.months[m - 2]).toBe('overdue');
    if (m < 12) expect(row.months[m]).toBe('upcoming');
    // Held this month: the cell turns held at once, from the kept totals.
    const t = await created(await createMeeting(c.township, { organisation: b.branch.documentId, kind: 'theme_day', theme: '测试', startsAt: at9(TODAY) }));
    await finalise(c.township, t.id, { records: records(b.members) });
    const after = (await c.county.request('GET', `/api/meeting-reports/compliance?organisation=${b.branch.documentId}&kind=theme_day`)).body.rows[0];
    expect(after.months[m - 1]).toBe('held');
    expect(after.periods.find((x: any) => x.period === month)).toMatchObject({ held: 1, required: 1, status: 'held' });
    expect(after.attendance).toMatchObject({ due: 3, present: 3, perMille: 1000 });
    const rates = await c.township.request('GET', `/api/meeting-reports/rates?organisation=${b.branch.documentId}`);
    expect(rates.body.map((r: any) => r.perMille)).toEqual([1000, 1000, 1000]);
  });

  it('refuses bad report parameters with a 400', async () => {
    expect((await c.county.request('GET', '/api/meeting-reports/compliance?year=1999')).body.message).toMatch(/年份/);
    expect((await c.county.request('GET', '/api/meeting-reports/compliance?kind=tea')).body.message).toMatch(/会议类型“tea”不存在/);
    expect((await c.county.request('GET', '/api/meeting-reports/compliance?range=[5,1]')).status).toBe(400);
  });
});
