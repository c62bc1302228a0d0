// Collective decisions over HTTP: record → check → finalise → immutable → verify, corrections,
// 四议两公开 step by step, every bad input of the issue (4xx, a Chinese message naming the rule,
// nothing written), tamper detection, signed digests that a rewritten chain no longer extends, scope.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFile } from 'child_process';
import { testServer } from './server';
import { PNG } from './files';
import { anchors, roleCallers, type Caller, type RoleName } from './callers';
import { ROOT } from '../../scripts/strapi';
import { decisionHash } from '../../cms/src/domain/decisions/seal';
import { sealedOf, warningCodes } from '../../cms/src/decisions/chain';
import { instantOf, stepRowsOf } from '../../cms/src/decisions/records';
import { signDailyIfDue } from '../../cms/src/digests/schedule';
import { addDays, chinaDay } from '../../cms/src/domain/calendar/days';

let strapi: any;
let c: Record<RoleName, Caller>;
let a: Awaited<ReturnType<typeof anchors>>;
const rules: Record<string, any> = {};
let committeeOrg: any;
let committee: Array<{ documentId: string; name: string }>;
let branchCommittee: Array<{ documentId: string; name: string }>;
const TODAY = chinaDay(new Date().toISOString());
const daysAgo = (n: number) => addDays(TODAY, -n);
const OTHER_TOWNSHIP = '321323001';

beforeAll(async () => {
  ({ strapi } = await testServer());
  c = await roleCallers();
  a = await anchors();
  for (const r of await strapi.db.query('api::decision-rule.decision-rule').findMany()) rules[r.code] = r;
  committeeOrg = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'committee', township: a.township.id } });
  const organ = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { category: 'organ', township: a.township.id } });
  committee = await strapi.db.query('api::member.member').findMany({ where: { partyOrganisation: organ.id }, orderBy: { code: 'asc' }, limit: 7, select: ['documentId', 'name'] });
  branchCommittee = await strapi.db.query('api::member.member').findMany({ where: { partyOrganisation: a.branch.id }, orderBy: { code: 'asc' }, limit: 3, select: ['documentId', 'name'] });
});

const ids = (list: Array<{ documentId: string }>) => list.map((m) => m.documentId);
const count = (uid: string) => strapi.db.query(uid).count();
const audits = () => count('api::audit-log.audit-log');

/** A cadre appointment of 王集镇's committee: all seven present, each agrees, the secretary last. */
function appointment(over: Record<string, unknown> = {}) {
  const due = ids(committee);
  return {
    organisation: committeeOrg.documentId, rule: rules['cadre.appointment'].documentId, subject: `研究任免测试${Math.floor(Math.random() * 1e6)}`,
    decidedOn: daysAgo(1), due, present: due, recused: [], secretary: due[0],
    statements: [...due.slice(1), due[0]].map((member) => ({ member, position: 'agree' })), outcome: 'passed', ...over,
  };
}

const record = (caller: Caller, body: Record<string, unknown>) => caller.request('POST', '/ra/decisions', body);
const finalise = (caller: Caller, id: string) => caller.request('POST', `/api/decisions/${id}/finalise`);
const verify = () => c.county.request('GET', '/api/chains/decisions/verify');

/** A refused write: the status, the message names the rule, and nothing at all was written. */
async function refused(write: () => Promise<{ status: number; body: any }>, status: number, message: RegExp, code?: string) {
  const before = { decisions: await count('api::decision.decision'), steps: await count('api::decision-step.decision-step'), audits: await audits() };
  const res = await write();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  // the bridge answers { message, details }, Strapi's REST { error: { message, details } }
  const error = res.body?.error ?? res.body;
  expect(error.message).toMatch(message);
  if (code) expect(error.details?.code).toBe(code);
  expect({ decisions: await count('api::decision.decision'), steps: await count('api::decision-step.decision-step'), audits: await audits() }).toEqual(before);
  return res;
}

