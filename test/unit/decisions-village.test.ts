import { describe, expect, it } from 'vitest';
import { canRecordStep, checkVillageProcess, type StepRecord } from '../../cms/src/domain/decisions/village-process';
import type { DecisionRule } from '../../cms/src/domain/decisions/rules';
import { daysInclusive, isDay } from '../../cms/src/domain/decisions/days';
import { readConfig } from '../../seeds/plan';

const rules = readConfig<{ rules: DecisionRule[] }>('decision-rules.json').rules;
const village = rules.find((r) => r.kind === 'village_matter')!;
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);
const TODAY = '2026-04-30';

const ev = ['file-1'];
function complete(): StepRecord[] {
  return [
    { step: 'propose', date: '2026-03-02', body: 'branch_committee', attendance: { due: 5, present: 5 }, vote: { agree: 5 }, evidence: ev },
    { step: 'discuss', date: '2026-03-05', body: 'two_committees', attendance: { due: 9, present: 8 }, evidence: ev },
    { step: 'review', date: '2026-03-10', body: 'member_assembly', attendance: { due: 30, present: 24 }, vote: { agree: 20, disagree: 4 }, evidence: ev },
    { step: 'resolve', date: '2026-03-15', body: 'villager_representatives', attendance: { due: 45, present: 40 }, vote: { agree: 35, disagree: 5 }, evidence: ev },
    { step: 'publish_decision', date: '2026-03-16', displayedUntil: '2026-03-22', evidence: ev },
    { step: 'publish_result', date: '2026-04-20', displayedUntil: '2026-04-26', evidence: ev },
  ];
}
const withStep = (code: string, patch: Partial<StepRecord>) => complete().map((s) => (s.step === code ? { ...s, ...patch } : s));

describe('calendar days', () => {
  it('are real days, counted first and last included', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-3-1')).toBe(false);
    expect(daysInclusive('2026-03-01', '2026-03-07')).toBe(7);
    expect(daysInclusive('2026-02-25', '2026-03-03')).toBe(7);
    expect(daysInclusive('2026-03-01', '2026-03-01')).toBe(1);
  });
});

describe('checkVillageProcess: 四议两公开 complete and in order', () => {
  it('accepts a complete record', () => {
    expect(checkVillageProcess(village, complete(), TODAY)).toEqual({ ok: true, findings: [] });
  });

  it('accepts steps recorded in any order as long as their dates are in order, and steps on the same day', () => {
    expect(checkVillageProcess(village, complete().reverse(), TODAY).ok).toBe(true);
    expect(checkVillageProcess(village, withStep('discuss', { date: '2026-03-02' }), TODAY).ok).toBe(true);
  });

  it('cannot close with a step missing; while open, later steps may wait', () => {
    const partial = complete().slice(0, 3);
    const r = checkVillageProcess(village, partial, TODAY);
    expect(codes(r)).toEqual(['step_missing', 'step_missing', 'step_missing']);
    expect(r.findings[0].message).toBe('缺少步骤「村民（代表）会议决议」（第 4 步），不能办结');
    expect(checkVillageProcess(village, partial, TODAY, { closing: false })).toEqual({ ok: true, findings: [] });
  });

  it('refuses a step whose predecessor is not recorded, even while open', () => {
    const gap = complete().filter((s) => s.step !== 'discuss');
    const r = checkVillageProcess(village, gap, TODAY, { closing: false });
    expect(codes(r)).toEqual(['step_out_of_order']);
    expect(r.findings[0].message).toBe('「党员大会审议」须在「两委会商议」之后记录，「两委会商议」尚未记录');
  });

  it('refuses a step dated before the one it follows, naming both', () => {
    const r = checkVillageProcess(village, withStep('review', { date: '2026-03-04' }), TODAY);
    expect(codes(r)).toEqual(['step_before_predecessor']);
    expect(r.findings[0].message).toBe('「党员大会审议」的日期 2026-03-04 早于其前一步「两委会商议」的日期 2026-03-05');
    expect(r.findings[0].params).toMatchObject({ step: 'review', predecessor: 'discuss' });
  });

  it('compares across a gap with the nearest recorded step before', () => {
    const r = checkVillageProcess(village, complete().filter((s) => s.step !== 'discuss').map((s) => (s.step === 'review' ? { ...s, date: '2026-03-01' } : s)), TODAY);
    expect(codes(r)).toEqual(['step_out_of_order', 'step_before_predecessor', 'step_missing']);
    expect(r.findings[1].params).toMatchObject({ step: 'review', predecessor: 'propose' });
  });

  it('refuses duplicates, unknown steps, bad dates and days still to come', () => {
    const dup = [...complete(), complete()[1]];
    expect(codes(checkVillageProcess(village, dup, TODAY))).toEqual(['step_duplicate']);
    expect(codes(checkVillageProcess(village, [...complete(), { step: 'celebrate', date: '2026-04-01' }], TODAY))).toEqual(['step_unknown']);
    expect(codes(checkVillageProcess(village, withStep('propose', { date: '2026-02-30' }), TODAY))).toEqual(['step_date_invalid']);
    expect(codes(checkVillageProcess(village, withStep('publish_result', { date: '2026-05-02', displayedUntil: null }), TODAY, { closing: false })))
      .toEqual(['step_in_future']);
  });

  it('needs the step held by a body the rule names', () => {
    const r = checkVillageProcess(village, withStep('review', { body: 'branch_committee' }), TODAY);
    expect(codes(r)).toEqual(['step_wrong_body']);
    expect(r.findings[0].message).toBe('「党员大会审议」应由党员大会进行，记录为支委会');
  });

  it('keeps missing evidence as a warning', () => {
    const r = checkVillageProcess(village, withStep('discuss', { evidence: [] }), TODAY);
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([{ code: 'step_evidence_missing', severity: 'warning', message: '「两委会商议」未上传佐证材料（记录、照片等）', params: { step: 'discuss' } }]);
  });
});

