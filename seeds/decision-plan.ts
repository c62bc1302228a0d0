// The demo year of collective decisions, planned from plain inputs (no database): for every township
// committee two decisions a month under every published kind, and for a sample of village branches
// their 支委会 decisions and 四议两公开 records at different steps. Most are finalised; some carry
// warnings (split views, an absent secretary, steps without evidence); the last few are drafts, some
// with errors that block finalising. Deterministic for a given `today`.
import { rng, intBetween, pick, type Rng } from './random';
import { addDays } from '../cms/src/domain/calendar/days';
import type { DecisionRule } from '../cms/src/domain/decisions/rules';
import { tally, type Outcome, type Position } from '../cms/src/domain/decisions/facts';
import { factsOf } from '../cms/src/domain/decisions/record';

export interface PlanMember {
  documentId: string;
  name: string;
}

export interface PlanOrg {
  id: number;
  documentId: string;
  name: string;
}

export interface TownshipInput {
  code: string;
  name: string;
  committee: PlanOrg;
  /** Stand-ins for the committee (班子成员), secretary first. */
  committeeMembers: PlanMember[];
  villages: Array<{ org: PlanOrg; committee: PlanMember[]; memberCount: number }>;
}

export interface PlannedStep {
  step: string;
  date: string;
  body: string | null;
  due: number | null;
  present: number | null;
  recused: number | null;
  agree: number | null;
  disagree: number | null;
  defer: number | null;
  displayedUntil: string | null;
}

export interface PlannedDecision {
  org: PlanOrg;
  rule: DecisionRule;
  subject: string;
  amountFen: number | null;
  method: 'meeting' | 'circulated_papers' | 'chat';
  decidedOn: string | null;
  body: string | null;
  due: string[];
  present: string[];
  recused: Array<{ member: string; reason: string }>;
  secretary: string | null;
  statements: Array<{ member: string; position: Position }>;
  outcome: Outcome | null;
  memberNames: Record<string, string>;
  steps: PlannedStep[];
  /** Finalised (and sealed, in this order) at this instant; null: a draft. */
  finalisedAt: string | null;
  finalisedByName: string | null;
}

const POSTS = ['党政办副主任', '经济发展局副局长', '社会事业局副局长', '综合执法局副局长', '便民服务中心副主任', '党建办副主任'];
const ORDINARY = ['研究部署本月党建重点工作', '研究年度党员发展计划', '研究网格化治理工作推进事项', '研究防汛防台值班安排', '研究信访维稳工作', '研究主题党日活动安排', '研究购置办公设备'];
const MAJOR = ['研究乡村振兴年度重点任务', '研究年度财政预算调整方案', '研究人居环境整治实施方案'];
const PROJECTS = ['研究农村道路提档升级工程立项', '研究高标准农田建设项目安排', '研究便民服务中心改造工程'];
const SPENDING = ['研究拨付村级集体经济发展资金', '研究防汛物资采购资金', '研究老旧小区改造配套资金'];
const BRANCH = ['研究发展入党积极分子', '研究村级公益性岗位人选', '研究党员冬训安排', '研究村集体资产租赁事项', '研究网格员工作考核'];
const VILLAGE = ['村集体土地流转方案', '村道路亮化工程', '村级公益事业“一事一议”筹资方案', '村集体经济项目投资'];

const yuan = (y: number) => y * 100;

interface Context {
  r: Rng;
  today: string;
  rules: Map<string, DecisionRule>;
  out: PlannedDecision[];
}

function names(members: PlanMember[]): Record<string, string> {
  return Object.fromEntries(members.map((m) => [m.documentId, m.name]));
}

/** Finalised the next morning (10:00 in China), as long as that is in the past. */
const finalisedOn = (day: string) => `${addDays(day, 1)}T02:00:00.000Z`;

interface CommitteeVote {
  absent?: number;
  secretaryAbsent?: boolean;
  recuse?: string;
  split?: boolean;
  secretaryNotLast?: boolean;
  silent?: number;
}

