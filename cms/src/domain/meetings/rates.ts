// Attendance rates, per organisation and per member: present / due, from kept totals. Excused
// members are due and not present, so leave lowers the rate; the counts stay beside the rate so a
// report can show both.
import { perMille } from './fractions';
import { ATTENDANCE_STATUSES, type AttendanceRecord, type AttendanceStatus, type Id } from './attendance';

export interface AttendanceRate {
  present: number;
  due: number;
  /** present / due in integer per mille, rounded half up (2 of 3 → 667); null when nobody was due */
  perMille: number | null;
}

export function attendanceRate(present: number, due: number): AttendanceRate {
  if (!Number.isInteger(present) || !Number.isInteger(due) || present < 0 || present > due) {
    throw new Error(`attendance counts out of range: ${present}/${due}`);
  }
  return { present, due, perMille: due ? perMille(present, due) : null };
}

/** '66.7%' for 667 per mille; '—' when there is no rate. */
export function formatPerMille(pm: number | null): string {
  return pm == null ? '—' : `${Math.floor(pm / 10)}${pm % 10 ? `.${pm % 10}` : ''}%`;
}

export interface TallyDelta {
  due: number;
  present: number;
  excused: number;
  absent: number;
}

export interface AttendanceDeltas {
  /** what to add to the organisation's totals */
  organisation: TallyDelta;
  /** what to add to each member's totals; members whose counts do not change are left out */
  members: Array<{ memberId: Id } & TallyDelta>;
}

const zero = (): TallyDelta => ({ due: 0, present: 0, excused: 0, absent: 0 });

function add(t: TallyDelta, status: string, sign: 1 | -1) {
  t.due += sign;
  if (ATTENDANCE_STATUSES.includes(status as AttendanceStatus)) t[status as AttendanceStatus] += sign;
}

/**
 * How kept totals change when a meeting's counted attendance goes from `before` to `after`:
 * finalising is before = [], a correction passes both lists, a meeting that stops counting
 * (e.g. no quorum after a correction) is after = []. Adding the deltas is the same as recounting.
 */
export function attendanceDeltas(before: readonly AttendanceRecord[], after: readonly AttendanceRecord[]): AttendanceDeltas {
  const organisation = zero();
  const perMember = new Map<string, { memberId: Id } & TallyDelta>();
  const of = (id: Id) => {
    const k = String(id);
    if (!perMember.has(k)) perMember.set(k, { memberId: id, ...zero() });
    return perMember.get(k)!;
  };
  for (const r of before) {
    add(organisation, r.status, -1);
    add(of(r.memberId), r.status, -1);
  }
  for (const r of after) {
    add(organisation, r.status, 1);
    add(of(r.memberId), r.status, 1);
  }
  const members = [...perMember.values()].filter((d) => d.due || d.present || d.excused || d.absent);
  return { organisation, members };
}
