// The scope matrix: every resource × role × action, through Strapi REST (/api) and the bridge (/ra).
// Expected permissions come from config/roles.json; expected rows from hand-written SQL-level filters.
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './server';
import { anchors, raQuery, roleCallers, totalOf, type Caller, type RoleName } from './callers';
import roles from '../../config/roles.json';

const ROLES: RoleName[] = ['county', 'township', 'branch', 'member', 'department'];
const OTHER_TOWNSHIP = '321323001'; // 众兴街道

type Where = Record<string, unknown>;
interface Fixture {
  uid: string;
  /** rows the role should see; null = all */
  visible: (role: RoleName) => Where | null;
  /** a record inside the role's scope, and one outside every non-county scope */
  inside: (role: RoleName) => Promise<any>;
  outside: () => Promise<any>;
  /** a new record inside the role's scope (null: this resource is not created in tests) */
  create: ((role: RoleName) => Promise<Record<string, unknown> | null>) | null;
  /** a harmless change */
  change: (row: any) => Record<string, unknown>;
}

let strapi: any;
let callers: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
let subtree: number[];
let other: any;
let absentRule: any;
let pendingInside: any;
let pendingOutside: any;
let draftInside: any;
let openRound: any;
let freeThemeDay: any;
let cg: any;
let visitInside: any;
let visitOutside: any;

const q = (uid: string) => strapi.db.query(uid);
const first = (uid: string, where: Where) => q(uid).findOne({ where, orderBy: { id: 'asc' } });
const can = (role: RoleName, resource: string, letter: string) => ((roles.permissions as any)[resource]?.[role] ?? '').includes(letter);

const FIXTURES: Record<string, Fixture> = {};