describe('党员大会审议: at least 2/3 of members present, more than half of those due agree', () => {
  const review = (due: number, present: number, agree: number) =>
    checkVillageProcess(village, withStep('review', { attendance: { due, present }, vote: { agree, disagree: present - agree } }), TODAY);

  it('quorum of 30: 19 present fails, 20 and 21 pass', () => {
    const r = review(30, 19, 19);
    expect(codes(r)).toEqual(['step_quorum_not_met']);
    expect(r.findings[0].message).toBe('「党员大会审议」党员大会须应到会人员三分之二以上到会：应到 30 人，实到 19 人，至少需 20 人');
    expect(review(30, 20, 20).ok).toBe(true);
    expect(review(30, 21, 21).ok).toBe(true);
  });

  it('quorum of 31: 20 fails, 21 passes', () => {
    expect(codes(review(31, 20, 20))).toEqual(['step_quorum_not_met']);
    expect(review(31, 21, 21).ok).toBe(true);
  });

  it('passing counts those due: of 30 due, 15 agree fails (though most of 20 present), 16 and 17 pass', () => {
    const r = review(30, 20, 15);
    expect(codes(r)).toEqual(['step_not_passed']);
    expect(r.findings[0].message).toBe('「党员大会审议」须经应到会人员过半数同意：同意 15 人，应到会人员 30 人，至少需 16 人');
    expect(review(30, 20, 16).ok).toBe(true);
    expect(review(30, 20, 17).ok).toBe(true);
  });

  it('needs attendance and a vote, with counts that add up', () => {
    expect(codes(checkVillageProcess(village, withStep('review', { attendance: null }), TODAY))).toEqual(['step_attendance_missing']);
    expect(codes(checkVillageProcess(village, withStep('review', { vote: null }), TODAY))).toEqual(['step_vote_missing']);
    expect(codes(checkVillageProcess(village, withStep('review', { attendance: { due: 30, present: 31 } }), TODAY))).toEqual(['step_counts_invalid']);
    expect(codes(checkVillageProcess(village, withStep('review', { vote: { agree: 20, disagree: 5 } }), TODAY))).toEqual(['step_counts_invalid']);
  });

  it('recused members stay in the quorum but cannot vote', () => {
    const r = checkVillageProcess(village, withStep('review', { attendance: { due: 30, present: 20, recused: 2 }, vote: { agree: 16, disagree: 3 } }), TODAY);
    expect(codes(r)).toEqual(['step_counts_invalid']);
    expect(checkVillageProcess(village, withStep('review', { attendance: { due: 30, present: 20, recused: 2 }, vote: { agree: 16, disagree: 2 } }), TODAY).ok).toBe(true);
  });
});

describe('村民（代表）会议决议', () => {
  const resolve = (body: string, due: number, present: number, agree: number) =>
    checkVillageProcess(village, withStep('resolve', { body, attendance: { due, present }, vote: { agree } }), TODAY);

  it('村民会议: more than half of adult villagers present (of 1000: 500 fails, 501 passes), more than half of those present agree', () => {
    expect(codes(resolve('villagers_meeting', 1000, 500, 400))).toEqual(['step_quorum_not_met']);
    expect(resolve('villagers_meeting', 1000, 501, 251).ok).toBe(true);
    expect(codes(resolve('villagers_meeting', 1000, 501, 250))).toEqual(['step_not_passed']);
    expect(resolve('villagers_meeting', 1000, 502, 252).ok).toBe(true);
  });

  it('村民代表会议: 2/3 of representatives present (of 45: 29 fails, 30 passes), more than half of those present agree', () => {
    expect(codes(resolve('villager_representatives', 45, 29, 29))).toEqual(['step_quorum_not_met']);
    expect(resolve('villager_representatives', 45, 30, 16).ok).toBe(true);
    expect(codes(resolve('villager_representatives', 45, 30, 15))).toEqual(['step_not_passed']);
  });
});

