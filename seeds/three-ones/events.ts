// A year of governance events per grid, driven through the 四办 state machine so every status,
// deadline and return is one the rules allow. Most events are 快办; some are 交办 or 会办 to township
// offices, a few go up to the county (报办); some assignments are returned or finished late, and
// those still running at `asOf` stay open. Streams one event at a time, so the benchmark size
// (≥ 200,000 events for the 894 grids) never has to sit in memory. Deterministic per options.
import { buildPlan, apportion } from '../plan';
import { intBetween, pick, rng, type Rng } from '../random';
import { personName, phone } from '../names';
import { addDays, chinaDay, chinaTime, instantMs } from '../../cms/src/domain/calendar/days';
import type { WorkingCalendar } from '../../cms/src/domain/calendar/working-days';
import type { DispatchRules, EventMode } from '../../cms/src/domain/events/dispatch-rules';
import { newEvent, type Assignee, type EventSource, type GovEvent } from '../../cms/src/domain/events/event';
import { transition, type EventAction, type TransitionInput } from '../../cms/src/domain/events/transition';
import { EVENT_CATEGORIES, RETURN_REASONS, SOURCE_WEIGHTS, type EventCategory } from './event-catalogue';
import { department } from './departments';
import { loadDispatchRules, loadWorkingCalendar } from './rules';

export interface EventSeed extends GovEvent {
  code: string;
  source: EventSource;
  category: string;
  description: string;
  reporterName: string;
  reporterPhone: string;
  photos: number;
}

export interface EventOptions {
  /** Events over all grids; the benchmark uses 200,000 or more. */
  count?: number;
  year?: number;
  /** The moment the data is taken; later steps have not happened yet. Default: the end of the year. */
  asOf?: string;
  seed?: number;
  grids?: Array<{ code: string; kind: string; township: string }>;
  /** Township offices as in the plan (name + township code). */
  offices?: Array<{ name: string; township: string }>;
  calendar?: WorkingCalendar;
  rules?: DispatchRules;
}

export const DEMO_EVENT_COUNT = 20_000;
const GRID_WEIGHT: Record<string, number> = { urban: 8, rural: 5, special: 3 };
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Reports of the last day and a half wait for dispatch with this chance: the centre's queue at seeding time. */
const BACKLOG_MS = 36 * HOUR;
const BACKLOG_SHARE = 0.6;

const at = (base: string, ms: number) => new Date(instantMs(base) + ms).toISOString();

function draw<T extends { weight: number }>(r: Rng, items: readonly T[]): T {
  const total = items.reduce((s, x) => s + x.weight, 0);
  let x = r() * total;
  for (const item of items) if ((x -= item.weight) < 0) return item;
  return items[items.length - 1];
}

function score(r: Rng): number {
  const x = r();
  return x < 0.65 ? 5 : x < 0.87 ? 4 : x < 0.95 ? 3 : x < 0.98 ? 2 : 1;
}