/** Who attended, who recused, and who said what, in the order spoken (the secretary last). */
function committee(members: PlanMember[], v: CommitteeVote) {
  const [secretary, ...others] = members;
  const absent = new Set(others.slice(others.length - (v.absent ?? 0)).map((m) => m.documentId));
  if (v.secretaryAbsent) absent.add(secretary.documentId);
  const present = members.filter((m) => !absent.has(m.documentId));
  const recusedMember = v.recuse ? present.find((m) => m !== secretary) : undefined;
  const eligible = present.filter((m) => m !== recusedMember && m !== secretary);
  const speakers = eligible.slice(0, eligible.length - (v.silent ?? 0));
  const order = v.secretaryNotLast || !present.includes(secretary) ? [...(present.includes(secretary) ? [secretary] : []), ...speakers] : [...speakers, secretary];
  const statements = order.map((m, i) => {
    let position: Position = 'agree';
    // A close vote: as many disagree as agree less one (|agree − disagree| ≤ 1/5 of those stating).
    if (v.split && i < Math.floor(order.length / 2) - (order.length % 2 === 0 ? 1 : 0)) position = 'disagree';
    return { member: m.documentId, position };
  });
  return {
    due: members.map((m) => m.documentId),
    present: present.map((m) => m.documentId),
    recused: recusedMember ? [{ member: recusedMember.documentId, reason: v.recuse! }] : [],
    secretary: secretary.documentId,
    statements,
  };
}

/** What the vote came to: sharply split views are sometimes postponed, as the rules advise. */
function outcomeOf(rule: DecisionRule, vote: ReturnType<typeof committee>, postpone: boolean): Outcome {
  if (postpone) return 'postponed';
  const facts = factsOf({ ...vote, body: rule.body, method: 'meeting' });
  return tally(rule, facts).passed ? 'passed' : 'rejected';
}

function townshipDecisions(c: Context, t: TownshipInput, ti: number) {
  const members = t.committeeMembers;
  if (members.length < 5) return;
  const r = c.r;
  const rule = (code: string) => c.rules.get(code)!;
  const errors = ['quorum', 'secretary_last', 'chat', 'silent'];
  for (let k = 0; k < 24; k++) {
    const day = addDays(c.today, -360 + k * 15 + intBetween(r, 0, 9));
    if (day >= c.today) continue;
    const draft = day > addDays(c.today, -20);
    const withError = draft && k === 23 ? errors[ti % errors.length] : null;
    const roll = r();
    const code = withError === 'chat' ? 'major.matter'
      : withError ? 'cadre.appointment'
        : roll < 0.4 ? 'ordinary.party-committee' : roll < 0.6 ? 'cadre.appointment' : roll < 0.7 ? 'major.matter'
          : roll < 0.8 ? 'major.project' : roll < 0.9 ? 'major.spending' : 'major.appointment';
    const ru = rule(code);
    const split = !withError && r() < 0.08;
    const secretaryAbsent = !withError && !split && ru.secretaryLast && r() < 0.05;
    const recuse = !withError && r() < 0.12 ? pick(r, ['本人近亲属为考察对象', '与项目承包方存在利害关系', '本人分管事项，主动回避']) : undefined;
    const vote = committee(members, {
      absent: withError === 'quorum' ? members.length - Math.ceil((members.length * 2) / 3) + 1 : r() < 0.3 ? 1 : 0,
      secretaryAbsent, split, recuse,
      secretaryNotLast: withError === 'secretary_last',
      silent: withError === 'silent' ? 1 : 0,
    });
    let subject = pick(r, ORDINARY);
    let amountFen: number | null = null;
    if (code === 'ordinary.party-committee' && subject === '研究购置办公设备') amountFen = yuan(intBetween(r, 20, 450) * 100);
    if (code === 'major.matter') subject = pick(r, MAJOR);
    if (code === 'major.project') [subject, amountFen] = [pick(r, PROJECTS), yuan(intBetween(r, 50, 2000) * 10_000)];
    if (code === 'major.spending') [subject, amountFen] = [pick(r, SPENDING), yuan(intBetween(r, 6, 300) * 10_000)];
    if (code === 'cadre.appointment') subject = `研究${members[1 + (k % (members.length - 1))].name}同志任${t.name}${pick(r, POSTS)}`;
    if (code === 'major.appointment') subject = `研究${t.name}${pick(r, POSTS).replace(/副/, '')}人选`;
    c.out.push({
      org: t.committee, rule: ru, subject, amountFen,
      method: withError === 'chat' ? 'chat' : 'meeting',
      decidedOn: day, body: ru.body, ...vote,
      outcome: outcomeOf(ru, vote, split && r() < 0.5),
      memberNames: names(members),
      steps: [],
      finalisedAt: draft ? null : finalisedOn(day),
      finalisedByName: draft ? null : members[0].name,
    });
  }
}