describe('record → finalise → immutable → verify', () => {
  let sealed: any;

  it('a township records a cadre appointment, sees its check, and finalises it onto the chain', async () => {
    const res = await record(c.township, appointment());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', kind: 'cadre_appointment', township: a.township.documentId, checkStatus: 'ok', seq: null });
    expect(res.body.check).toMatchObject({ ok: true, canFinalise: true, sealed: false });
    expect(res.body.memberNames[committee[0].documentId]).toBe(committee[0].name);
    const before = (await verify()).body.head.seq;
    const fin = await finalise(c.township, res.body.id);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toMatchObject({ status: 'final', seq: before + 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    sealed = (await c.township.request('GET', `/ra/decisions/${res.body.id}`)).body;
    expect(sealed).toMatchObject({ status: 'final', ruleCode: 'cadre.appointment', finalisedByName: 't-township', check: { sealed: true } });
    const v = await verify();
    expect(v.body).toMatchObject({ ok: true, broken: null, head: { seq: fin.body.seq, hash: fin.body.hash } });
  });

  it('nobody edits or deletes a finalised record, on any API; the message names the rule', async () => {
    for (const caller of [c.county, c.township]) {
      for (const [method, url, body] of [
        ['PUT', `/ra/decisions/${sealed.id}`, { subject: '改' }],
        ['DELETE', `/ra/decisions/${sealed.id}`, undefined],
        ['PUT', `/api/decisions/${sealed.id}`, { data: { subject: '改' } }],
        ['DELETE', `/api/decisions/${sealed.id}`, undefined],
      ] as const) {
        await refused(() => caller.request(method, url, body), 403, /「干部任免」决策记录已定稿封存/);
      }
    }
    const { token, baseUrl } = await testServer();
    const res = await fetch(`${baseUrl}/api/decisions/${sealed.id}`, { method: 'PUT', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ data: { outcome: 'rejected' } }) });
    expect(res.status).toBe(403);
    await expect(strapi.documents('api::decision.decision').update({ documentId: sealed.id, data: { subject: 'x' } })).rejects.toThrow(/已定稿封存/);
    await refused(() => finalise(c.county, sealed.id), 403, /不能再次定稿/);
    const after = await strapi.db.query('api::decision.decision').findOne({ where: { documentId: sealed.id } });
    expect(after).toMatchObject({ subject: sealed.subject, outcome: 'passed', hash: sealed.hash });
  });

  it('a correction is a new record that names the original and says why; the original stays', async () => {
    await refused(() => record(c.township, appointment({ corrects: sealed.id })), 400, /「干部任免」更正记录须说明更正理由/, 'correction_reason_missing');
    const fix = await record(c.township, appointment({ corrects: sealed.id, correctionReason: '原记录职务名称有误', subject: `${sealed.subject}（更正）` }));
    expect(fix.status, JSON.stringify(fix.body)).toBe(201);
    expect(fix.body.corrects).toBe(sealed.id);
    expect((await finalise(c.township, fix.body.id)).status).toBe(200);
    await refused(() => record(c.township, appointment({ corrects: sealed.id, correctionReason: '再改' })), 400, /已有更正记录/, 'already_corrected');
    const draft = (await record(c.township, appointment())).body;
    await refused(() => record(c.township, appointment({ corrects: draft.id, correctionReason: 'x' })), 400, /只能更正已定稿/, 'correct_draft');
    expect((await verify()).body.ok).toBe(true);
  });

  it('a draft with errors is kept, shows them, and cannot be finalised; warnings are kept with the sealed record', async () => {
    const due = ids(committee);
    const few = await record(c.township, appointment({ present: due.slice(0, 4), statements: [due[1], due[2], due[3], due[0]].map((member) => ({ member, position: 'agree' })) }));
    expect(few.status, JSON.stringify(few.body)).toBe(201);
    expect(few.body).toMatchObject({ checkStatus: 'error', findingCodes: expect.stringContaining(',quorum_not_met,') });
    expect(few.body.check.findings[0].message).toMatch(/「干部任免」要求应到会成员三分之二以上到会：应到 7 人，实到 4 人，至少需 5 人/);
    await refused(() => finalise(c.township, few.body.id), 400, /不能定稿：「干部任免」要求应到会成员三分之二以上到会/, 'check_failed');
    // 4 agree, 3 disagree: passes (more than half of 7 due) but views are sharply split: a warning, kept.
    const split = [...due.slice(1), due[0]].map((member, i) => ({ member, position: i < 3 ? 'disagree' : 'agree' }));
    const warned = await record(c.township, appointment({ statements: split }));
    expect(warned.body.checkStatus).toBe('warning');
    const fin = await finalise(c.township, warned.body.id);
    expect(fin.status).toBe(200);
    expect(fin.body.warnings.map((w: any) => w.code)).toEqual(['split_views']);
    const read = (await c.township.request('GET', `/ra/decisions/${warned.body.id}`)).body;
    expect(read.check.findings.map((f: any) => f.code)).toEqual(['split_views']);
  });

  it('lists filter by rule kind, status and findings', async () => {
    const q = (filter: Record<string, unknown>) => c.township.request('GET', `/ra/decisions?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,99]`);
    const errors = (await q({ checkStatus: 'error', status: 'draft' })).body;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d: any) => d.checkStatus === 'error' && d.status === 'draft' && d.check.ok === false)).toBe(true);
    const split = (await q({ findingCodes_q: ',split_views,' })).body;
    expect(split.length).toBeGreaterThan(0);
    expect(split.every((d: any) => d.findingCodes.includes(',split_views,'))).toBe(true);
    const village = (await q({ kind: 'village_matter' })).body;
    expect(village.length).toBeGreaterThan(0);
    expect(village.every((d: any) => d.kind === 'village_matter' && d.township === a.township.documentId)).toBe(true);
  });
});

