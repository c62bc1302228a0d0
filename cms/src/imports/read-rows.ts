// The rows of an .xlsx's first worksheet, read as a stream (exceljs's WorkbookReader), so memory
// stays bounded by what is kept, not by the file. Stops at `maxRows` data rows.
import fs from 'fs';
import ExcelJS from '../shared/exceljs';
import createError from 'http-errors';
import { readCell, type CellValue } from '../domain/imports/cells';

const unreadable = () => createError(400, '无法读取该 Excel 文件：文件已损坏或不是 .xlsx 工作簿', { details: { code: 'corrupt' } });

export async function* sheetRows(path: string, maxRows: number): AsyncGenerator<{ row: number; cells: CellValue[] } | { headers: string[] }> {
  const input = fs.createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  let dataRows = 0;
  let headers: string[] | null = null;
  try {
    for await (const sheet of reader as any) {
      for await (const row of sheet as any) {
        const values: unknown[] = (row.values ?? []).slice(1); // exceljs rows are 1-based
        const cells = values.map(readCell);
        if (!headers) {
          headers = cells.map((c) => c.text);
          yield { headers };
          continue;
        }
        if (cells.every((c) => !c.text && !c.formula)) continue;
        if (++dataRows > maxRows) throw createError(400, `每个文件最多 ${maxRows} 行，请分成几个文件导入`, { details: { code: 'too_many_rows', max: maxRows } });
        yield { row: row.number, cells };
      }
      break; // the first worksheet only
    }
  } catch (error: any) {
    if (error?.status) throw error;
    throw unreadable();
  } finally {
    input.destroy();
  }
  if (!headers) throw createError(400, '工作表是空的：第一行应为列名（与导入模板一致）', { details: { code: 'empty_sheet' } });
}
