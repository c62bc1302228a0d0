// The demo ledger: the default points scheme and appraisal rules, then a year of entries for every
// seeded member (approved and sealed on the hash chain, some still pending) with their totals.
// Deterministic amounts and dates; written in bulk in one transaction, only into an empty ledger.
import { rng, intBetween, type Rng } from './random';
import { readConfig } from './plan';
import { documentId } from '../cms/src/db/document-id';
import { chainHead, seal } from '../cms/src/points/chain';
import { T } from '../cms/src/points/tables';
import { linkTable } from '../cms/src/db/link-tables';
import { periodKey } from '../cms/src/domain/points/periods';
import type { SchemesFile } from '../cms/src/points/schemes';

const RULE = 'api::points-rule.points-rule';
const ENTRY = 'api::points-entry.points-entry';
const APPRAISAL = 'api::appraisal-rule.appraisal-rule';

export interface PointsSeedOptions {
  /** default: this year in China */
  year?: number;
  /** last month with entries (the current one holds the pending proposals); default: this month, or December of a past year */
  throughMonth?: number;
  /** nothing is dated after this day ('YYYY-MM-DD'); default: today in China */
  today?: string;
  /** 0–1: share of members who get entries beyond the yearly base */
  activity?: number;
  /** only these townships (division codes) get a ledger; tests use one to stay fast */
  townships?: string[];
  /** add this year to a ledger that already has entries (benchmarks build several years) */
  append?: boolean;
}

type Row = Record<string, any>;

const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Today's calendar day in China. */
export const todayInChina = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

// The county office's approver for county-level rules (also the demo county login's name).
const COUNTY_APPROVER = '周建华';