beforeAll(async () => {
  ({ strapi } = await testServer());
  callers = await roleCallers();
  a = await anchors();
  other = await first('api::township.township', { code: OTHER_TOWNSHIP });
  subtree = [a.branch.id, ...(await q('api::party-organisation.party-organisation').findMany({ where: { parent: a.branch.id }, select: ['id'] })).map((o: any) => o.id)];
  const town = (role: RoleName, path: (ids: Where) => Where, branchPath?: (ids: Where) => Where): Where | null => {
    if (role === 'county') return null;
    if (role === 'branch' && branchPath) return branchPath({ id: { $in: subtree } });
    if (role === 'township' || role === 'branch') return path({ id: a.township.id });
    return { id: -1 };
  };
  const groupGrid = async () => (await q('api::party-organisation.party-organisation').findOne({ where: { parent: a.branch.id, level: 'party_group' }, populate: ['grid'] })).grid;

  Object.assign(FIXTURES, {
    townships: {
      uid: 'api::township.township', visible: (r) => town(r, (t) => t),
      inside: async () => a.township, outside: async () => other,
      create: async () => ({ code: '321323998', name: '测试乡', kind: 'township', population: 41000 }),
      change: (row) => ({ population: row.population }),
    },
    offices: {
      uid: 'api::office.office', visible: (r) => town(r, (t) => ({ township: t })),
      inside: () => first('api::office.office', { township: a.township.id }), outside: () => first('api::office.office', { township: other.id }),
      create: async () => ({ name: '测试科', kind: 'office', township: a.township.documentId }),
      change: (row) => ({ name: row.name }),
    },
    'office-templates': {
      uid: 'api::office-template.office-template', visible: (r) => (r === 'member' ? { id: -1 } : null),
      inside: () => first('api::office-template.office-template', {}), outside: async () => null,
      create: async () => ({ code: `T${Date.now() % 100000}`, name: '测试模板', minPopulation: 1, offices: [{ name: '党政办公室', kind: 'office' }] }),
      change: (row) => ({ name: row.name }),
    },
    'grid-standards': {
      uid: 'api::grid-standard.grid-standard', visible: (r) => (r === 'member' ? { id: -1 } : null),
      inside: () => first('api::grid-standard.grid-standard', {}), outside: async () => null,
      create: null, change: (row) => ({ name: row.name }),
    },
    'party-organisations': {
      uid: 'api::party-organisation.party-organisation', visible: (r) => town(r, (t) => ({ township: t }), (ids) => ids),
      inside: async (r) => (r === 'branch' ? a.branch : first('api::party-organisation.party-organisation', { township: a.township.id, level: 'committee' })),
      outside: () => first('api::party-organisation.party-organisation', { township: other.id, level: 'committee' }),
      create: async () => ({ name: '测试党小组', level: 'party_group', parent: a.branch.documentId, township: a.township.documentId }),
      change: (row) => ({ name: row.name }),
    },
    grids: {
      uid: 'api::grid.grid', visible: (r) => town(r, (t) => ({ township: t }), (ids) => ({ partyOrganisations: ids })),
      inside: async (r) => (r === 'branch' ? groupGrid() : first('api::grid.grid', { township: a.township.id })),
      outside: () => first('api::grid.grid', { township: other.id }),
      create: async () => ({ code: `${a.township.code}-R${900 + (Date.now() % 99)}`, name: '测试网格', kind: 'rural', township: a.township.documentId }),
      change: (row) => ({ name: row.name }),
    },
    'grid-staffs': {
      uid: 'api::grid-staff.grid-staff', visible: (r) => town(r, (t) => ({ grid: { township: t } }), (ids) => ({ grid: { partyOrganisations: ids } })),
      inside: async (r) => first('api::grid-staff.grid-staff', r === 'branch' ? { grid: (await groupGrid()).id } : { grid: { township: a.township.id } }),
      outside: () => first('api::grid-staff.grid-staff', { grid: { township: other.id } }),
      create: async () => ({ name: '测试志愿者', role: 'volunteer', grid: (await q('api::grid.grid').findOne({ where: { township: a.township.id } })).documentId }),
      change: (row) => ({ phone: row.phone }),
    },
    members: {
      uid: 'api::member.member',
      visible: (r) => (r === 'member' ? { id: a.member.id } : town(r, (t) => ({ township: t }), (ids) => ({ partyOrganisation: ids }))),
      inside: async (r) => (r === 'member' || r === 'branch' ? a.member : first('api::member.member', { township: a.township.id })),
      outside: () => first('api::member.member', { township: other.id }),
      create: async () => ({ name: '测试党员', gender: 'female', birthDate: '1995-03-01', joinedDate: '2020-07-01', status: 'full', partyOrganisation: a.branch.documentId }),
      change: (row) => ({ phone: row.phone }),
    },
    'points-rules': {
      uid: 'api::points-rule.points-rule', visible: () => null,
      inside: () => first('api::points-rule.points-rule', {}), outside: async () => null,
      create: async () => ({ code: `test.rule-${Date.now() % 100000}`, name: '测试规则', scheme: 'test', category: 'task', target: 'member', pointsTenths: 10, capPeriod: 'year', approver: 'branch', trigger: 'manual', active: false }),
      change: (row) => ({ name: row.name }),
    },
    'appraisal-rules': {
      uid: 'api::appraisal-rule.appraisal-rule', visible: (r) => (r === 'member' ? { id: -1 } : null),
      inside: () => first('api::appraisal-rule.appraisal-rule', {}), outside: async () => null,
      create: async () => ({ code: `test.stars-${Date.now() % 100000}`, name: '测试星级', kind: 'branch_stars', parameters: { shares: [{ stars: 5, percent: 10 }] }, active: false }),
      change: (row) => ({ name: row.name }),
    },
    'points-entries': {
      uid: 'api::points-entry.points-entry',
      visible: (r) => (r === 'county' ? null : r === 'township' ? { township: a.township.id } : r === 'member' ? { member: a.member.id }
        : { $or: [{ member: { partyOrganisation: { id: { $in: subtree } } } }, { organisation: { id: { $in: subtree } } }] }),
      inside: async () => pendingInside, outside: async () => pendingOutside,
      create: async () => ({ member: a.member.documentId, rule: absentRule.documentId, occurredOn: new Date().toISOString().slice(0, 10), reason: '范围测试' }),
      change: (row) => ({ reason: row.reason }),
    },
    'audit-logs': {
      uid: 'api::audit-log.audit-log', visible: (r) => (r === 'county' ? null : r === 'township' ? { township: a.township.id } : { id: -1 }),
      inside: () => first('api::audit-log.audit-log', { township: a.township.id }),
      outside: () => first('api::audit-log.audit-log', { township: other.id }),
      create: async () => ({ action: 'create', resource: 'members', at: new Date().toISOString() }),
      change: () => ({ username: 'forged' }),
    },
    'decision-rules': {
      uid: 'api::decision-rule.decision-rule', visible: () => null,
      inside: () => first('api::decision-rule.decision-rule', {}), outside: async () => null,
      create: async () => ({
        code: `test.ordinary-${Date.now() % 100000}`, name: '测试议事规则', kind: 'ordinary', body: 'branch_committee',
        quorum: { share: { num: 1, den: 2 }, strictlyMore: true }, passing: { base: 'present', share: { num: 1, den: 2 }, strictlyMore: true },
        meetingRequired: true, amountThresholdFen: 5000000, active: false,
      }),
      change: (row) => ({ name: row.name }),
    },
    decisions: {
      uid: 'api::decision.decision',
      visible: (r) => town(r, (t) => ({ township: t }), (ids) => ({ organisation: ids })),
      // drafts: a sealed decision is immutable for everyone
      inside: (r) => first('api::decision.decision', { status: 'draft', ...(r === 'branch' ? { organisation: a.branch.id } : { township: a.township.id }) }),
      outside: () => first('api::decision.decision', { status: 'draft', township: other.id }),
      create: async (r) => ({
        organisation: (r === 'branch' ? a.branch : await first('api::party-organisation.party-organisation', { township: a.township.id, level: 'committee' })).documentId,
        rule: (await first('api::decision-rule.decision-rule', { code: r === 'branch' ? 'ordinary.branch-committee' : 'ordinary.party-committee' })).documentId,
        subject: '范围测试', decidedOn: '2026-06-01',
      }),
      change: (row) => ({ subject: row.subject }),
    },
    'decision-steps': {
      uid: 'api::decision-step.decision-step',
      visible: (r) => town(r, (t) => ({ township: t }), (ids) => ({ organisation: ids })),
      inside: (r) => first('api::decision-step.decision-step', { decision: { status: 'draft' }, ...(r === 'branch' ? { organisation: a.branch.id } : { township: a.township.id }) }),
      outside: () => first('api::decision-step.decision-step', { decision: { status: 'draft' }, township: other.id }),
      create: null, change: (row) => ({ remarks: row.remarks }),
    },
    'chain-digests': {
      uid: 'api::chain-digest.chain-digest', visible: (r) => (r === 'county' ? null : { id: -1 }),
      inside: () => first('api::chain-digest.chain-digest', {}), outside: async () => null,
      create: null, change: (row) => ({ keyId: row.keyId }),
    },
    'points-years': {
      uid: 'api::points-year.points-year', visible: () => null,
      inside: () => first('api::points-year.points-year', {}), outside: async () => null,
      create: null, change: (row) => ({ status: row.status }),
    },
    'assessment-rules': {
      uid: 'api::assessment-rule.assessment-rule', visible: () => null,
      inside: () => first('api::assessment-rule.assessment-rule', {}), outside: async () => null,
      create: async () => ({ code: `test_rate_${Date.now() % 100000}`, name: '测试指标', numerator: ['returned'], denominator: ['returned', 'finished_on_time'], active: false }),
      change: (row) => ({ name: row.name }),
    },
    'county-departments': {
      uid: 'api::county-department.county-department', visible: () => null,
      inside: () => first('api::county-department.county-department', {}), outside: async () => null,
      create: async () => {
        const n = Date.now() % 100000;
        return { code: `test_dept_${n}`, name: `测试部门${n}`, shortName: `测试${n}` };
      },
      change: (row) => ({ shortName: row.shortName }),
    },
    'meeting-rules': {
      uid: 'api::meeting-rule.meeting-rule', visible: () => null,
      inside: () => first('api::meeting-rule.meeting-rule', {}), outside: async () => null,
      create: async () => {
        const n = Date.now() % 100000;
        return { code: `test.rule-${n}`, kind: `test_kind_${n}`, name: '测试会议', levels: ['branch'], period: 'month', count: 1, attendees: 'members', quorumBase: 'none', passingBase: 'none', dueSoonDays: 3, finaliseWithinDays: 7 };
      },
      change: (row) => ({ name: row.name }),
    },
    meetings: {
      uid: 'api::meeting.meeting', visible: (r) => (r === 'member' ? { id: -1 } : town(r, (t) => ({ township: t }), (ids) => ({ organisation: ids }))),
      inside: async () => draftInside, outside: () => first('api::meeting.meeting', { township: other.id }),
      create: async () => ({ organisation: a.branch.documentId, kind: 'party_lecture', startsAt: new Date().toISOString(), topic: '范围测试' }),
      change: (row) => ({ place: row.place }),
    },
    'meeting-attendances': {
      uid: 'api::meeting-attendance.meeting-attendance',
      visible: (r) => (r === 'county' ? null : r === 'township' ? { townshipRef: a.township.id } : r === 'branch' ? { organisationRef: { $in: subtree } } : { member: a.member.id }),
      inside: async (r) => first('api::meeting-attendance.meeting-attendance', r === 'member' ? { member: a.member.id } : { member: a.member.id, organisationRef: a.branch.id }),
      outside: () => first('api::meeting-attendance.meeting-attendance', { townshipRef: other.id }),
      create: async () => ({ meeting: draftInside.documentId, member: a.member.documentId, status: 'present' }),
      change: (row) => ({ status: row.status }),
    },
    'theme-day-rounds': {
      uid: 'api::theme-day-round.theme-day-round', visible: (r) => (r === 'member' ? { id: -1 } : null),
      inside: () => first('api::theme-day-round.theme-day-round', { state: 'open' }), outside: async () => null,
      create: async () => ({ name: '范围测试评选', periodStart: '2026-01-01', periodEnd: '2026-06-30', criteria: [{ code: 'a', name: '甲', weight: 100, max: 10 }] }),
      change: (row) => ({ name: row.name }),
    },
    'theme-day-nominations': {
      uid: 'api::theme-day-nomination.theme-day-nomination',
      visible: (r) => (r === 'county' ? null : r === 'township' ? { township: a.township.id } : r === 'branch' ? { organisationRef: { $in: subtree } } : { id: -1 }),
      inside: async (r) => first('api::theme-day-nomination.theme-day-nomination', r === 'branch' ? { organisationRef: a.branch.id } : { township: a.township.id }),
      outside: () => first('api::theme-day-nomination.theme-day-nomination', { township: other.id }),
      create: async () => ({ round: openRound.documentId, meeting: freeThemeDay.documentId }),
      change: (row) => ({ note: row.note }),
    },
    'theme-day-scores': {
      uid: 'api::theme-day-score.theme-day-score', visible: (r) => (r === 'county' ? null : { id: -1 }),
      inside: () => first('api::theme-day-score.theme-day-score', {}), outside: async () => null,
      create: null, change: (row) => ({ score: row.score }),
    },
    // Events: township by its township, branch by its grids, department by its assignments; written only by the actions.
    events: {
      uid: 'api::event.event',
      visible: (r) => (r === 'department' ? { assignments: { departmentRef: cg.id } } : r === 'member' ? { id: -1 }
        : town(r, (t) => ({ township: t }), (ids) => ({ grid: { partyOrganisations: ids } }))),
      inside: async (r) => first('api::event.event', r === 'department' ? { assignments: { departmentRef: cg.id } }
        : r === 'branch' ? { grid: { partyOrganisations: { id: { $in: subtree } } } } : { township: a.township.id }),
      outside: () => first('api::event.event', { township: other.id, mode: 'quick' }),
      create: null, change: (row) => ({ description: row.description }),
    },
    'event-assignments': {
      uid: 'api::event-assignment.event-assignment',
      visible: (r) => (r === 'county' ? null : r === 'township' ? { townshipRef: a.township.id } : r === 'department' ? { departmentRef: cg.id } : { id: -1 }),
      inside: async (r) => first('api::event-assignment.event-assignment', r === 'department' ? { departmentRef: cg.id } : { townshipRef: a.township.id }),
      outside: () => first('api::event-assignment.event-assignment', { townshipRef: other.id, level: { $ne: 'county' } }),
      create: null, change: (row) => ({ note: row.note }),
    },
    'grid-visits': {
      uid: 'api::grid-visit.grid-visit',
      visible: (r) => (r === 'member' || r === 'department' ? { id: -1 } : town(r, (t) => ({ grid: { township: t } }), (ids) => ({ grid: { partyOrganisations: ids } }))),
      inside: async () => visitInside, outside: async () => visitOutside,
      create: async () => ({ grid: (await groupGrid()).documentId, person: '范围测试', role: 'volunteer', visitedAt: new Date().toISOString() }),
      change: (row) => ({ note: row.note }),
    },
    // 综合执法: the catalogue is global (county and townships read it); teams and cases are a
    // township's; branch secretaries and members have no read right on any of them.
    'penalty-powers': {
      uid: 'api::penalty-power.penalty-power', visible: () => null,
      inside: () => first('api::penalty-power.penalty-power', {}), outside: async () => null,
      create: async () => {
        const n = Date.now() % 100000;
        return { code: `TEST-${n}`, name: `对范围测试${n}的处罚`, legalBasis: '《测试条例》', department: (await first('api::county-department.county-department', {})).documentId, batch: 1, delegated: true, fineMinYuan: 0, fineMaxYuan: 100 };
      },
      change: (row) => ({ name: row.name }),
    },
    'enforcement-teams': {
      uid: 'api::enforcement-team.enforcement-team', visible: (r) => town(r, (t) => ({ township: t })),
      inside: () => first('api::enforcement-team.enforcement-team', { township: a.township.id }),
      outside: () => first('api::enforcement-team.enforcement-team', { township: other.id }),
      create: null, // one per township, all seeded
      change: (row) => ({ name: row.name }),
    },
    'enforcement-cases': {
      uid: 'api::enforcement-case.enforcement-case', visible: (r) => town(r, (t) => ({ township: t })),
      inside: () => first('api::enforcement-case.enforcement-case', { township: a.township.id }),
      outside: () => first('api::enforcement-case.enforcement-case', { township: other.id }),
      create: async () => ({
        power: (await first('api::penalty-power.penalty-power', { delegated: true })).documentId, township: a.township.documentId,
        place: '范围测试地点', parties: '范围测试当事人',
      }),
      change: (row) => ({ place: row.place }),
    },
    'approval-items': {
      uid: 'api::approval-item.approval-item', visible: (r) => (r === 'member' ? { id: -1 } : null),
      inside: () => first('api::approval-item.approval-item', {}), outside: async () => null,
      create: async () => ({
        code: `T-${Date.now() % 100000}`, name: '范围测试事项', batch: 1, timeLimitDays: 5, materials: ['身份证'], onSiteCheck: false,
        department: (await first('api::county-department.county-department', {})).documentId,
      }),
      change: (row) => ({ name: row.name }),
    },
    'service-halls': {
      uid: 'api::service-hall.service-hall', visible: (r) => town(r, (t) => ({ township: t })),
      inside: () => first('api::service-hall.service-hall', { township: a.township.id }), outside: () => first('api::service-hall.service-hall', { township: other.id }),
      create: null, // one hall per township, and every township has one
      change: (row) => ({ hasGuides: row.hasGuides }),
    },
    'approval-cases': {
      uid: 'api::approval-case.approval-case', visible: (r) => town(r, (t) => ({ township: t })),
      inside: () => first('api::approval-case.approval-case', { township: a.township.id }), outside: () => first('api::approval-case.approval-case', { township: other.id }),
      // Received in 2025, outside the seeded year the approvals test checks its totals against.
      create: async () => ({
        item: (await first('api::approval-item.approval-item', {})).documentId, hall: (await first('api::service-hall.service-hall', { township: a.township.id })).documentId,
        applicantName: '范围测试', applicantPhone: '13800000000', receivedAt: '2025-06-02T02:00:00.000Z',
      }),
      change: (row) => ({ applicantPhone: row.applicantPhone }),
    },
  } satisfies Record<string, Fixture>);
  cg = await first('api::county-department.county-department', { code: 'cg' });
  // Visits are logged by township and branch staff; one in the demo branch's grid and one in 众兴街道.
  const visit = async (g: any) => q('api::grid-visit.grid-visit').create({ data: { grid: g.id, person: '范围测试', role: 'volunteer', visitedAt: new Date(), publishedAt: new Date() } });
  visitInside = await visit(await groupGrid());
  visitOutside = await visit(await first('api::grid.grid', { township: other.id }));
  // A signed digest to read (they are made by the server only).
  await callers.county.request('POST', '/api/chains/digests');
  // A draft meeting of the demo branch (finalised ones are immutable), an open round and a theme day
  // of 王集镇 it does not hold yet.
  const draft = await callers.county.request('POST', '/ra/meetings', { organisation: a.branch.documentId, kind: 'party_lecture', startsAt: new Date().toISOString(), topic: '范围测试草稿' });
  draftInside = await first('api::meeting.meeting', { documentId: draft.body.id });
  openRound = await first('api::theme-day-round.theme-day-round', { state: 'open' });
  const held = (await q('api::theme-day-nomination.theme-day-nomination').findMany({ populate: ['meeting'] })).map((n: any) => n.meeting?.id);
  freeThemeDay = await first('api::meeting.meeting', { kind: 'theme_day', status: 'finalised', township: a.township.id, heldOn: { $gte: openRound.periodStart }, id: { $notIn: held } });
  // A pending ledger entry inside (the demo member) and one outside (a 众兴街道 member).
  absentRule = await first('api::points-rule.points-rule', { code: 'base60.absent' });
  const outsider = await first('api::member.member', { township: other.id });
  const pending = async (member: any) => {
    const res = await callers.county.request('POST', '/ra/points-entries', { member: member.documentId, rule: absentRule.documentId, occurredOn: '2026-06-01', reason: '范围测试' });
    return first('api::points-entry.points-entry', { documentId: res.body.id });
  };
  pendingInside = await pending(a.member);
  pendingOutside = await pending(outsider);
  // Make sure the audit log has an entry to read in each township.
  await callers.county.request('PUT', `/api/townships/${a.township.documentId}`, { data: { population: a.township.population } });
  await callers.county.request('PUT', `/api/townships/${other.documentId}`, { data: { population: other.population } });
});

