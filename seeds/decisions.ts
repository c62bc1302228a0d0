// The decision rules (config/decision-rules.json, added where missing) and the demo year of
// decisions (seeds/decision-plan.ts) with their 四议两公开 steps: every record checked against its
// rule as the server would, the finalised ones sealed onto the decisions chain in the order they
// were finalised. Written in bulk in one transaction, only into an empty decisions table.
import { documentId } from '../cms/src/db/document-id';
import { linkTable } from '../cms/src/db/link-tables';
import { chinaDay } from '../cms/src/domain/calendar/days';
import { checkRecord, verdictOf, type DecisionRecord } from '../cms/src/domain/decisions/record';
import { ruleHash, sealDecision } from '../cms/src/domain/decisions/seal';
import { RULE, ruleOf, shippedRules } from '../cms/src/decisions/rules';
import { DECISION, STEP, stepOf } from '../cms/src/decisions/records';
import { decisionsHead, sealedOf } from '../cms/src/decisions/chain';
import { planDecisions, type PlannedDecision, type TownshipInput } from './decision-plan';

type Row = Record<string, any>;

export interface DecisionSeedOptions {
  /** Village branches per township that get decisions and 四议两公开 records (the first by code). */
  villagesPerTownship?: number;
  /** YYYY-MM-DD in China; defaults to today. */
  today?: string;
}

export async function seedDecisions(strapi: any, options: DecisionSeedOptions = {}, log: (l: string) => void = () => {}) {
  const started = Date.now();
  const today = options.today ?? chinaDay(new Date().toISOString());
  return strapi.db.transaction(async ({ trx }: any) => {
    const knex = trx;
    const now = new Date();
    const have = new Set((await strapi.db.query(RULE).findMany({ select: ['code'] })).map((r: Row) => r.code));
    const fresh = shippedRules().filter((r) => !have.has(r.code))
      .map((r) => ({ ...r, active: true, documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now }));
    if (fresh.length) await strapi.db.query(RULE).createMany({ data: fresh });
    if (Number((await knex('decisions').count({ n: '*' }).first()).n) > 0) {
      log('  decisions: present');
      return { decisions: 0, steps: 0, ms: Date.now() - started };
    }
    const ruleRows: Row[] = await strapi.db.query(RULE).findMany();
    const rules = ruleRows.map(ruleOf);
    const ruleIds = new Map(ruleRows.map((r) => [r.code, r.id]));

    const townships = await townshipInputs(strapi, knex, options.villagesPerTownship ?? 2);
    const planned = planDecisions({ today, rules, townships: townships.inputs });

    // Check each record as the server would; seal the finalised ones in the order they were finalised.
    const order = planned.map((p, i) => ({ p, i })).filter((x) => x.p.finalisedAt)
      .sort((a, b) => (a.p.finalisedAt! < b.p.finalisedAt! ? -1 : a.p.finalisedAt! > b.p.finalisedAt! ? 1 : a.i - b.i));
    const rows: Row[] = planned.map((p) => rowOf(p, today, now));
    let head = await decisionsHead(strapi, knex);
    for (const { p, i } of order) {
      const row = rows[i];
      const asStored = { ...row, organisation: { id: p.org.id }, rule: { code: p.rule.code, kind: p.rule.kind }, attachments: [], corrects: null };
      const sealed = sealDecision(sealedOf(strapi, asStored, p.steps, p.finalisedAt!, null, row.warnings.map((w: Row) => w.code)), head);
      head = sealed.head;
      Object.assign(row, sealed.fields);
    }

    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 500) ids.push(...(await strapi.db.query(DECISION).createMany({ data: rows.slice(i, i + 500) })).ids.map(Number));
    await link(strapi, knex, DECISION, 'organisation', ids.map((id, i) => [id, planned[i].org.id]));
    await link(strapi, knex, DECISION, 'township', ids.map((id, i) => [id, townships.townshipOf.get(planned[i].org.id) ?? null]));
    await link(strapi, knex, DECISION, 'rule', ids.map((id, i) => [id, ruleIds.get(planned[i].rule.code)!]));

    const stepRows: Row[] = [];
    const stepOwners: Array<{ decision: number; org: number; township: number | null }> = [];
    planned.forEach((p, i) => p.steps.forEach((s) => {
      stepRows.push({ ...s, documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now });
      stepOwners.push({ decision: ids[i], org: p.org.id, township: townships.townshipOf.get(p.org.id) ?? null });
    }));
    const stepIds: number[] = [];
    for (let i = 0; i < stepRows.length; i += 500) stepIds.push(...(await strapi.db.query(STEP).createMany({ data: stepRows.slice(i, i + 500) })).ids.map(Number));
    await link(strapi, knex, STEP, 'decision', stepIds.map((id, i) => [id, stepOwners[i].decision]));
    await link(strapi, knex, STEP, 'organisation', stepIds.map((id, i) => [id, stepOwners[i].org]));
    await link(strapi, knex, STEP, 'township', stepIds.map((id, i) => [id, stepOwners[i].township]));
    log(`  decisions: +${rows.length} (${head.seq} sealed on the chain), 四议两公开 steps: +${stepRows.length}`);
    return { decisions: rows.length, steps: stepRows.length, ms: Date.now() - started };
  });
}