describe('the live check: a dry run of unsaved facts', () => {
  it('answers findings, counts and what would refuse a save, and writes nothing', async () => {
    const due = ids(committee);
    const before = { decisions: await count('api::decision.decision'), audits: await audits() };
    const res = await c.township.request('POST', '/api/decisions/check', {
      rule: rules['cadre.appointment'].documentId, body: 'party_committee', due, present: due.slice(0, 5), decidedOn: daysAgo(1),
      secretary: due[0], statements: [{ member: due[0], position: 'agree' }, { member: due[1], position: 'agree' }], outcome: 'passed',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.tally).toMatchObject({ due: 7, present: 5, quorumNeeded: 5, quorumMet: true, passNeeded: 4, agree: 2 });
    expect(res.body.findings.map((f: any) => f.code)).toEqual(['statement_missing', 'secretary_not_last', 'not_passed']);
    expect(res.body).toMatchObject({ ok: false, canFinalise: false, refusal: null });
    const outsider = await strapi.db.query('api::member.member').findOne({ where: { township: { code: OTHER_TOWNSHIP } } });
    const bad = await c.township.request('POST', '/api/decisions/check', { rule: rules['cadre.appointment'].documentId, due: [...due, outsider.documentId], statements: [{ member: 'nobody', position: 'agree' }] });
    expect(bad.body.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['member_out_of_scope', 'statement_not_due']));
    expect(bad.body.refusal.code).toBe('statement_not_due');
    expect({ decisions: await count('api::decision.decision'), audits: await audits() }).toEqual(before);
    expect((await c.member.request('POST', '/api/decisions/check', { rule: rules['cadre.appointment'].documentId })).status).toBe(403);
  });
});