const RESOURCES = Object.keys(roles.permissions);

/** The same operation through REST and through the bridge. */
const API = {
  rest: {
    list: (c: Caller, r: string) => c.request('GET', `/api/${r}?pagination[pageSize]=1`).then((x) => ({ ...x, total: x.body?.meta?.pagination?.total })),
    one: (c: Caller, r: string, id: string) => c.request('GET', `/api/${r}/${id}`),
    create: (c: Caller, r: string, data: unknown) => c.request('POST', `/api/${r}`, { data }).then((x) => ({ ...x, id: x.body?.data?.documentId })),
    update: (c: Caller, r: string, id: string, data: unknown) => c.request('PUT', `/api/${r}/${id}`, { data }),
    remove: (c: Caller, r: string, id: string) => c.request('DELETE', `/api/${r}/${id}`),
  },
  ra: {
    list: (c: Caller, r: string) => c.request('GET', `/ra/${r}${raQuery({ range: [0, 0] })}`).then((x) => ({ ...x, total: x.status === 200 ? totalOf(x.headers.get('content-range')) : undefined })),
    one: (c: Caller, r: string, id: string) => c.request('GET', `/ra/${r}/${id}`),
    create: (c: Caller, r: string, data: unknown) => c.request('POST', `/ra/${r}`, data).then((x) => ({ ...x, id: x.body?.id })),
    update: (c: Caller, r: string, id: string, data: unknown) => c.request('PUT', `/ra/${r}/${id}`, data),
    remove: (c: Caller, r: string, id: string) => c.request('DELETE', `/ra/${r}/${id}`),
  },
};