describe('党组织提议 and 两委会商议', () => {
  it('the branch committee proposes with more than half present and agreeing', () => {
    const propose = (due: number, present: number, agree: number) =>
      checkVillageProcess(village, withStep('propose', { attendance: { due, present }, vote: { agree } }), TODAY);
    expect(codes(propose(5, 2, 2))).toEqual(['step_quorum_not_met']);
    expect(propose(5, 3, 2).ok).toBe(true);
    expect(propose(5, 4, 3).ok).toBe(true);
    expect(codes(propose(5, 4, 2))).toEqual(['step_not_passed']);
    expect(propose(5, 5, 3).ok).toBe(true);
  });

  it('both committees discuss with more than half present; no vote is needed', () => {
    expect(codes(checkVillageProcess(village, withStep('discuss', { attendance: { due: 10, present: 5 } }), TODAY))).toEqual(['step_quorum_not_met']);
    expect(checkVillageProcess(village, withStep('discuss', { attendance: { due: 10, present: 6 }, vote: null }), TODAY).ok).toBe(true);
    expect(checkVillageProcess(village, withStep('discuss', { attendance: { due: 10, present: 7 }, vote: null }), TODAY).ok).toBe(true);
  });
});

describe('决议公开 and 实施结果公开: both done and displayed at least 7 days before closing', () => {
  const publish = (displayedUntil: string | null, today = TODAY, closing = true) =>
    checkVillageProcess(village, withStep('publish_decision', { date: '2026-03-16', displayedUntil }), today, { closing });

  it('6 days fails, 7 and 8 pass', () => {
    const r = publish('2026-03-21');
    expect(codes(r)).toEqual(['publication_too_short']);
    expect(r.findings[0].message).toBe('「决议公开」应公开不少于 7 天，自 2026-03-16 起已公开 6 天');
    expect(publish('2026-03-22').ok).toBe(true);
    expect(publish('2026-03-23').ok).toBe(true);
  });

  it('a notice still up counts to today: closing on day 6 fails, day 7 passes; while open it is just running', () => {
    const stillUp = withStep('publish_result', { date: '2026-04-20', displayedUntil: null });
    expect(codes(checkVillageProcess(village, stillUp, '2026-04-25'))).toEqual(['publication_too_short']);
    expect(checkVillageProcess(village, stillUp, '2026-04-26').ok).toBe(true);
    expect(checkVillageProcess(village, stillUp, '2026-04-25', { closing: false }).ok).toBe(true);
  });

  it('a notice taken down early is an error even while the record is open', () => {
    expect(codes(publish('2026-03-18', TODAY, false))).toEqual(['publication_too_short']);
    expect(codes(publish('2026-03-15'))).toEqual(['publication_dates_invalid']);
  });

  it('both publications are required to close', () => {
    const r = checkVillageProcess(village, complete().slice(0, 5), TODAY);
    expect(codes(r)).toEqual(['step_missing']);
    expect(r.findings[0].params).toEqual({ step: 'publish_result' });
  });
});

describe('canRecordStep', () => {
  const done = complete();

  it('allows the next step in order', () => {
    expect(canRecordStep(village, done.slice(0, 2), done[2], TODAY)).toEqual({ ok: true, findings: [] });
    expect(canRecordStep(village, [], done[0], TODAY).ok).toBe(true);
  });

  it('refuses a step before its predecessor is recorded', () => {
    const r = canRecordStep(village, done.slice(0, 1), done[2], TODAY);
    expect(codes(r)).toEqual(['step_out_of_order']);
    expect(r.ok).toBe(false);
  });

  it('refuses a step dated before its predecessor, naming both', () => {
    const r = canRecordStep(village, done.slice(0, 3), { ...done[3], date: '2026-03-09' }, TODAY);
    expect(codes(r)).toEqual(['step_before_predecessor']);
    expect(r.findings[0].message).toBe('「村民（代表）会议决议」的日期 2026-03-09 早于其前一步「党员大会审议」的日期 2026-03-10');
    expect(canRecordStep(village, done.slice(0, 3), { ...done[3], date: '2026-03-10' }, TODAY).ok).toBe(true);
  });

  it('refuses a repeated step, an unknown step, a day still to come', () => {
    expect(codes(canRecordStep(village, done.slice(0, 2), done[1], TODAY))).toEqual(['step_duplicate']);
    expect(codes(canRecordStep(village, done, { step: 'party', date: '2026-04-01' }, TODAY))).toEqual(['step_unknown']);
    expect(codes(canRecordStep(village, done.slice(0, 2), { ...done[2], date: '2026-05-01' }, TODAY))).toEqual(['step_in_future']);
  });

  it('refuses to go on after a predecessor that did not pass', () => {
    const failed = [...done.slice(0, 2), { ...done[2], vote: { agree: 15, disagree: 9 } }];
    const r = canRecordStep(village, failed, done[3], TODAY);
    expect(codes(r)).toEqual(['predecessor_not_passed']);
    expect(r.findings[0].message).toBe('「党员大会审议」未有效通过，不能进入「村民（代表）会议决议」');
    expect(r.findings[0].params?.problems).toEqual(['step_not_passed']);
  });

  it('only for 四议两公开 rules', () => {
    const ordinary = rules.find((r) => r.kind === 'ordinary')!;
    expect(codes(canRecordStep(ordinary, [], done[0]))).toEqual(['not_village_rule']);
    expect(codes(checkVillageProcess(ordinary, done, TODAY))).toEqual(['not_village_rule']);
  });
});