describe('bad input is refused with a 4xx, a Chinese message naming the rule, and nothing written', () => {
  it('a statement by someone not due to attend', async () => {
    const stranger = (await strapi.db.query('api::member.member').findOne({ where: { partyOrganisation: a.branch.id } })).documentId;
    const due = ids(committee);
    await refused(() => record(c.township, appointment({ statements: [{ member: stranger, position: 'agree' }, ...due.slice(1).map((member) => ({ member, position: 'agree' })), { member: due[0], position: 'agree' }] })),
      400, /「干部任免」.*不是应到会成员，其表态无效/, 'statement_not_due');
  });

  it('a recused member voting', async () => {
    const due = ids(committee);
    await refused(() => record(c.township, appointment({ recused: [{ member: due[2], reason: '本人近亲属为考察对象' }] })), 400, /「干部任免」.*已回避，不得参与表态和表决/, 'recused_voted');
    await refused(() => record(c.township, appointment({ recused: [{ member: due[2], reason: '' }], statements: [...due.slice(1).filter((m) => m !== due[2]), due[0]].map((member) => ({ member, position: 'agree' })) })),
      400, /「干部任免」回避须注明理由/, 'recusal_reason_missing');
  });

  it('an amount over the threshold on a rule that is not 三重一大, at and above the edge', async () => {
    const ordinary = (amountFen: number) => appointment({ rule: rules['ordinary.party-committee'].documentId, amountFen, subject: '购置设备' });
    await refused(() => record(c.township, ordinary(5_000_000)), 400, /「党委会一般事项」金额 50,000 元达到大额资金标准 50,000 元，须按“三重一大”规则集体决策/, 'amount_requires_major_rule');
    await refused(() => record(c.township, ordinary(5_000_001)), 400, /「党委会一般事项」金额 50,000.01 元/, 'amount_requires_major_rule');
    const below = await record(c.township, ordinary(4_999_999));
    expect(below.status, JSON.stringify(below.body)).toBe(201);
    const spending = await record(c.township, appointment({ rule: rules['major.spending'].documentId, amountFen: 5_000_000, subject: '拨付资金' }));
    expect(spending.status, JSON.stringify(spending.body)).toBe(201);
  });

  it('editing a draft into something impossible is refused the same way, and leaves it as it was', async () => {
    const d = (await record(c.township, appointment())).body;
    await refused(() => c.township.request('PUT', `/ra/decisions/${d.id}`, { ...d, rule: rules['ordinary.party-committee'].documentId, amountFen: 9_000_000 }), 400, /「党委会一般事项」金额 90,000 元/, 'amount_requires_major_rule');
    expect((await strapi.db.query('api::decision.decision').findOne({ where: { documentId: d.id }, populate: { rule: true } })).rule.code).toBe('cadre.appointment');
  });

  it('members out of the caller\'s scope, and fields the server owns', async () => {
    const outsider = await strapi.db.query('api::member.member').findOne({ where: { township: { code: OTHER_TOWNSHIP } } });
    await refused(() => record(c.township, appointment({ due: [...ids(committee), outsider.documentId] })), 403, /党员不存在或不在您的管理范围内/);
    for (const [field, value] of [['status', 'final'], ['seq', 9], ['hash', 'x'], ['finalisedByName', 'me'], ['checkStatus', 'ok']] as const) {
      await refused(() => record(c.township, appointment({ [field]: value })), 400, new RegExp(`字段 ${field} 由系统填写`), 'server_field');
    }
    await refused(() => record(c.member, appointment()), 403, /无权/);
  });
});

