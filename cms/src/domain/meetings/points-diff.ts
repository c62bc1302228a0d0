// The points a meeting's attendance should have posted, against what it has posted: one live
// entry per present member, none for anyone else. Corrections never edit: they post new entries
// and take old ones back (reverse an approved entry, withdraw a pending proposal).
import type { AttendanceRecord, Id } from './attendance';

export type EntryStatus = 'pending' | 'approved' | 'rejected';

/** A ledger entry already posted for this meeting (originals and their reversals). */
export interface PostedEntry {
  id: Id;
  memberId: Id;
  status: EntryStatus;
  /** the original this entry reverses; null for an original */
  reversesId?: Id | null;
  ruleCode?: string;
}

export interface PointsPlan {
  /** members to post a new entry for, through `ruleCode` */
  post: Id[];
  /** approved originals to reverse (a reversing entry with a reason) */
  reverse: Array<{ entryId: Id; memberId: Id }>;
  /** pending originals to withdraw (reject the proposal): only approved entries can be reversed */
  withdraw: Array<{ entryId: Id; memberId: Id }>;
  /** present members whose entry for this meeting an approver rejected; not proposed again */
  declined: Id[];
  ruleCode: string | null;
}

/**
 * Per member of this meeting:
 * - an original is live while it is pending or approved and no pending or approved reversal takes
 *   it back (a rejected reversal leaves it live, a rejected original is not live);
 * - present with no live original → post, unless an original was rejected and none is live
 *   (the approver's "no" stands; the member shows in `declined`);
 * - present with several live originals → keep the earliest posted one, take back the others;
 * - not present (excused, absent, no longer listed) → take back every live original.
 * `ruleCode` null (the kind earns no points, or no active rule) posts nothing but still takes back.
 * Applying the plan and calling again gives an empty plan: idempotent per meeting and member.
 * A live entry made under an earlier rule stays: entries keep the rule they were made under.
 */
export function planMeetingPoints(attendance: readonly Pick<AttendanceRecord, 'memberId' | 'status'>[], posted: readonly PostedEntry[], ruleCode: string | null): PointsPlan {
  const present = new Map(attendance.filter((r) => r.status === 'present').map((r) => [String(r.memberId), r.memberId]));
  const takenBack = new Set(posted.filter((e) => e.reversesId != null && e.status !== 'rejected').map((e) => String(e.reversesId)));
  const originals = posted.filter((e) => e.reversesId == null);
  const byMember = new Map<string, PostedEntry[]>();
  for (const e of originals) {
    const k = String(e.memberId);
    if (!byMember.has(k)) byMember.set(k, []);
    byMember.get(k)!.push(e);
  }

  const plan: PointsPlan = { post: [], reverse: [], withdraw: [], declined: [], ruleCode };
  const takeBack = (e: PostedEntry) => (e.status === 'approved' ? plan.reverse : plan.withdraw).push({ entryId: e.id, memberId: e.memberId });

  for (const [k, entries] of byMember) {
    const live = entries.filter((e) => e.status !== 'rejected' && !takenBack.has(String(e.id))).sort((a, b) => compareIds(a.id, b.id));
    const keep = present.has(k) ? live.slice(0, 1) : [];
    live.slice(keep.length).forEach(takeBack);
    if (present.has(k) && !live.length) {
      if (entries.some((e) => e.status === 'rejected')) plan.declined.push(entries[0].memberId);
      else if (ruleCode) plan.post.push(entries[0].memberId);
    }
  }
  if (ruleCode) {
    for (const [k, memberId] of present) if (!byMember.has(k)) plan.post.push(memberId);
  }
  return plan;
}

/** Ids in posting order: numbers numerically, anything else as text. */
export function compareIds(a: Id, b: Id): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** The reason text of an attendance entry and of its reversal, so the ledger reads the same everywhere. */
export function attendanceReason(meetingName: string, heldOn: string): string {
  return `参加${meetingName}（${heldOn}）`;
}

export function correctionReason(meetingName: string, heldOn: string): string {
  return `${meetingName}（${heldOn}）考勤更正`;
}