for (const [apiName, ops] of Object.entries(API)) {
  describe(`scope on ${apiName === 'rest' ? '/api' : '/ra'}`, () => {
    for (const resource of RESOURCES) {
      for (const role of ROLES) {
        it(`${resource} × ${role}`, async () => {
          const f = FIXTURES[resource];
          const c = callers[role];
          const canRead = can(role, resource, 'r');

          // list: 403 without read permission, else exactly the visible rows are counted
          const listed = await ops.list(c, resource);
          if (!canRead) {
            expect(listed.status, 'list').toBe(403);
          } else {
            expect(listed.status, 'list').toBe(200);
            const where = f.visible(role);
            expect(listed.total, 'list total').toBe(await q(f.uid).count(where ? { where } : {}));
          }

          // read one: inside → 200, outside → 404 (no existence leak), no permission → 403
          const inside = await f.inside(role);
          const outside = await f.outside();
          if (inside) expect((await ops.one(c, resource, inside.documentId)).status, 'read inside').toBe(canRead ? 200 : 403);
          if (outside && role !== 'county') expect((await ops.one(c, resource, outside.documentId)).status, 'read outside').toBe(canRead ? 404 : 403);

          // update: inside → 200 with permission; outside → 403 always (county: 200)
          if (inside) {
            const res = await ops.update(c, resource, inside.documentId, f.change(inside));
            const allowed = can(role, resource, 'u');
            expect(res.status, `update inside ${JSON.stringify(res.body)}`).toBe(allowed ? 200 : 403);
          }
          if (outside && role !== 'county') {
            const res = await ops.update(c, resource, outside.documentId, f.change(outside));
            expect(res.status, 'update outside').toBe(403);
          }
          if (outside && role !== 'county') expect((await ops.remove(c, resource, outside.documentId)).status, 'delete outside').toBe(403);

          // create inside (then delete it): allowed only with c (and d to clean up)
          const data = f.create ? await f.create(role) : null;
          if (data) {
            const before = await q(f.uid).count();
            const created = await ops.create(c, resource, data);
            if (can(role, resource, 'c') && resource !== 'townships') {
              expect(created.status, `create ${JSON.stringify(created.body)}`).toBeLessThan(300);
              const removed = await ops.remove(c, resource, created.id);
              expect(removed.status, 'delete own').toBe(can(role, resource, 'd') ? (apiName === 'rest' ? 204 : 200) : 403);
              if (!can(role, resource, 'd')) await q(f.uid).delete({ where: { documentId: created.id } });
            } else if (resource === 'townships' && role === 'county') {
              expect(created.status).toBeLessThan(300);
              await q(f.uid).delete({ where: { documentId: created.id } });
            } else {
              expect(created.status, 'create refused').toBe(403);
              expect(await q(f.uid).count(), 'nothing written').toBe(before);
            }
          }
        });
      }
    }
  });
}