describe('四议两公开 as one record, its steps in order', () => {
  let matter: any;
  const step = (s: Record<string, unknown>) => c.branch.request('POST', '/ra/decision-steps', { decision: matter.id, ...s });
  const d0 = daysAgo(100);

  it('a branch records a village matter and its first step', async () => {
    const res = await record(c.branch, { organisation: a.branch.documentId, rule: rules['village.four-two'].documentId, subject: '测试村道路亮化工程' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    matter = res.body;
    expect(matter.check).toMatchObject({ ok: true, canFinalise: false });
    expect(matter.check.blocking.map((f: any) => f.code)).toContain('step_missing');
    const first = await step({ step: 'propose', date: d0, body: 'branch_committee', due: 3, present: 3, agree: 3, disagree: 0, defer: 0 });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ organisation: a.branch.documentId, township: a.township.documentId });
  });

  it('refuses a step before the one it follows, or dated before it, naming the rule; nothing written', async () => {
    await refused(() => step({ step: 'review', date: addDays(d0, 10), body: 'member_assembly', due: 30, present: 25, agree: 20 }), 400,
      /「村级重大事项“四议两公开”」：「党员大会审议」须在「两委会商议」之后记录/, 'step_out_of_order');
    await refused(() => step({ step: 'discuss', date: addDays(d0, -1), body: 'two_committees', due: 7, present: 6 }), 400,
      /「两委会商议」的日期 .* 早于其前一步「党组织提议」的日期/, 'step_before_predecessor');
    await refused(() => step({ step: 'propose', date: d0, body: 'branch_committee', due: 3, present: 3, agree: 3 }), 400, /「党组织提议」已记录/, 'step_duplicate');
    await refused(() => c.branch.request('POST', '/api/decisions/check', { decision: matter.id, step: { step: 'resolve', date: d0 } }).then(async (r) => {
      // the dry run refuses nothing itself: it says what a save would refuse
      expect(r.status).toBe(200);
      expect(r.body.refusal.code).toBe('step_out_of_order');
      return { status: 400, body: { message: r.body.refusal.message } };
    }), 400, /须在「党员大会审议」之后记录/);
    // a plain committee decision has no steps
    const plain = (await record(c.branch, { ...appointment(), organisation: a.branch.documentId, rule: rules['ordinary.branch-committee'].documentId, due: ids(branchCommittee), present: ids(branchCommittee), secretary: branchCommittee[0].documentId, statements: ids(branchCommittee).map((member) => ({ member, position: 'agree' })) })).body;
    await refused(() => c.branch.request('POST', '/ra/decision-steps', { decision: plain.id, step: 'propose', date: d0 }), 400, /「支委会一般事项」不是“四议两公开”规则/, 'not_village_rule');
  });

  it('records every step in order, finalises, and the steps are sealed with it', async () => {
    const steps = [
      { step: 'discuss', date: addDays(d0, 5), body: 'two_committees', due: 7, present: 6 },
      { step: 'review', date: addDays(d0, 12), body: 'member_assembly', due: 30, present: 22, agree: 18, disagree: 1, defer: 0 },
      { step: 'resolve', date: addDays(d0, 20), body: 'villager_representatives', due: 31, present: 25, agree: 22, disagree: 2, defer: 1 },
      { step: 'publish_decision', date: addDays(d0, 22), displayedUntil: addDays(d0, 31) },
    ];
    for (const s of steps) {
      const res = await step(s);
      expect(res.status, `${s.step}: ${JSON.stringify(res.body)}`).toBe(201);
    }
    await refused(() => finalise(c.branch, matter.id), 400, /不能定稿：缺少步骤「实施结果公开」/, 'check_failed');
    const last = await step({ step: 'publish_result', date: addDays(d0, 60), displayedUntil: addDays(d0, 70) });
    expect(last.status).toBe(201);
    // only the last step may be withdrawn while the record is open
    const firstStep = (await c.branch.request('GET', `/ra/decision-steps?filter=${encodeURIComponent(JSON.stringify({ decision: matter.id, step: 'propose' }))}`)).body[0];
    await refused(() => c.branch.request('DELETE', `/ra/decision-steps/${firstStep.id}`), 400, /只能撤销最后记录的一步/, 'step_not_last');
    const fin = await finalise(c.branch, matter.id);
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body.warnings.map((w: any) => w.code)).toEqual(Array(6).fill('step_evidence_missing'));
    const sealed = await strapi.db.query('api::decision.decision').findOne({ where: { documentId: matter.id } });
    expect(sealed).toMatchObject({ status: 'final', outcome: 'passed', decidedOn: TODAY });
    await refused(() => c.branch.request('PUT', `/ra/decision-steps/${firstStep.id}`, { ...firstStep, agree: 2 }), 403, /「村级重大事项“四议两公开”」决策记录已定稿封存，其步骤不能修改/);
    await refused(() => step({ step: 'publish_result', date: TODAY }), 403, /已定稿封存，不能再记录步骤/);
    expect((await verify()).body.ok).toBe(true);
  });
});

