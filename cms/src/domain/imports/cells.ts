// What a spreadsheet cell holds, as import validation needs it: text (trimmed), a calendar day, or
// the fact that it is a formula (refused: an import takes values, never calculations).
export interface CellValue {
  text: string;
  /** the cell held a formula (or a shared formula) */
  formula: boolean;
  /** the raw value was a number (long digit strings lose precision in Excel as numbers) */
  number: boolean;
  /** the raw value was a date */
  date: Date | null;
}

const EMPTY: CellValue = { text: '', formula: false, number: false, date: null };

/** exceljs cell values: string, number, boolean, Date, rich text, hyperlink, formula, error. */
export function readCell(value: unknown): CellValue {
  if (value == null) return EMPTY;
  if (typeof value === 'string') return { ...EMPTY, text: value.trim() };
  if (typeof value === 'number') return { ...EMPTY, text: Number.isFinite(value) ? String(value) : '', number: true };
  if (typeof value === 'boolean') return { ...EMPTY, text: value ? '是' : '否' };
  if (value instanceof Date) return { ...EMPTY, text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10), date: value };
  if (typeof value === 'object') {
    const v = value as Record<string, any>;
    if ('formula' in v || 'sharedFormula' in v) return { ...EMPTY, text: String(v.result ?? ''), formula: true };
    if (Array.isArray(v.richText)) return { ...EMPTY, text: v.richText.map((r: any) => r?.text ?? '').join('').trim() };
    if (typeof v.text === 'string') return { ...EMPTY, text: v.text.trim() };
    if ('error' in v) return { ...EMPTY, text: String(v.error) };
  }
  return { ...EMPTY, text: String(value).trim() };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar day from a date cell, an Excel day number, or text 2024-03-01 / 2024/3/1 / 2024.3.1 / 2024年3月1日. */
export function dayOf(cell: CellValue): string | null {
  if (cell.date) return Number.isNaN(cell.date.getTime()) ? null : cell.date.toISOString().slice(0, 10);
  if (cell.number && /^\d{4,6}(\.\d+)?$/.test(cell.text)) {
    const serial = Math.floor(Number(cell.text));
    if (serial < 1 || serial > 2958465) return null;
    return new Date(EXCEL_EPOCH_MS + serial * 86400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell.text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return day.toISOString().slice(0, 10);
}
