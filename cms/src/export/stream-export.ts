// GET /ra/<resource>/_export?format=xlsx|csv&filter=…&sort=…: what the caller's list shows, with the
// same filter and sort, read through the document service (so scope, masking and computed checks
// apply) a batch at a time and written as it is read — exceljs's streaming writer for .xlsx, plain
// text with a UTF-8 BOM for .csv — so memory stays flat however long the list is.
import { PassThrough } from 'stream';
import type { Core } from '@strapi/strapi';
import ExcelJS from '../shared/exceljs';
import { badRequest } from '../bridge/http-error';
import { modelOf } from '../bridge/resources';
import { parseSort } from '../bridge/query';
import type { Model } from '../bridge/model';
import { resourceLabel } from '../labels/labels';
import { listFilters } from '../checks/check-filter';
import { exportColumns, type Cell, type Column } from './columns';
import { attachNames } from './relation-names';
import { principalOf } from '../scoping/principal';
import { withKnex } from '../db/knex';
import { csvField } from './cells';

export const EXPORT_BATCH = 1000;
const FORMATS = ['xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<Format, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

type Row = Record<string, any>;

interface Sink {
  header(columns: Column[]): void;
  rows(cells: Cell[][]): Promise<void>;
  end(): Promise<void>;
}

/** Waits while the client is slower than the database, so rows do not pile up in memory. */
async function drained(out: PassThrough): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function xlsxSink(out: PassThrough, sheetName: string): Sink {
  // No styles: they double exceljs's time per cell, and a plain sheet opens the same in Excel and WPS.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  return {
    header(columns) {
      sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width }));
      sheet.getRow(1).commit();
    },
    async rows(cells) {
      for (const r of cells) sheet.addRow(r).commit();
      await drained(out);
    },
    async end() {
      sheet.commit();
      await book.commit();
    },
  };
}

function csvSink(out: PassThrough): Sink {
  const line = (cells: Cell[]) => `${cells.map(csvField).join(',')}\r\n`;
  return {
    header(columns) {
      // The BOM makes Excel read the file as UTF-8 (without it, Chinese comes out garbled).
      out.write(`\uFEFF${line(columns.map((c) => c.header))}`);
    },
    async rows(cells) {
      out.write(cells.map(line).join(''));
      await drained(out);
    },
    async end() {
      out.end();
    },
  };
}

function parseFormat(raw: unknown): Format {
  if (raw === undefined || raw === '') return 'xlsx';
  if (typeof raw !== 'string' || !(FORMATS as readonly string[]).includes(raw)) throw badRequest('导出格式应为 xlsx 或 csv', { param: 'format' });
  return raw as Format;
}

/** `name-YYYYMMDD.xlsx` in Shanghai's calendar, as an attachment whatever the browser. */
function disposition(model: Model, format: Format): string {
  const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  const name = `${resourceLabel(model.pluralName, model.displayName)}-${day}.${format}`;
  return `attachment; filename="export.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export interface ExportPlan {
  model: Model;
  format: Format;
  filters: Record<string, unknown>;
  sort: Array<Record<string, 'asc' | 'desc'>>;
}

export async function planExport(strapi: Core.Strapi, resource: string, query: Record<string, unknown>): Promise<ExportPlan> {
  for (const key of Object.keys(query)) {
    if (!['sort', 'filter', 'format'].includes(key)) throw badRequest(`未知的查询参数：${key}`, { param: key });
  }
  const model = modelOf(strapi, resource);
  const format = parseFormat(query.format);
  const filters = await listFilters(strapi, model, query.filter);
  // Pages are read by offset, so ties in the chosen order are broken by id: no row twice, none lost.
  const sort = [parseSort(query.sort, model), { id: 'asc' as const }];
  return { model, format, filters, sort };
}

/** Runs the export: answers errors (403, 400) before the first byte, then streams. */
export async function streamExport(strapi: Core.Strapi, ctx: any, plan: ExportPlan, batch = EXPORT_BATCH): Promise<void> {
  const { model, format, filters, sort } = plan;
  const docs = strapi.documents(model.uid as any) as any;
  const columns = exportColumns(model);
  const p = await principalOf(strapi);
  // Rows through the document service (scope, masking, computed checks); related names beside it.
  const page = async (start: number): Promise<Row[]> => {
    const rows: Row[] = await docs.findMany({ filters, sort, start, limit: batch });
    await withKnex(strapi, (knex) => attachNames(strapi, knex, p, model, rows));
    return rows;
  };
  // The first page is read before answering, so a refusal is still a 4xx with its message.
  let rows = await page(0);

  const out = new PassThrough();
  const sink = format === 'xlsx' ? xlsxSink(out, resourceLabel(model.pluralName, model.displayName)) : csvSink(out);
  ctx.status = 200;
  ctx.set('Content-Type', CONTENT_TYPES[format]);
  ctx.set('Content-Disposition', disposition(model, format));
  ctx.set('Cache-Control', 'no-store');
  ctx.body = out;

  // The rest runs as the response is sent, still inside the request's context (scope, principal).
  void (async () => {
    sink.header(columns);
    let start = 0;
    while (rows.length) {
      await sink.rows(rows.map((r) => columns.map((c) => c.value(r))));
      if (out.destroyed) return; // the client went away: stop reading
      if (rows.length < batch) break;
      start += batch;
      rows = await page(start);
    }
    await sink.end();
  })().catch((error) => {
    strapi.log.error(`export of ${model.pluralName} failed: ${error?.message ?? error}`);
    out.destroy(error);
  });
}
