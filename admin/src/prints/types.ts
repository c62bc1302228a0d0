// POST /api/prints/<kind>/<id> and GET /api/prints/verify/<code> (cms/src/prints).
export type PrintKind = 'roster' | 'ledger' | 'township';

export interface PrintTable {
  heading: string;
  columns: string[];
  rows: string[][];
  note?: string;
}

export interface PrintedSheet {
  kind: PrintKind;
  title: string;
  unit: string;
  tables: PrintTable[];
  code: string;
  printedAt: string;
  printedBy: string;
}

export interface Verification {
  code: string;
  kind: PrintKind;
  title: string;
  unit: string;
  printedAt: string;
  printedBy: string;
  printedRows: number;
  currentRows: number;
  matches: boolean;
  message: string;
}

export const shanghaiTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
