// Writes a year of governance events (seeds/three-ones/events.ts) into Strapi in bulk, in one
// transaction: events, their assignments, the relation links and the kept monthly totals, for every
// township that has no events yet. Running it twice adds nothing. The story of each event stops at
// `asOf` (default now), so open and overdue items are real at the moment of seeding.
import { linkTable, tableOf } from '../../cms/src/db/link-tables';
import { chinaMonth } from '../../cms/src/domain/calendar/days';
import { newEvent } from '../../cms/src/domain/events/event';
import { totalDeltas } from '../../cms/src/events/transitions';
import { addTotals, type TotalDelta } from '../../cms/src/events/tables';
import { bulkDocumentId, dbValues, insertRows, nextIds, syncSequence } from '../meetings/bulk';
import { DEMO_EVENT_COUNT, eventStream } from './events';
import { EVENT_CATEGORIES } from './event-catalogue';
import { loadDispatchRules } from './rules';

const EVENT = 'api::event.event';
const ASSIGNMENT = 'api::event-assignment.event-assignment';

export interface EventsSeedOptions {
  /** townships (division codes) that get events; default all */
  townships?: string[];
  /** events over those townships' grids; default 20,000 for the whole county (≈ 22 a grid) */
  count?: number;
  /** townships that get a few events only (tests need rows outside the main township) */
  sample?: string[];
  sampleCount?: number;
  year?: number;
  asOf?: string;
}

type Row = Record<string, any>;

const CATEGORY_LABEL = new Map(EVENT_CATEGORIES.map((c) => [c.code, c.label]));