describe('tamper evidence', () => {
  it('names the first sealed record changed directly in the database, whatever changed', async () => {
    const head = (await verify()).body.head.seq;
    const victim = await strapi.db.query('api::decision.decision').findOne({ where: { seq: Math.max(1, head - 3) } });
    const knex = strapi.db.connection;
    const tries: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> = [
      ['subject', () => knex('decisions').where({ id: victim.id }).update({ subject: `${victim.subject}!` }), () => knex('decisions').where({ id: victim.id }).update({ subject: victim.subject })],
      ['statements', () => knex('decisions').where({ id: victim.id }).update({ statements: JSON.stringify([...victim.statements].reverse()) }), () => knex('decisions').where({ id: victim.id }).update({ statements: JSON.stringify(victim.statements) })],
    ];
    for (const [what, tamper, restore] of tries) {
      await tamper();
      try {
        const res = await verify();
        expect(res.body, what).toMatchObject({ ok: false, broken: { seq: victim.seq, documentId: victim.documentId, problem: 'hash_mismatch' } });
        expect(res.body.broken.message).toMatch(/内容与封存时的哈希不符/);
      } finally {
        await restore();
      }
    }
    // moving it to another organisation in Strapi's link table, or setting it back to draft
    const link = await knex('decisions_organisation_lnk').where({ decision_id: victim.id }).first();
    await knex('decisions_organisation_lnk').where({ id: link.id }).update({ party_organisation_id: link.party_organisation_id + 1 });
    try {
      expect((await verify()).body.broken).toMatchObject({ seq: victim.seq, problem: 'hash_mismatch' });
    } finally {
      await knex('decisions_organisation_lnk').where({ id: link.id }).update({ party_organisation_id: link.party_organisation_id });
    }
    await knex('decisions').where({ id: victim.id }).update({ status: 'draft' });
    try {
      expect((await verify()).body.broken).toMatchObject({ seq: victim.seq, problem: 'not_final' });
    } finally {
      await knex('decisions').where({ id: victim.id }).update({ status: 'final' });
    }
    expect((await verify()).body.ok).toBe(true);
    expect((await c.township.request('GET', '/api/chains/decisions/verify')).status).toBe(403);
  });

  it('covers a 四议两公开 record\'s steps and the bytes of every attachment', async () => {
    const knex = strapi.db.connection;
    const village = await strapi.db.query('api::decision.decision').findOne({ where: { status: 'final', kind: 'village_matter' }, orderBy: { seq: 'asc' } });
    const step = await strapi.db.query('api::decision-step.decision-step').findOne({ where: { decision: village.id, step: 'review' } });
    await knex('decision_steps').where({ id: step.id }).update({ agree: step.agree + 1 });
    try {
      expect((await verify()).body.broken).toMatchObject({ seq: village.seq, documentId: village.documentId, problem: 'hash_mismatch' });
    } finally {
      await knex('decision_steps').where({ id: step.id }).update({ agree: step.agree });
    }

    // a sealed record with minutes attached; the file swapped on disk afterwards
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), '会议记录.png');
    const { baseUrl } = await testServer();
    const up = await fetch(`${baseUrl}/api/upload`, { method: 'POST', headers: { Authorization: `Bearer ${c.township.jwt}` }, body: form });
    expect(up.status).toBe(201);
    const file = (await up.json())[0];
    const d = await record(c.township, appointment({ attachments: [file.id] }));
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body.attachments[0].url).toMatch(/^\/api\/files\/\d+\/content\?/);
    const fin = await finalise(c.township, d.body.id);
    expect(fin.status).toBe(200);
    expect((await verify()).body.ok).toBe(true);
    const row = await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
    const onDisk = path.join(strapi.dirs.static.public, row.url);
    const bytes = fs.readFileSync(onDisk);
    fs.writeFileSync(onDisk, Buffer.concat([bytes, Buffer.from([0])]));
    try {
      expect((await verify()).body.broken).toMatchObject({ seq: fin.body.seq, documentId: d.body.id, problem: 'hash_mismatch' });
    } finally {
      fs.writeFileSync(onDisk, bytes);
    }
    expect((await verify()).body.ok).toBe(true);
  });
});

/** Runs an npm script against this worker's database (same environment). */
function npmRun(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', ...args], { cwd: ROOT, env: { ...process.env, STRAPI_LOG_LEVEL: 'warn' }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as any).code ?? 1) : 0, out: `${stdout}${stderr}` });
    });
  });
}