function hashCode(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Planned {
  at: string;
  action: EventAction;
  input: TransitionInput;
}

class Runner {
  constructor(
    private readonly ctx: { rules: DispatchRules; calendar: WorkingCalendar },
    private readonly asOfMs: number,
  ) {}

  /** Applies a step unless it lies after `asOf`; returns null once the story has reached the present. */
  step(e: GovEvent, action: EventAction, input: TransitionInput, when: string): GovEvent | null {
    if (instantMs(when) > this.asOfMs) return null;
    const out = transition(e, action, input, when, this.ctx);
    if (!out.ok) throw new Error(`seed event refused (${action}): ${out.message}`);
    return out.value;
  }
}

/** Plans how each open assignment ends (done, late, stuck or returned) and plays the plan in time order. */
function work(r: Rng, run: Runner, e: GovEvent, returnChance: number): { event: GovEvent; stopped: boolean } {
  const plan: Planned[] = [];
  for (const a of e.assignments.filter((x) => x.status === 'open')) {
    const start = instantMs(a.assignedAt);
    const span = instantMs(a.deadline) - start;
    const x = r();
    if (x < returnChance) {
      plan.push({ at: at(a.assignedAt, intBetween(r, 1, 8) * HOUR), action: 'return', input: { assignee: a.assignee, reason: pick(r, RETURN_REASONS) } });
      continue;
    }
    let doneMs: number;
    if (x < returnChance + 0.01) doneMs = instantMs(a.deadline) + intBetween(r, 10, 60) * 24 * HOUR;
    else if (x < returnChance + 0.07) doneMs = instantMs(a.deadline) + intBetween(r, 1, 96) * HOUR;
    else doneMs = start + Math.max(MINUTE, Math.floor(span * (0.05 + 0.9 * r())));
    plan.push({ at: new Date(doneMs).toISOString(), action: 'complete', input: { assignee: a.assignee, note: '已处理' } });
  }
  plan.sort((p, q) => instantMs(p.at) - instantMs(q.at));
  let current = e;
  for (const p of plan) {
    const next = run.step(current, p.action, p.input, p.at);
    if (!next) return { event: current, stopped: true };
    current = next;
  }
  return { event: current, stopped: false };
}

function lastTime(e: GovEvent): string {
  let last = e.reportedAt;
  for (const a of e.assignments) for (const t of [a.assignedAt, a.endedAt]) if (t && t > last) last = t;
  return e.escalatedAt && e.escalatedAt > last ? e.escalatedAt : last;
}

function modeOf(r: Rng): EventMode {
  const x = r();
  return x < 0.72 ? 'quick' : x < 0.89 ? 'assign' : x < 0.94 ? 'joint' : 'escalate';
}

function simulate(r: Rng, run: Runner, e0: GovEvent, category: EventCategory, offices: Assignee[]): GovEvent {
  const mode = modeOf(r);
  let e: GovEvent | null = e0;
  const close = (ev: GovEvent): GovEvent =>
    run.step(ev, 'close', { result: pick(r, category.results), satisfaction: score(r) }, at(lastTime(ev), intBetween(r, 10, 24 * 60) * MINUTE)) ?? ev;

  if (mode === 'quick') {
    e = run.step(e, 'quick', {}, at(e.reportedAt, intBetween(r, 5, 60) * MINUTE));
    if (!e) return e0;
    const late = r() < 0.03;
    const closeAt = at(lastTime(e), (late ? intBetween(r, 25 * 60, 48 * 60) : intBetween(r, 10, 20 * 60)) * MINUTE);
    return run.step(e, 'close', { result: pick(r, category.results), satisfaction: score(r) }, closeAt) ?? e;
  }

  const escalateNow = mode === 'escalate';
  let current: GovEvent = e;
  if (!escalateNow) {
    const preferred = offices.filter((o) => category.offices.includes(o.name ?? ''));
    const pool = preferred.length ? preferred : offices;
    let chosen: Assignee[];
    if (mode === 'assign') chosen = [pick(r, pool)];
    else {
      const others = offices.filter((o) => !pool.includes(o));
      chosen = [pick(r, pool), pick(r, others.length ? others : pool)];
      if (chosen[0].id === chosen[1].id) chosen = [chosen[0], offices.find((o) => o.id !== chosen[0].id)!];
    }
    const next = run.step(current, mode, { offices: chosen }, at(current.reportedAt, intBetween(r, 10, 180) * MINUTE));
    if (!next) return current;
    const worked = work(r, run, next, 0.04);
    current = worked.event;
    if (worked.stopped) return current;
    if (current.status === 'handled') return close(current);
    // Every office returned it: half go to another office, half up to the county.
    if (r() < 0.5) {
      const other = offices.find((o) => !current.assignments.some((a) => a.assignee === o.id) && category.offices.includes(o.name ?? ''))
        ?? offices.find((o) => !current.assignments.some((a) => a.assignee === o.id))!;
      const again = run.step(current, 'assign', { offices: [other] }, at(lastTime(current), intBetween(r, 10, 120) * MINUTE));
      if (!again) return current;
      const w2 = work(r, run, again, 0);
      return w2.stopped ? w2.event : close(w2.event);
    }
  }

  const up = run.step(current, 'escalate', { reason: '乡镇权限范围内无法解决' }, at(lastTime(current), intBetween(r, 1, 6) * HOUR));
  if (!up) return current;
  const departments = category.departments.map((code) => ({ id: code, level: 'county' as const, name: department(code).shortName }));
  const chosen = departments.length > 1 && r() < 0.3 ? departments.slice(0, 2) : [pick(r, departments)];
  const assigned = run.step(up, 'county_assign', { departments: chosen }, at(lastTime(up), intBetween(r, 1, 8) * HOUR));
  if (!assigned) return up;
  let worked = work(r, run, assigned, 0.05);
  if (worked.stopped) return worked.event;
  if (worked.event.status === 'escalated') {
    const used = new Set(worked.event.assignments.map((a) => a.assignee));
    const spare = departments.find((d) => !used.has(d.id)) ?? { id: 'cg', level: 'county' as const, name: department('cg').shortName };
    const again = run.step(worked.event, 'county_assign', { departments: [spare] }, at(lastTime(worked.event), intBetween(r, 1, 8) * HOUR));
    if (!again) return worked.event;
    worked = work(r, run, again, 0);
    if (worked.stopped) return worked.event;
  }
  return close(worked.event);
}

export function* eventStream(options: EventOptions = {}): Generator<EventSeed> {
  const count = options.count ?? DEMO_EVENT_COUNT;
  const year = options.year ?? 2026;
  const seed = options.seed ?? 894;
  const asOf = options.asOf ?? chinaTime(`${year}-12-31`, '23:59');
  const ctx = { rules: options.rules ?? loadDispatchRules(), calendar: options.calendar ?? loadWorkingCalendar() };
  const plan = options.grids && options.offices ? null : buildPlan({ members: 0 });
  const grids = options.grids ?? plan!.grids.map((g) => ({ code: g.code, kind: g.kind, township: g.township! }));
  const officeList = options.offices ?? plan!.offices.map((o) => ({ name: o.name, township: o.township! }));
  const officesOf = new Map<string, Assignee[]>();
  for (const o of officeList) {
    const list = officesOf.get(o.township) ?? [];
    list.push({ id: `${o.township}:${o.name}`, level: 'township', township: o.township, name: o.name });
    officesOf.set(o.township, list);
  }
  const lastDay = chinaDay(asOf) < `${year}-12-31` ? chinaDay(asOf) : `${year}-12-31`;
  const days: string[] = [];
  for (let d = `${year}-01-01`; d <= lastDay; d = addDays(d, 1)) days.push(d);
  if (!days.length) return;
  const asOfMs = instantMs(asOf);
  const run = new Runner(ctx, asOfMs);
  const shares = apportion(count, grids.map((g) => GRID_WEIGHT[g.kind] ?? 5));

  for (let gi = 0; gi < grids.length; gi++) {
    const g = grids[gi];
    const r = rng((hashCode(g.code) ^ Math.imul(seed, 2654435761)) >>> 0);
    const offices = officesOf.get(g.township) ?? [];
    const times = Array.from({ length: shares[gi] }, () => {
      const t = chinaTime(pick(r, days), `${String(intBetween(r, 7, 20)).padStart(2, '0')}:${String(intBetween(r, 0, 59)).padStart(2, '0')}`);
      return instantMs(t) > asOfMs ? new Date(asOfMs - intBetween(r, 1, 120) * MINUTE).toISOString() : t;
    }).sort();
    for (let i = 0; i < times.length; i++) {
      const category = pick(r, EVENT_CATEGORIES);
      const source = draw(r, SOURCE_WEIGHTS).source;
      const base = newEvent(g.township, g.code, times[i]);
      // A township centre always has recent reports waiting (新上报): the board's first column is never empty.
      const waiting = instantMs(times[i]) > asOfMs - BACKLOG_MS && r() < BACKLOG_SHARE;
      const handled = offices.length >= 2 && !waiting ? simulate(r, run, base, category, offices) : base;
      yield {
        ...handled,
        code: `SJ-${g.code}-${String(i + 1).padStart(4, '0')}`,
        source,
        category: category.code,
        description: pick(r, category.descriptions),
        reporterName: personName(r),
        reporterPhone: phone(r),
        photos: source === 'snapshot' ? intBetween(r, 1, 3) : intBetween(r, 0, 1),
      };
    }
  }
}

export function generateEvents(options: EventOptions = {}): EventSeed[] {
  return [...eventStream(options)];
}
