// Writes the approvals reference data and a year of cases: the first batch of 135 delegated items
// (illustrative names), one service hall per township, and the cases (5,077 by default) generated
// through the domain's state machine — in bulk, inside one transaction, and then the kept monthly
// totals recomputed from the cases in one statement. Idempotent: items by code, halls by township,
// and cases only when there are none yet.
import { documentId } from '../../cms/src/db/document-id';
import { linkTable, tableOf } from '../../cms/src/db/link-tables';
import { chinaDay, chinaMonth } from '../../cms/src/domain/calendar/days';
import { rebuildTotals } from '../../cms/src/services/tables';
import { bulkDocumentId, dbValues, insertRows, nextIds, syncSequence } from '../meetings/bulk';
import { APPROVAL_ITEMS } from './approval-items';
import { generateApprovalCases } from './approval-cases';
import { generateHalls } from './halls-and-teams';

const ITEM = 'api::approval-item.approval-item';
const HALL = 'api::service-hall.service-hall';
const CASE = 'api::approval-case.approval-case';
const DEPARTMENT = 'api::county-department.county-department';

type Row = Record<string, any>;

export interface ServicesSeedOptions {
  /** How many cases over the year (default 5,077, the seed document's figure); 0 for none. */
  cases?: number;
  year?: number;
  /** Cases still running at this instant stay open; default now (or the year's end if earlier). */
  asOf?: string;
}

async function links(knex: any, l: { table: string; owner: string; target: string }, pairs: Array<[number, number]>) {
  await insertRows(knex, l.table, pairs.map(([o, t]) => ({ [l.owner]: o, [l.target]: t })));
}