export async function seedPoints(strapi: any, options: PointsSeedOptions = {}, log: (l: string) => void = () => {}) {
  const today = options.today ?? todayInChina();
  const year = options.year ?? Number(today.slice(0, 4));
  const through = options.throughMonth ?? (year === Number(today.slice(0, 4)) ? Number(today.slice(5, 7)) : 12);
  // A seeded entry never lies in the future: days past today move to today.
  const notAfterToday = (d: string) => (d > today ? today : d);
  const activity = options.activity ?? 1;
  const file = readConfig<SchemesFile>('points-schemes.json');
  const started = Date.now();
  return strapi.db.transaction(async ({ trx }: any) => {
    const knex = trx;
    const now = new Date();
    // Rules: the default scheme active; appraisal rules.
    const haveRules = new Set((await strapi.db.query(RULE).findMany({ select: ['code'] })).map((r: Row) => r.code));
    const scheme = file.schemes.find((s) => s.code === file.default)!;
    const newRules = scheme.rules.filter((r) => !haveRules.has(r.code))
      .map((r) => ({ target: 'member', capPeriod: 'year', approver: 'township', trigger: 'manual', active: true, ...r, scheme: scheme.code, documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
    if (newRules.length) await strapi.db.query(RULE).createMany({ data: newRules });
    const haveAppraisal = new Set((await strapi.db.query(APPRAISAL).findMany({ select: ['code'] })).map((r: Row) => r.code));
    const newAppraisal = file.appraisal.filter((a) => !haveAppraisal.has(a.code)).map((a) => ({ ...a, active: true, documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
    if (newAppraisal.length) await strapi.db.query(APPRAISAL).createMany({ data: newAppraisal });

    if (!options.append && Number((await knex('points_entries').count({ n: '*' }).first()).n) > 0) {
      log('  points ledger: present');
      return { entries: 0, ms: Date.now() - started };
    }
    const rules = new Map<string, Row>((await strapi.db.query(RULE).findMany({ where: { scheme: scheme.code } })).map((r: Row) => [r.code, r]));
    const rule = (code: string) => rules.get(code)!;

    // Members with their branch and township, in id order.
    const mb = linkTable(strapi, 'api::member.member', 'partyOrganisation');
    const mt = linkTable(strapi, 'api::member.member', 'township');
    const only = options.townships ? (await knex('townships').whereIn('code', options.townships).select('id')).map((t: Row) => t.id) : null;
    const inScope = (t: number | null) => !only || (t != null && only.includes(t));
    const members: Row[] = (await knex('members as m').leftJoin(`${mb.table} as b`, `b.${mb.owner}`, 'm.id').leftJoin(`${mt.table} as t`, `t.${mt.owner}`, 'm.id')
      .select('m.id', 'm.status', `b.${mb.target} as branch`, `t.${mt.target} as township`).orderBy('m.id')).filter((m: Row) => inScope(m.township));
    const ot = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
    const branches: Row[] = (await knex('party_organisations as o').join(`${ot.table} as t`, `t.${ot.owner}`, 'o.id')
      .where('o.level', 'branch').select('o.id', `t.${ot.target} as township`).orderBy('o.id')).filter((b: Row) => inScope(b.township));

    // Who proposed and approved: the branch's secretary proposes; the branch secretary, the
    // township's organ-branch secretary or the county office approves, by the rule's level.
    const sl = linkTable(strapi, 'api::party-organisation.party-organisation', 'secretary');
    const secretaries: Row[] = await knex('party_organisations as o').join(`${sl.table} as s`, `s.${sl.owner}`, 'o.id').join('members as m', 'm.id', `s.${sl.target}`)
      .leftJoin(`${ot.table} as t`, `t.${ot.owner}`, 'o.id').select('o.id', 'o.category', `t.${ot.target} as township`, 'm.name');
    const secretaryOf = new Map<number, string>(secretaries.map((x: Row) => [x.id, x.name]));
    const townshipApprover = new Map<number, string>(secretaries.filter((x: Row) => x.category === 'organ').map((x: Row) => [x.township, x.name]));
    const proposerOf = (d: { member: Row | null; branch: Row | null }) => secretaryOf.get(d.member?.branch ?? d.branch?.id) ?? '支部书记';
    const approverOf = (d: { rule: Row; member: Row | null; branch: Row | null }) => {
      if (d.rule.approver === 'county') return COUNTY_APPROVER;
      if (d.rule.approver === 'branch') return proposerOf(d);
      return townshipApprover.get(d.member?.township ?? d.branch?.township) ?? '乡镇党委';
    };

    // Entries, in the order they happened.
    const r: Rng = rng(year * 7 + 11);
    type Draft = { rule: Row; member: Row | null; branch: Row | null; on: string; reason: string; pending: boolean };
    const drafts: Draft[] = [];
    for (const m of members) {
      drafts.push({ rule: rule('base60.base'), member: m, branch: null, on: notAfterToday(day(year, 1, 5)), reason: `${year} 年度基础分`, pending: false });
      if (r() > activity) continue;
      const add = (code: string, times: number, reason: string) => {
        for (let i = 0; i < times; i++) {
          const month = intBetween(r, 1, through);
          drafts.push({ rule: rule(code), member: m, branch: null, on: notAfterToday(day(year, month, intBetween(r, 1, 28))), reason, pending: month === through && r() < 0.5 });
        }
      };
      // Attendance points (三会一课, 主题党日) come from the meetings those members attended: seeds/meetings.
      add('base60.study', intBetween(r, 0, 1), '参加集中学习');
      if (r() < 0.04) add('base60.absent', 1, '无故缺席组织生活会');
      if (r() < 0.01) add('base60.county-award', 1, '获县级表彰（演示数据）');
    }
    for (const b of branches) {
      const n = intBetween(r, 0, 4);
      for (let i = 0; i < n; i++) drafts.push({ rule: rule('base60.branch-activity'), member: null, branch: b, on: notAfterToday(day(year, intBetween(r, 1, through), 15)), reason: '开展支部特色活动', pending: false });
    }
    drafts.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

    // Caps hold in the seed too: drop what would pass a cap.
    const used = new Map<string, { approved: number; pending: number }>();
    const years = new Map<number, Row>();
    const months = new Map<string, number>();
    const branchYears = new Map<number, Row>();
    let head = await chainHead(knex);
    const rows: Row[] = [];
    const links: Array<{ member: number | null; organisation: number | null; rule: number; township: number | null }> = [];
    for (const d of drafts) {
      const capKey = d.member ? `${d.member.id}/${d.rule.id}/${periodKey(d.rule.capPeriod, d.on)}` : '';
      const u = used.get(capKey) ?? { approved: 0, pending: 0 };
      if (d.member && d.rule.capTenths != null && !d.rule.outsideCap && u.approved + u.pending + Math.max(0, d.rule.pointsTenths) > d.rule.capTenths) continue;
      let points = d.rule.pointsTenths;
      const y = d.member ? years.get(d.member.id) ?? { total: 0, base: 0, township: d.member.township, branch: d.member.branch } : null;
      if (d.rule.floorAtZero && y && !d.pending) points = Math.max(points, -Math.max(0, y.base));
      const id = documentId();
      // Decided two days later at 09:00 UTC, but never after this moment.
      const decided = new Date(Math.min(Date.parse(`${d.on}T09:00:00.000Z`) + 2 * 86_400_000, now.getTime()));
      const row: Row = {
        documentId: id, pointsTenths: points, reason: d.reason, occurredOn: d.on, period: d.on.slice(0, 7), status: d.pending ? 'pending' : 'approved',
        proposerName: proposerOf(d), createdAt: now, updatedAt: now, publishedAt: now,
        memberRef: d.member?.id ?? null, organisationRef: d.branch?.id ?? null, ruleRef: d.rule.id,
      };
      if (!d.pending) {
        const s = seal({ documentId: id, memberId: d.member?.id ?? null, organisationId: d.branch?.id ?? null, ruleId: d.rule.id, pointsTenths: points,
          occurredOn: d.on, reason: d.reason, reversesId: null, approvedAt: decided.toISOString(), approverId: null }, head);
        head = s.head;
        Object.assign(row, s.fields, { approverName: approverOf(d), decidedAt: decided });
        if (y) {
          y.total += points;
          if (d.rule.category === 'base' || d.rule.category === 'deduction') y.base += points;
          years.set(d.member!.id, y);
          const mk = `${d.member!.id}/${Number(d.on.slice(5, 7))}`;
          months.set(mk, (months.get(mk) ?? 0) + points);
        } else if (d.branch) {
          const by = branchYears.get(d.branch.id) ?? { own: 0, township: d.branch.township };
          by.own += points;
          branchYears.set(d.branch.id, by);
        }
      }
      if (d.member) {
        if (d.pending) u.pending += points;
        else u.approved += points;
        used.set(capKey, u);
      }
      rows.push(row);
      links.push({ member: d.member?.id ?? null, organisation: d.branch?.id ?? null, rule: d.rule.id, township: d.member?.township ?? d.branch?.township ?? null });
    }

    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 2000) {
      ids.push(...(await strapi.db.query(ENTRY).createMany({ data: rows.slice(i, i + 2000) })).ids.map(Number));
      if (i % 20000 === 0) log(`  points entries: ${Math.min(i + 2000, rows.length)}/${rows.length}`);
    }
    for (const attr of ['member', 'organisation', 'rule', 'township'] as const) {
      const l = linkTable(strapi, ENTRY, attr);
      const lr = ids.map((id, i) => ({ [l.owner]: id, [l.target]: links[i][attr] })).filter((x) => x[l.target] != null);
      for (let i = 0; i < lr.length; i += 500) await knex(l.table).insert(lr.slice(i, i + 500));
    }
    const insert = async (table: string, data: Row[]) => {
      for (let i = 0; i < data.length; i += 500) await knex(table).insert(data.slice(i, i + 500));
    };
    await insert(T.memberYears, [...years].map(([member, y]) => ({ member_id: member, year, township_id: y.township, branch_id: y.branch, total_tenths: y.total, base_tenths: y.base })));
    await insert(T.memberMonths, [...months].map(([k, total]) => ({ member_id: Number(k.split('/')[0]), year, month: Number(k.split('/')[1]), total_tenths: total })));
    await insert(T.rulePeriods, [...used].map(([k, u]) => {
      const [member, ruleId, period] = k.split('/');
      return { member_id: Number(member), rule_id: Number(ruleId), period, approved_tenths: u.approved, pending_tenths: u.pending };
    }));
    await insert(T.branchYears, [...branchYears].map(([branch, b]) => ({ branch_id: branch, year, township_id: b.township, own_tenths: b.own })));
    log(`  points entries: +${rows.length} (${head.seq} approved on the chain)`);
    return { entries: rows.length, ms: Date.now() - started };
  });
}