function villageDecisions(c: Context, v: TownshipInput['villages'][number], vi: number) {
  const members = v.committee;
  if (members.length < 3) return;
  const r = c.r;
  const ru = c.rules.get('ordinary.branch-committee')!;
  for (let k = 0; k < 12; k++) {
    const day = addDays(c.today, -355 + k * 30 + intBetween(r, 0, 6));
    if (day >= c.today) continue;
    const draft = day > addDays(c.today, -20);
    const subject = pick(r, BRANCH);
    const vote = committee(members, { absent: members.length > 3 && r() < 0.2 ? 1 : 0 });
    c.out.push({
      org: v.org, rule: ru, subject, amountFen: subject === '研究村集体资产租赁事项' ? yuan(intBetween(r, 30, 480) * 100) : null,
      method: 'meeting', decidedOn: day, body: ru.body, ...vote, outcome: outcomeOf(ru, vote, false), memberNames: names(members), steps: [],
      finalisedAt: draft ? null : finalisedOn(day), finalisedByName: draft ? null : members[0].name,
    });
  }
  villageMatters(c, v, vi);
}

/** Three 四议两公开 records per village: closed and sealed, half way, just proposed. */
function villageMatters(c: Context, v: TownshipInput['villages'][number], vi: number) {
  const ru = c.rules.get('village.four-two')!;
  const r = c.r;
  const committeeSize = v.committee.length;
  const assembly = Math.max(v.memberCount, 6);
  const stepsFrom = (d0: string, upTo: number, openNotice = false): PlannedStep[] => {
    const none = { due: null, present: null, recused: null, agree: null, disagree: null, defer: null, displayedUntil: null };
    const reviewPresent = Math.min(assembly, Math.ceil((assembly * 2) / 3) + intBetween(r, 0, 2));
    const all: PlannedStep[] = [
      { ...none, step: 'propose', date: d0, body: 'branch_committee', due: committeeSize, present: committeeSize, agree: committeeSize, disagree: 0, defer: 0 },
      { ...none, step: 'discuss', date: addDays(d0, 5), body: 'two_committees', due: committeeSize + 4, present: committeeSize + 3 },
      { ...none, step: 'review', date: addDays(d0, 12), body: 'member_assembly', due: assembly, present: reviewPresent, agree: Math.min(reviewPresent, Math.floor(assembly / 2) + 2), disagree: 0, defer: 0 },
      { ...none, step: 'resolve', date: addDays(d0, 20), body: 'villager_representatives', due: 31, present: 25, agree: 22, disagree: 2, defer: 1 },
      { ...none, step: 'publish_decision', date: addDays(d0, 22), displayedUntil: openNotice ? null : addDays(d0, 31) },
      { ...none, step: 'publish_result', date: addDays(d0, 75), displayedUntil: addDays(d0, 84) },
    ];
    return all.slice(0, upTo);
  };
  const subject = (i: number) => VILLAGE[(vi + i) % VILLAGE.length];
  const base = { org: v.org, rule: ru, amountFen: null, method: 'meeting' as const, body: null, due: [], present: [], recused: [], secretary: null, statements: [], memberNames: {} };
  const closedFrom = addDays(c.today, -200 + (vi % 30));
  const closedOn = addDays(closedFrom, 85);
  c.out.push({ ...base, subject: subject(0), decidedOn: closedOn, outcome: 'passed', steps: stepsFrom(closedFrom, 6), finalisedAt: `${closedOn}T03:00:00.000Z`, finalisedByName: v.committee[0]?.name ?? null });
  const halfWay = vi % 2 === 0 ? 3 : 5;
  c.out.push({ ...base, subject: subject(1), decidedOn: null, outcome: null, steps: stepsFrom(addDays(c.today, -26), halfWay, true), finalisedAt: null, finalisedByName: null });
  c.out.push({ ...base, subject: subject(2), decidedOn: null, outcome: null, steps: stepsFrom(addDays(c.today, -3), 1), finalisedAt: null, finalisedByName: null });
}

export function planDecisions(input: { today: string; rules: DecisionRule[]; townships: TownshipInput[] }): PlannedDecision[] {
  const c: Context = { r: rng(20_260_909), today: input.today, rules: new Map(input.rules.map((x) => [x.code, x])), out: [] };
  input.townships.forEach((t, ti) => {
    townshipDecisions(c, t, ti);
    t.villages.forEach((v, vi) => villageDecisions(c, v, ti * 10 + vi));
  });
  return c.out;
}
