import { describe, expect, it } from 'vitest';
import { checkMeetingRecord } from '../../cms/src/domain/meetings/record';

const codes = (r: ReturnType<typeof checkMeetingRecord>) => r.findings.map((f) => `${f.severity}:${f.code}`);

describe('checkMeetingRecord', () => {
  it('wants a theme day to state its theme when finalised, not while a draft', () => {
    expect(checkMeetingRecord({ kind: 'theme_day' }, 'draft').ok).toBe(true);
    expect(codes(checkMeetingRecord({ kind: 'theme_day' }))).toEqual(['error:theme_missing', 'warning:outcome_missing']);
    expect(checkMeetingRecord({ kind: 'theme_day', theme: '  ' }).findings[0].message).toBe('主题党日定稿前须填写活动主题');
    expect(checkMeetingRecord({ kind: 'theme_day', theme: '重温入党誓词', outcome: '好' })).toMatchObject({ ok: true, findings: [] });
  });

  it('an open theme day needs at least one resident when finalised', () => {
    expect(codes(checkMeetingRecord({ kind: 'theme_day', theme: 't', outcome: 'o', openToResidents: true, residentCount: 0 }))).toEqual(['error:resident_count_missing']);
    expect(checkMeetingRecord({ kind: 'theme_day', theme: 't', outcome: 'o', openToResidents: true, residentCount: 1 }).ok).toBe(true);
    expect(checkMeetingRecord({ kind: 'theme_day', openToResidents: true }, 'draft').ok).toBe(true);
  });

  it('only theme days are open, only village talk days record issues', () => {
    expect(checkMeetingRecord({ kind: 'party_lecture', kindName: '党课', openToResidents: true }, 'draft').findings[0].message).toBe('只有主题党日可以开放式举行，“党课”不能设为开放式');
    expect(codes(checkMeetingRecord({ kind: 'party_lecture', residentIssues: [{ issue: '修路' }] }, 'draft'))).toEqual(['error:issues_not_talk_day']);
    expect(codes(checkMeetingRecord({ kind: 'party_lecture', residentCount: -1 }, 'draft'))).toEqual(['error:bad_resident_count']);
  });

  it('a village talk day records at least one issue; each issue its text; missing agreements warn', () => {
    expect(codes(checkMeetingRecord({ kind: 'village_talk_day' }))).toEqual(['error:issues_missing']);
    expect(checkMeetingRecord({ kind: 'village_talk_day' }, 'draft').ok).toBe(true);
    expect(codes(checkMeetingRecord({ kind: 'village_talk_day', residentIssues: [{ issue: '' }] }, 'draft'))).toEqual(['error:issue_missing']);
    const r = checkMeetingRecord({ kind: 'village_talk_day', residentIssues: [{ issue: '路灯不亮影响夜间出行', agreed: null }, { issue: '河塘垃圾', agreed: '周末清理' }] });
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([expect.objectContaining({ severity: 'warning', code: 'agreement_missing', message: '村民议题“路灯不亮影响夜间出行”未记录商议结果' })]);
  });
});