describe('signed digests', () => {
  it('the county signs the heads of both chains now; the file verifies; a consistent rewrite no longer extends it', async () => {
    expect((await c.township.request('POST', '/api/chains/digests')).status).toBe(403);
    const signed = await c.county.request('POST', '/api/chains/digests');
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    const heads = (await c.county.request('GET', '/api/chains/heads')).body;
    expect(signed.body).toMatchObject({ tag: 'siyang-governance/daily-digest/v1', ledgerHead: heads.ledger, decisionsHead: heads.decisions, keyId: heads.keyId });
    const file = await c.county.request('GET', `/api/chains/digests/${signed.body.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="digest-/);
    expect((await c.county.request('POST', '/api/chains/digests/check', file.body)).body).toMatchObject({ ok: true, signatureOk: true, findings: [] });
    const forged = { ...file.body, decisionsHead: { ...file.body.decisionsHead, seq: file.body.decisionsHead.seq - 1 } };
    expect((await c.county.request('POST', '/api/chains/digests/check', forged)).body).toMatchObject({ ok: false, signatureOk: false });
    // Digest records are made by the server only.
    expect((await c.county.request('POST', '/ra/chain-digests', { at: new Date().toISOString() })).status).toBe(403);
    expect((await c.county.request('DELETE', `/ra/chain-digests/${signed.body.id}`)).status).toBe(403);

    // New records after the digest: the chain still extends it.
    expect((await finalise(c.township, (await record(c.township, appointment())).body.id)).status).toBe(200);
    expect((await c.county.request('GET', `/api/chains/digests/${signed.body.id}/check`)).body).toMatchObject({ ok: true });

    // Someone with the database rewrites a sealed record and re-hashes everything after it: the
    // chain verifies on its own, but no longer extends the signed digest.
    const seq = Math.max(1, file.body.decisionsHead.seq - 1);
    const knex = strapi.db.connection;
    const originals = await knex('decisions').where('seq', '>=', seq).orderBy('seq');
    try {
      await knex('decisions').where({ seq }).update({ subject: '被改写的决策' });
      let prev = (await knex('decisions').where({ seq: seq - 1 }).first('hash'))?.hash ?? '0'.repeat(64);
      for (const o of originals) {
        const row = await strapi.db.query('api::decision.decision').findOne({ where: { id: o.id }, populate: { organisation: { select: ['id'] }, rule: true, attachments: true, corrects: { select: ['documentId'] } } });
        const steps = (await stepRowsOf(strapi, [row.id])).get(row.id) ?? [];
        const hash = decisionHash({ ...sealedOf(strapi, row, steps, instantOf(row.finalisedAt)!, row.finalisedBy ?? null, warningCodes(row.warnings)), seq: row.seq }, prev);
        await knex('decisions').where({ id: o.id }).update({ prev_hash: prev, hash });
        prev = hash;
      }
      expect((await verify()).body.ok).toBe(true);
      const check = (await c.county.request('GET', `/api/chains/digests/${signed.body.id}/check`)).body;
      expect(check).toMatchObject({ ok: false, signatureOk: true });
      expect(check.findings).toEqual([expect.objectContaining({ code: 'chain_rewritten', message: expect.stringMatching(/^决策记录第 \d+ 条的哈希与已签名摘要不符/) })]);
      // the command line says the same and fails; the points ledger still extends the same digest
      const digestFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'digest-')), 'digest.json');
      fs.writeFileSync(digestFile, JSON.stringify(file.body));
      const [decisions, ledger] = await Promise.all([npmRun(['scripts/decisions-verify.ts', '--digest', digestFile]), npmRun(['scripts/ledger-verify.ts', '--digest', digestFile])]);
      expect(decisions.code, decisions.out).toBe(1);
      expect(decisions.out).toMatch(/decisions chain OK/);
      expect(decisions.out).toMatch(/chain_rewritten: 决策记录第/);
      expect(ledger.code, ledger.out).toBe(0);
      expect(ledger.out).toMatch(/signature OK, the ledger chain extends its head/);
    } finally {
      for (const o of originals) await knex('decisions').where({ id: o.id }).update({ subject: o.subject, prev_hash: o.prev_hash, hash: o.hash });
    }
    expect((await c.county.request('GET', `/api/chains/digests/${signed.body.id}/check`)).body.ok).toBe(true);
  }, 240_000);

  it('the daily schedule signs once a day', async () => {
    const first = await signDailyIfDue(strapi);
    expect(first).toMatchObject({ trigger: 'daily', signedByName: 'system' });
    expect(await signDailyIfDue(strapi)).toBeNull();
    const yesterday = new Date(Date.now() - 86_400_000);
    expect(await signDailyIfDue(strapi, yesterday)).toBeNull();
  });
});

describe('rules are records the county edits, checked as a set', () => {
  it('refuses a rule below national law or with a second threshold, naming it; others only read', async () => {
    const cadre = rules['cadre.appointment'];
    await refused(() => c.county.request('PUT', `/ra/decision-rules/${cadre.documentId}`, { quorum: { share: { num: 1, den: 2 }, strictlyMore: true } }), 400,
      /规则「干部任免」低于《党政领导干部选拔任用工作条例》的要求：应有三分之二以上成员到会/, 'rule_below_national');
    await refused(() => c.county.request('PUT', `/ra/decision-rules/${rules['major.spending'].documentId}`, { amountThresholdFen: 10_000_000 }), 400, /各规则的大额资金标准不一致/, 'rule_amount_threshold_inconsistent');
    await refused(() => c.county.request('DELETE', `/ra/decision-rules/${cadre.documentId}`), 400, /不能删除；可将其停用/, 'rule_in_use');
    await refused(() => c.township.request('PUT', `/ra/decision-rules/${cadre.documentId}`, { description: 'x' }), 403, /无权/);
    const ok = await c.county.request('PUT', `/ra/decision-rules/${cadre.documentId}`, { description: `${cadre.description}（县委组织部 ${TODAY} 修订）` });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await c.branch.request('GET', '/ra/decision-rules')).body.length).toBe(Object.keys(rules).length);
  });
});

describe('scope', () => {
  it('a township sees its own decisions only; a branch its own; a member none', async () => {
    const all = (caller: Caller) => caller.request('GET', '/ra/decisions?range=[0,999]');
    const mine = (await all(c.township)).body;
    expect(mine.length).toBeGreaterThan(20);
    expect(mine.every((d: any) => d.township === a.township.documentId)).toBe(true);
    const branch = (await all(c.branch)).body;
    expect(branch.length).toBeGreaterThan(5);
    expect(branch.every((d: any) => d.organisation === a.branch.documentId)).toBe(true);
    expect((await all(c.member)).status).toBe(403);
    const elsewhere = await strapi.db.query('api::decision.decision').findOne({ where: { township: { code: OTHER_TOWNSHIP }, status: 'draft' } });
    expect((await c.township.request('GET', `/ra/decisions/${elsewhere.documentId}`)).status).toBe(404);
    expect((await finalise(c.township, elsewhere.documentId)).status).toBe(404);
    expect((await c.township.request('POST', '/api/decisions/check', { decision: elsewhere.documentId })).status).toBe(404);
    await refused(() => c.township.request('PUT', `/ra/decisions/${elsewhere.documentId}`, { subject: 'x' }), 403, /不在您的管理范围内/);
    const otherCommittee = await strapi.db.query('api::party-organisation.party-organisation').findOne({ where: { level: 'committee', township: { code: OTHER_TOWNSHIP } } });
    await refused(() => record(c.township, appointment({ organisation: otherCommittee.documentId })), 403, /./);
    const elsewhereStep = await strapi.db.query('api::decision-step.decision-step').findOne({ where: { township: { code: OTHER_TOWNSHIP } } });
    expect((await c.branch.request('GET', `/ra/decision-steps/${elsewhereStep.documentId}`)).status).toBe(404);
    expect((await c.county.request('GET', `/ra/decisions/${elsewhere.documentId}`)).status).toBe(200);
  });
});
