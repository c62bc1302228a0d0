// Meeting times: stored UTC, shown and entered in Asia/Shanghai (China has no daylight saving, so
// the offset is always +08:00), whatever time zone the browser is in.
const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-11-27T09:00' (what <input type="datetime-local"> shows) from a UTC instant. */
export function toShanghaiInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A Shanghai wall-clock time from the input back to a UTC instant. */
export function fromShanghaiInput(value: string | null | undefined): string | null {
  if (!value) return null;
  const d = new Date(`${value}:00+08:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function shanghaiTime(iso: string | null | undefined): string {
  return iso ? toShanghaiInput(iso).replace('T', ' ') : '';
}

/** Today in China, 'YYYY-MM-DD'. */
export const todayShanghai = () => toShanghaiInput(new Date().toISOString()).slice(0, 10);