/** A planned decision as its row: checked as of `today`, finalised ones with their warnings. */
function rowOf(p: PlannedDecision, today: string, now: Date): Row {
  const record: DecisionRecord = { ...p, corrects: null };
  const closing = !!p.finalisedAt;
  const res = checkRecord(p.rule, record, { today, closing, steps: p.steps.map((s) => stepOf({ ...s, evidence: [] })) });
  if (closing && !res.ok) throw new Error(`seed: a finalised decision fails its check: ${p.subject} ${JSON.stringify(res.findings)}`);
  return {
    documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now,
    kind: p.rule.kind, subject: p.subject, amountFen: p.amountFen, method: p.method, decidedOn: p.decidedOn, body: p.body,
    due: p.due, present: p.present, recused: p.recused, secretary: p.secretary, statements: p.statements, memberNames: p.memberNames,
    outcome: p.outcome, status: closing ? 'final' : 'draft', ...verdictOf(res),
    warnings: closing ? res.findings.filter((f) => f.severity === 'warning') : null,
    ruleCode: closing ? p.rule.code : null, ruleHash: closing ? ruleHash(p.rule) : null,
    finalisedAt: p.finalisedAt ? new Date(p.finalisedAt) : null, finalisedBy: null, finalisedByName: p.finalisedByName,
  };
}

async function link(strapi: any, knex: any, uid: string, attribute: string, pairs: Array<[number, number | null]>) {
  const jt = strapi.db.metadata.get(uid).attributes[attribute].joinTable;
  const l = linkTable(strapi, uid, attribute);
  let ord = 0;
  if (jt.inverseOrderColumnName) ord = Number((await knex(jt.name).max(`${jt.inverseOrderColumnName} as m`).first())?.m ?? 0);
  const rows = pairs.filter(([, t]) => t != null).map(([owner, target]) => {
    const r: Row = { [l.owner]: owner, [l.target]: target };
    if (jt.orderColumnName) r[jt.orderColumnName] = 1;
    if (jt.inverseOrderColumnName) r[jt.inverseOrderColumnName] = ++ord;
    return r;
  });
  for (let i = 0; i < rows.length; i += 500) await knex(jt.name).insert(rows.slice(i, i + 500));
}

/** Each township's committee with seven organ-branch members standing in for it, and its first village branches. */
async function townshipInputs(strapi: any, knex: any, villagesPerTownship: number) {
  const ot = linkTable(strapi, 'api::party-organisation.party-organisation', 'township');
  const os = linkTable(strapi, 'api::party-organisation.party-organisation', 'secretary');
  const mo = linkTable(strapi, 'api::member.member', 'partyOrganisation');
  const orgs: Row[] = await knex('party_organisations as o').join(`${ot.table} as t`, `t.${ot.owner}`, 'o.id')
    .leftJoin(`${os.table} as s`, `s.${os.owner}`, 'o.id').whereNotNull('o.code')
    .select('o.id', 'o.document_id as documentId', 'o.name', 'o.code', 'o.level', 'o.category', 'o.committee_size as committeeSize',
      `t.${ot.target} as township`, `s.${os.target} as secretary`).orderBy('o.code');
  const towns: Row[] = await knex('townships').select('id', 'code', 'name').orderBy('code');
  const townshipOf = new Map<number, number>(orgs.map((o) => [o.id, o.township]));
  const membersOf = async (orgId: number, limit: number): Promise<Row[]> =>
    knex('members as m').join(`${mo.table} as l`, `l.${mo.owner}`, 'm.id').where(`l.${mo.target}`, orgId).whereNotNull('m.code')
      .select('m.id', 'm.document_id as documentId', 'm.name').orderBy('m.code').limit(limit);
  const countOf = async (orgId: number) => Number((await knex(mo.table).where(mo.target, orgId).count({ n: '*' }).first()).n);
  const bySecretaryFirst = (list: Row[], secretary: number | null) =>
    [...list.filter((m) => m.id === secretary), ...list.filter((m) => m.id !== secretary)].map((m) => ({ documentId: m.documentId, name: m.name }));

  const inputs: TownshipInput[] = [];
  for (const t of towns) {
    const mine = orgs.filter((o) => o.township === t.id);
    const committee = mine.find((o) => o.level === 'committee');
    const organ = mine.find((o) => o.category === 'organ' && o.level === 'branch');
    if (!committee || !organ) continue;
    const villages = [];
    for (const v of mine.filter((o) => o.level === 'branch' && o.category === 'village').slice(0, villagesPerTownship)) {
      const size = Math.max(3, Number(v.committeeSize) || 0);
      const members = await membersOf(v.id, size);
      villages.push({ org: { id: v.id, documentId: v.documentId, name: v.name }, committee: bySecretaryFirst(members, v.secretary), memberCount: await countOf(v.id) });
    }
    inputs.push({
      code: t.code, name: t.name, committee: { id: committee.id, documentId: committee.documentId, name: committee.name },
      committeeMembers: bySecretaryFirst(await membersOf(organ.id, 7), null), villages,
    });
  }
  return { inputs, townshipOf };
}