export async function seedServices(strapi: any, options: ServicesSeedOptions = {}, log: (l: string) => void = () => {}) {
  const started = Date.now();
  const inserted = { 'approval items': 0, 'service halls': 0, 'approval cases': 0 };
  await strapi.db.transaction(async ({ trx }: any) => {
    const knex = trx;
    const v = dbValues(knex);
    const now = new Date();
    // Items, by code.
    const depts = new Map<string, number>((await knex(tableOf(strapi, DEPARTMENT)).select('id', 'code')).map((d: Row) => [d.code, Number(d.id)]));
    const haveItems = new Set((await knex(tableOf(strapi, ITEM)).select('code')).map((r: Row) => r.code));
    const freshItems = APPROVAL_ITEMS.filter((i) => !haveItems.has(i.code) && depts.has(i.departmentCode));
    if (freshItems.length) {
      const { ids } = await strapi.db.query(ITEM).createMany({
        data: freshItems.map((i) => ({ documentId: documentId(), code: i.code, name: i.name, batch: i.batch, timeLimitDays: i.timeLimitDays, materials: i.materials,
          onSiteCheck: i.onSiteCheck, active: true, createdAt: now, updatedAt: now, publishedAt: now })),
      });
      await links(knex, linkTable(strapi, ITEM, 'department'), ids.map((id: number, k: number) => [Number(id), depts.get(freshItems[k].departmentCode)!]));
      inserted['approval items'] = freshItems.length;
    }
    // Halls, one per township.
    const towns = new Map<string, Row>((await knex('townships').select('id', 'code', 'name')).map((t: Row) => [t.code, t]));
    const hl = linkTable(strapi, HALL, 'township');
    const hallTowns = new Set((await knex(hl.table).select(hl.target)).map((r: Row) => Number(r[hl.target])));
    const freshHalls = generateHalls().filter((h) => towns.has(h.township) && !hallTowns.has(Number(towns.get(h.township)!.id)));
    if (freshHalls.length) {
      const { ids } = await strapi.db.query(HALL).createMany({
        data: freshHalls.map((h) => ({ documentId: documentId(), name: h.name, hasPremises: h.hasPremises, hasFacilities: h.hasFacilities, hasStaff: h.hasStaff,
          hasRules: h.hasRules, hasGuides: h.hasGuides, hasLedgers: h.hasLedgers, windows: h.windows, createdAt: now, updatedAt: now, publishedAt: now })),
      });
      await links(knex, hl, ids.map((id: number, k: number) => [Number(id), Number(towns.get(freshHalls[k].township)!.id)]));
      inserted['service halls'] = freshHalls.length;
    }
    // Cases, once.
    const count = options.cases ?? 5077;
    const caseTable = tableOf(strapi, CASE);
    if (!count || Number((await knex(caseTable).count({ n: '*' }).first()).n) > 0) {
      log(`  approvals: ${inserted['approval items']} items, ${inserted['service halls']} halls added; cases ${count ? 'present' : 'skipped'}`);
      return;
    }
    const year = options.year ?? 2026;
    const endOfYear = `${year}-12-31T15:59:00.000Z`;
    const asOf = options.asOf ?? (now.toISOString() < endOfYear ? now.toISOString() : endOfYear);
    const cases = generateApprovalCases({ count, year, asOf });
    const itemIds = new Map<string, number>((await knex(tableOf(strapi, ITEM)).select('id', 'code')).map((r: Row) => [r.code, Number(r.id)]));
    const timeLimit = new Map(APPROVAL_ITEMS.map((i) => [i.code, i.timeLimitDays]));
    const halls = new Map<number, Row>((await knex(`${hl.table} as l`).join(`${tableOf(strapi, HALL)} as h`, 'h.id', `l.${hl.owner}`)
      .select({ id: 'h.id', windows: 'h.windows', township: `l.${hl.target}` })).map((h: Row) => [Number(h.township), h]));
    const windowName = (hall: Row, kind: string, unit: string | null): string | null => {
      const ws: Row[] = (typeof hall.windows === 'string' ? JSON.parse(hall.windows) : hall.windows) ?? [];
      return ws.find((w) => w.kind === kind && (w.unit ?? null) === unit)?.name ?? null;
    };
    const usable = cases.filter((c) => itemIds.has(c.item) && towns.has(c.township) && halls.has(Number(towns.get(c.township)!.id)));
    const ids = await nextIds(knex, caseTable, usable.length);
    const rows: Row[] = [];
    const toItem: Array<[number, number]> = [];
    const toHall: Array<[number, number]> = [];
    const toTown: Array<[number, number]> = [];
    usable.forEach((c, k) => {
      const id = ids[k];
      const townId = Number(towns.get(c.township)!.id);
      const hall = halls.get(townId)!;
      const first = (c.receivedAt ?? c.closedAt)!;
      const stamp = v.time(new Date(c.closedAt ?? first));
      rows.push({
        id, document_id: bulkDocumentId(), code: c.code, window_name: windowName(hall, c.window, c.windowUnit), applicant_name: c.applicantName,
        applicant_id_number: c.applicantIdNumber, applicant_phone: c.applicantPhone, received_at: v.time(new Date(first)), status: c.status,
        reason: c.reason, handler: c.handler, finished_at: v.time(c.closedAt ? new Date(c.closedAt) : null), time_limit_days: timeLimit.get(c.item) ?? c.timeLimitDays,
        due_on: c.deadline, on_time: v.bool(c.onTime), satisfaction: c.satisfaction, month: chinaMonth(first),
        created_at: v.time(new Date(first)), updated_at: stamp, published_at: v.time(now),
      });
      toItem.push([id, itemIds.get(c.item)!]);
      toHall.push([id, Number(hall.id)]);
      toTown.push([id, townId]);
    });
    await insertRows(knex, caseTable, rows);
    await syncSequence(knex, caseTable);
    await links(knex, linkTable(strapi, CASE, 'item'), toItem);
    await links(knex, linkTable(strapi, CASE, 'hall'), toHall);
    const tl = linkTable(strapi, CASE, 'township');
    await links(knex, tl, toTown);
    await rebuildTotals(knex, tl);
    inserted['approval cases'] = rows.length;
    log(`  approvals: ${inserted['approval items']} items, ${inserted['service halls']} halls, ${rows.length} cases (as of ${chinaDay(asOf)})`);
  });
  return { inserted, ms: Date.now() - started };
}
