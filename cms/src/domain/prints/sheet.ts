// What a printed 台账 holds, as plain strings so that what was printed can be hashed and compared
// with what the records say now: a title, the unit, and tables. The digest leaves out when and by
// whom it was printed (a reprint of unchanged records matches).
import { canonicalJson, sha256Hex } from '../chain/canonical-json';

export interface PrintTable {
  heading: string;
  columns: string[];
  rows: string[][];
  /** a closing line (totals) */
  note?: string;
}

export interface PrintSheet {
  kind: 'roster' | 'ledger' | 'township';
  title: string;
  /** 单位: who the ledger is about */
  unit: string;
  tables: PrintTable[];
}

export function sheetDigest(subjectId: string, params: Record<string, string>, sheet: PrintSheet): string {
  return sha256Hex(canonicalJson({ subjectId, params, sheet }));
}

/** Integer tenths of a point as text, exactly: 25 → "2.5", -10 → "-1". */
export function tenthsText(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}${abs % 10 ? `.${abs % 10}` : ''}`;
}