describe('creating outside one\'s scope', () => {
  it('is refused and writes nothing (township user, another township)', async () => {
    const before = await q('api::grid.grid').count();
    const res = await callers.township.request('POST', '/ra/grids', { code: `${OTHER_TOWNSHIP}-R950`, name: '越界网格', kind: 'rural', township: other.documentId });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/管理范围/);
    expect(await q('api::grid.grid').count()).toBe(before);
  });

  it('is refused when a branch secretary adds a member to another branch', async () => {
    const foreign = await first('api::party-organisation.party-organisation', { township: other.id, level: 'branch' });
    const before = await q('api::member.member').count();
    const res = await callers.branch.request('POST', '/api/members', {
      data: { name: '越界党员', gender: 'male', birthDate: '1990-01-01', joinedDate: '2012-07-01', status: 'full', partyOrganisation: foreign.documentId },
    });
    expect(res.status).toBe(403);
    expect(await q('api::member.member').count()).toBe(before);
  });

  it('is refused when a township user moves a member out of the township', async () => {
    const m = await first('api::member.member', { township: a.township.id });
    const foreign = await first('api::party-organisation.party-organisation', { township: other.id, level: 'branch' });
    const res = await callers.township.request('PUT', `/ra/members/${m.documentId}`, { partyOrganisation: foreign.documentId });
    expect(res.status).toBe(403);
    const after = await q('api::member.member').findOne({ where: { id: m.id }, populate: ['partyOrganisation'] });
    expect(after.partyOrganisation.township).toBeUndefined();
    expect(after.partyOrganisation.id).not.toBe(foreign.id);
  });

  it('gives anonymous callers nothing', async () => {
    const { baseUrl } = await testServer();
    for (const url of ['/api/members', '/ra/members', '/ra/_schema']) expect((await fetch(baseUrl + url)).status, url).toBe(403);
  });
});
