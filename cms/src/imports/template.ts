// The import template: the first sheet has exactly the columns an import reads (the panel's labels),
// with one example row; the second, 填写说明, says for each column whether it is required and what it takes.
import ExcelJS from '../shared/exceljs';
import { importColumns, type ImportKind } from '../domain/imports/columns';
import { resourceLabel } from '../labels/labels';

const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  members: {
    code: 'SY900001', name: '张三', gender: '男', birthDate: '1985-06-01', joinedDate: '2010-07-01', status: '正式党员',
    partyOrganisation: '（党支部编号或全称）', phone: '10012345678', ethnicity: '汉族', education: '大学本科', fullMemberDate: '2011-07-01',
  },
  'grid-staffs': { grid: '（网格编号或名称）', name: '李四', role: '专职网格员', phone: '10087654321' },
};

export async function templateWorkbook(kind: ImportKind): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const columns = importColumns(kind).filter((c) => !c.ignored);
  const sheet = book.addWorksheet(resourceLabel(kind), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(12, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  // ID numbers and codes as text, so Excel keeps every digit.
  for (const c of columns) if (c.type === 'id_number' || c.field === 'code' || c.field === 'phone') sheet.getColumn(c.field).numFmt = '@';
  sheet.addRow(columns.map((c) => EXAMPLES[kind][c.field] ?? ''));
  const help = book.addWorksheet('填写说明');
  help.columns = [{ header: '列名', width: 18 }, { header: '是否必填', width: 10 }, { header: '说明', width: 70 }];
  help.getRow(1).font = { bold: true };
  for (const c of columns) help.addRow([c.header, c.required ? '必填' : '选填', c.hint]);
  help.addRow([]);
  help.addRow(['', '', '第一行是列名，请勿修改；从第二行起每行一条，示例行请替换或删除。单元格中不能有公式。']);
  help.addRow(['', '', '先“检查”：逐行核对并列出问题，不写入任何数据；没有问题后再“导入”：全部写入或全部不写入。']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
