// Spreadsheets for the reporting tests: building an .xlsx to import, reading an exported one back,
// and sending raw bytes with a caller's token.
import ExcelJS from 'exceljs';
import { testServer } from './server';
import type { Caller } from './callers';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx whose first sheet holds `rows` (the first is the header); a cell `{ formula }` is a formula. */
export async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('导入');
  for (const r of rows) sheet.addRow(r as any[]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The first sheet's rows as text (header first). */
export async function readXlsx(body: ArrayBuffer | Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as any);
  const out: string[][] = [];
  book.worksheets[0].eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    out.push(values.map((v) => (v == null ? '' : typeof v === 'object' && 'formula' in (v as any) ? `=${(v as any).formula}` : String(v))));
  });
  return out;
}

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  json: any;
  bytes: Buffer;
}

/** A request with raw bytes (or none) and the caller's token; the answer as text, JSON and bytes. */
export async function send(caller: Caller, method: string, url: string, body?: Buffer | string, headers: Record<string, string> = {}): Promise<Sent> {
  const { baseUrl } = await testServer();
  const res = await fetch(baseUrl + url, { method, headers: { Authorization: `Bearer ${caller.jwt}`, ...(body != null ? { 'Content-Type': XLSX } : {}), ...headers }, body: body as any });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, headers: res.headers, text, json, bytes };
}

/** The JSON lines of an import's commit. */
export const lines = (text: string): any[] => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
