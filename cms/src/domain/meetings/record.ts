// What a meeting's own record must hold, by kind: a 主题党日 its theme (and, when open to residents,
// how many came); a 小村说事日 the residents' issues and what was agreed. Drafts may be incomplete;
// finalising wants the record whole.
import { result, type CheckResult, type Finding } from '../check-result';

export const THEME_DAY = 'theme_day';
export const VILLAGE_TALK_DAY = 'village_talk_day';

export interface ResidentIssue {
  issue?: string | null;
  raisedBy?: string | null;
  agreed?: string | null;
}

export interface MeetingRecordFacts {
  kind: string;
  kindName?: string;
  theme?: string | null;
  openToResidents?: boolean | null;
  residentCount?: number | null;
  outcome?: string | null;
  residentIssues?: readonly ResidentIssue[] | null;
}

const filled = (s: unknown) => typeof s === 'string' && s.trim().length > 0;

export function checkMeetingRecord(m: MeetingRecordFacts, stage: 'draft' | 'final' = 'final'): CheckResult {
  const findings: Finding[] = [];
  const final = stage === 'final';
  const name = m.kindName ?? m.kind;
  const err = (code: string, field: string, message: string) => findings.push({ code, severity: 'error', message, params: { field } });
  const issues = m.residentIssues ?? [];

  if (m.openToResidents && m.kind !== THEME_DAY) err('open_not_theme_day', 'openToResidents', `只有主题党日可以开放式举行，“${name}”不能设为开放式`);
  if (m.residentCount != null && (!Number.isInteger(m.residentCount) || m.residentCount < 0)) err('bad_resident_count', 'residentCount', '参加群众人数应为不小于 0 的整数');
  if (issues.length && m.kind !== VILLAGE_TALK_DAY) err('issues_not_talk_day', 'residentIssues', `只有小村说事日记录村民议题，“${name}”不能记录`);

  if (m.kind === THEME_DAY && final) {
    if (!filled(m.theme)) err('theme_missing', 'theme', '主题党日定稿前须填写活动主题');
    if (m.openToResidents && !(Number.isInteger(m.residentCount) && (m.residentCount as number) > 0)) {
      err('resident_count_missing', 'residentCount', '开放式主题党日定稿前须填写参加的群众人数');
    }
    if (!filled(m.outcome)) findings.push({ code: 'outcome_missing', severity: 'warning', message: '主题党日未填写活动成效', params: { field: 'outcome' } });
  }
  if (m.kind === VILLAGE_TALK_DAY) {
    issues.forEach((i, n) => {
      if (!filled(i.issue)) err('issue_missing', 'residentIssues', `第 ${n + 1} 条村民议题未填写内容`);
      else if (final && !filled(i.agreed)) {
        findings.push({ code: 'agreement_missing', severity: 'warning', message: `村民议题“${String(i.issue).trim().slice(0, 20)}”未记录商议结果`, params: { field: 'residentIssues', index: n } });
      }
    });
    if (final && !issues.length) err('issues_missing', 'residentIssues', '小村说事日定稿前须记录至少一条村民议题');
  }
  return result(findings);
}