export async function seedEvents(strapi: any, options: EventsSeedOptions = {}, log: (l: string) => void = () => {}) {
  const started = Date.now();
  const year = options.year ?? 2026;
  const nowIso = new Date().toISOString();
  const asOf = options.asOf ?? (nowIso < `${year}-12-31T15:59:00.000Z` ? nowIso : `${year}-12-31T15:59:00.000Z`);
  const inserted = { events: 0, 'event assignments': 0 };
  await strapi.db.transaction(async ({ trx }: any) => {
    const knex = trx;
    const towns: Row[] = await knex(tableOf(strapi, 'api::township.township')).select('id', 'code', 'name').orderBy('code');
    const etl = linkTable(strapi, EVENT, 'township');
    const seeded = new Set((await knex(etl.table).distinct(etl.target)).map((r: Row) => Number(r[etl.target])));
    const wanted = towns.filter((t) => (!options.townships || options.townships.includes(t.code) || options.sample?.includes(t.code)) && !seeded.has(Number(t.id)));
    if (!wanted.length) {
      log('  events: present');
      return;
    }
    const byCode = new Map(towns.map((t) => [t.code, Number(t.id)]));
    const gl = linkTable(strapi, 'api::grid.grid', 'township');
    const grids: Row[] = await knex(`${tableOf(strapi, 'api::grid.grid')} as g`).join(`${gl.table} as l`, `l.${gl.owner}`, 'g.id').join(`${tableOf(strapi, 'api::township.township')} as t`, 't.id', `l.${gl.target}`)
      .select('g.id', 'g.code', 'g.kind', 't.code as township').orderBy('g.code');
    const ol = linkTable(strapi, 'api::office.office', 'township');
    const offices: Row[] = await knex(`${tableOf(strapi, 'api::office.office')} as o`).join(`${ol.table} as l`, `l.${ol.owner}`, 'o.id').join(`${tableOf(strapi, 'api::township.township')} as t`, 't.id', `l.${ol.target}`)
      .select('o.id', 'o.name', 't.code as township').orderBy('o.id');
    const departments: Row[] = await knex(tableOf(strapi, 'api::county-department.county-department')).select('id', 'code');
    const gridId = new Map(grids.map((g) => [g.code, Number(g.id)]));
    const officeId = new Map<string, number>();
    for (const o of offices) if (!officeId.has(`${o.township}:${o.name}`)) officeId.set(`${o.township}:${o.name}`, Number(o.id));
    const deptId = new Map(departments.map((d) => [d.code, Number(d.id)]));
    const rules = loadDispatchRules();
    const main = wanted.filter((t) => !options.sample?.includes(t.code) || options.townships?.includes(t.code)).map((t) => t.code);
    const sample = wanted.filter((t) => !main.includes(t.code)).map((t) => t.code);
    const v = dbValues(knex);
    const now = new Date();
    const deltas: TotalDelta[] = [];
    const plans: Array<[string[], number]> = [];
    if (main.length) plans.push([main, options.count ?? Math.round((DEMO_EVENT_COUNT * main.length) / towns.length)]);
    if (sample.length) plans.push([sample, options.sampleCount ?? 40 * sample.length]);

    const ev = tableOf(strapi, EVENT);
    const as = tableOf(strapi, ASSIGNMENT);
    const egl = linkTable(strapi, EVENT, 'grid');
    const ael = linkTable(strapi, ASSIGNMENT, 'event');
    const aol = linkTable(strapi, ASSIGNMENT, 'office');
    const adl = linkTable(strapi, ASSIGNMENT, 'department');
    const aeMeta = strapi.db.metadata.get(ASSIGNMENT).attributes.event.joinTable;
    for (const [codes, count] of plans) {
      const mine = grids.filter((g) => codes.includes(g.township));
      const stream = eventStream({ count, year, asOf, grids: mine.map((g) => ({ code: g.code, kind: g.kind, township: g.township })), offices: offices.filter((o) => codes.includes(o.township)).map((o) => ({ name: o.name, township: o.township })) });
      let batch: Array<ReturnType<typeof stream.next>['value']> = [];
      const flush = async () => {
        if (!batch.length) return;
        const eventIds = await nextIds(knex, ev, batch.length);
        const eventRows: Row[] = [];
        const links: Record<string, Row[]> = { grid: [], township: [], aEvent: [], aOffice: [], aDept: [] };
        const assignmentRows: Row[] = [];
        const total = batch.reduce((s, e: any) => s + e.assignments.length, 0);
        const aIds = total ? await nextIds(knex, as, total) : [];
        let ai = 0;
        batch.forEach((e: any, i) => {
          const id = eventIds[i];
          const townshipId = byCode.get(e.township)!;
          eventRows.push({
            id, document_id: bulkDocumentId(), code: e.code, source: e.source, category: CATEGORY_LABEL.get(e.category) ?? e.category, description: e.description,
            reporter_name: e.reporterName, reporter_phone: e.reporterPhone, mode: e.mode, state: e.status,
            reported_at: v.time(new Date(e.reportedAt)), escalated_at: v.time(e.escalatedAt ? new Date(e.escalatedAt) : null), result: e.result,
            satisfaction: e.satisfaction, closed_at: v.time(e.closedAt ? new Date(e.closedAt) : null),
            created_at: v.time(new Date(e.reportedAt)), updated_at: v.time(now), published_at: v.time(now),
          });
          links.grid.push({ [egl.owner]: id, [egl.target]: gridId.get(e.grid) });
          links.township.push({ [etl.owner]: id, [etl.target]: townshipId });
          // The domain's assignee ids (grid code, township:office, department code) as the server keeps them.
          const keyed = e.assignments.map((a: any) => {
            const key = a.level === 'grid' ? `g:${gridId.get(a.assignee)}` : a.level === 'township' ? `o:${officeId.get(a.assignee)}` : `d:${deptId.get(a.assignee)}`;
            return { ...a, assignee: key };
          });
          keyed.forEach((a: any, k: number) => {
            const aid = aIds[ai++];
            const ref = Number(a.assignee.slice(2));
            assignmentRows.push({
              id: aid, document_id: bulkDocumentId(), level: a.level, mode: a.mode, round: a.round, assigned_at: v.time(new Date(a.assignedAt)),
              deadline: v.time(new Date(a.deadline)), state: a.status, ended_at: v.time(a.endedAt ? new Date(a.endedAt) : null), note: a.note, reason: a.reason,
              month: chinaMonth(a.assignedAt), township_ref: townshipId, department_ref: a.level === 'county' ? ref : null, assignee_key: a.assignee,
              created_at: v.time(new Date(a.assignedAt)), updated_at: v.time(now), published_at: v.time(now),
            });
            links.aEvent.push({ [ael.owner]: aid, [ael.target]: id, ...(aeMeta.inverseOrderColumnName ? { [aeMeta.inverseOrderColumnName]: k + 1 } : {}) });
            if (a.level === 'township') links.aOffice.push({ [aol.owner]: aid, [aol.target]: ref });
            if (a.level === 'county') links.aDept.push({ [adl.owner]: aid, [adl.target]: ref });
          });
          const before = { ...newEvent(e.township, e.grid, e.reportedAt) };
          deltas.push(...totalDeltas(before, { ...e, assignments: keyed }, townshipId, rules.assessment.satisfiedFrom));
        });
        await insertRows(knex, ev, eventRows);
        await insertRows(knex, as, assignmentRows);
        await insertRows(knex, egl.table, links.grid);
        await insertRows(knex, etl.table, links.township);
        await insertRows(knex, ael.table, links.aEvent);
        await insertRows(knex, aol.table, links.aOffice);
        await insertRows(knex, adl.table, links.aDept);
        inserted.events += eventRows.length;
        inserted['event assignments'] += assignmentRows.length;
        batch = [];
      };
      for (const e of stream) {
        batch.push(e);
        if (batch.length >= 5000) await flush();
      }
      await flush();
    }
    for (let i = 0; i < deltas.length; i += 20000) await addTotals(knex, deltas.slice(i, i + 20000));
    await syncSequence(knex, ev);
    await syncSequence(knex, as);
    log(`  events: +${inserted.events} (${inserted['event assignments']} assignments) for ${wanted.length} townships in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
  return { inserted, ms: Date.now() - started };
}
