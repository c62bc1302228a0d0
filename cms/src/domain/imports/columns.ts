// The columns an import takes, per kind, headed with the panel's own labels (cms/src/labels), and the
// checks one row can pass or fail on its own: required, length, pattern, enumerations (by their
// Chinese label or code), calendar days, ID numbers. Checks that need the database (organisations in
// scope, duplicates) are made by the importer over the whole file.
import { enumLabels, fieldLabel } from '../../labels/labels';
import { idNumberProblem, isMasked } from '../members/id-number';
import { dayOf, type CellValue } from './cells';

export type ImportKind = 'members' | 'grid-staffs';
export const IMPORT_KINDS: ImportKind[] = ['members', 'grid-staffs'];

export type ColumnType = 'text' | 'enum' | 'date' | 'ref' | 'id_number';

export interface ImportColumn {
  field: string;
  header: string;
  type: ColumnType;
  required?: boolean;
  maxLength?: number;
  pattern?: RegExp;
  patternMessage?: string;
  /** enum codes → Chinese labels (a cell may hold either) */
  choices?: Record<string, string>;
  /** what a template's 填写说明 says about the column */
  hint: string;
  /** accepted (an export has it) but not written: derived or managed elsewhere */
  ignored?: boolean;
}

const col = (resource: string, field: string, spec: Omit<ImportColumn, 'field' | 'header'>): ImportColumn => ({ field, header: fieldLabel(resource, field), ...spec });

const MEMBER_COLUMNS: ImportColumn[] = [
  col('members', 'code', { type: 'text', required: true, maxLength: 20, pattern: /^[A-Za-z0-9-]+$/, patternMessage: '只能包含字母、数字和连字符', hint: '党员编号，导入时按编号识别同一名党员（已存在则更新）' }),
  col('members', 'name', { type: 'text', required: true, maxLength: 50, hint: '姓名' }),
  col('members', 'gender', { type: 'enum', required: true, choices: enumLabels('members', 'gender'), hint: '男 或 女' }),
  col('members', 'birthDate', { type: 'date', required: true, hint: '日期，如 1980-05-01' }),
  col('members', 'joinedDate', { type: 'date', required: true, hint: '日期，如 2005-07-01' }),
  col('members', 'status', { type: 'enum', required: true, choices: enumLabels('members', 'status'), hint: '正式党员 或 预备党员' }),
  col('members', 'partyOrganisation', { type: 'ref', required: true, hint: '党支部的编号或全称，须在您的管理范围内' }),
  col('members', 'partyGroup', { type: 'ref', hint: '党小组的编号或全称，须属于所在党支部' }),
  col('members', 'grid', { type: 'ref', hint: '网格的编号或名称' }),
  col('members', 'township', { type: 'ref', ignored: true, hint: '由所在党支部自动确定，可不填；填写时须与党支部一致' }),
  col('members', 'phone', { type: 'text', maxLength: 20, pattern: /^[0-9-]{5,20}$/, patternMessage: '应为 5–20 位数字或连字符', hint: '手机或座机号码' }),
  col('members', 'ethnicity', { type: 'text', maxLength: 20, pattern: /^\p{Script=Han}{1,10}族$/u, patternMessage: '应填写全称，如“汉族”“回族”', hint: '全称，如 汉族' }),
  col('members', 'education', { type: 'enum', choices: enumLabels('members', 'education'), hint: Object.values(enumLabels('members', 'education') ?? {}).join('、') }),
  col('members', 'idNumber', { type: 'id_number', hint: '18 位身份证号，请设为文本格式；导出的带 * 号码表示不修改' }),
  col('members', 'employer', { type: 'text', maxLength: 100, hint: '工作单位' }),
  col('members', 'jobTitle', { type: 'text', maxLength: 50, hint: '职务' }),
  col('members', 'introducers', { type: 'text', maxLength: 50, hint: '两名正式党员，用顿号分隔' }),
  col('members', 'fullMemberDate', { type: 'date', hint: '预备党员转正的日期，不早于入党日期' }),
  col('members', 'photo', { type: 'text', ignored: true, hint: '照片请在党员页面上传，导入时忽略' }),
];

const STAFF_COLUMNS: ImportColumn[] = [
  col('grid-staffs', 'grid', { type: 'ref', required: true, hint: '网格的编号或名称，须在您的管理范围内' }),
  col('grid-staffs', 'name', { type: 'text', required: true, maxLength: 50, hint: '姓名；同一网格同一岗位按姓名识别同一人' }),
  col('grid-staffs', 'role', { type: 'enum', required: true, choices: enumLabels('grid-staffs', 'role'), hint: Object.values(enumLabels('grid-staffs', 'role') ?? {}).join('、') }),
  col('grid-staffs', 'member', { type: 'ref', hint: '若本人是党员，填写党员编号' }),
  col('grid-staffs', 'phone', { type: 'text', maxLength: 20, pattern: /^[0-9-]{5,20}$/, patternMessage: '应为 5–20 位数字或连字符', hint: '联系电话' }),
];

export function importColumns(kind: ImportKind): ImportColumn[] {
  return kind === 'members' ? MEMBER_COLUMNS : STAFF_COLUMNS;
}

export interface RowProblem {
  /** the spreadsheet's row number (the header is row 1) */
  row: number;
  field?: string;
  column?: string;
  message: string;
}

/** Matches headers to columns; unknown or missing required headers are file-level problems. */
export function matchHeaders(kind: ImportKind, headers: string[]): { columns: Array<ImportColumn | null>; problems: string[] } {
  const byHeader = new Map(importColumns(kind).map((c) => [c.header, c]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const columns = headers.map((h) => {
    const name = h.trim();
    if (!name) return null;
    const c = byHeader.get(name);
    if (!c) problems.push(`无法识别的列“${name}”（列名应与导入模板一致）`);
    else if (seen.has(c.field)) problems.push(`列“${name}”重复`);
    else seen.add(c.field);
    return c ?? null;
  });
  const missing = importColumns(kind).filter((c) => c.required && !seen.has(c.field)).map((c) => c.header);
  if (missing.length) problems.push(`缺少必填列：${missing.join('、')}`);
  return { columns, problems };
}

/** Field → value to write (null clears it); a field left out is not written (a masked ID number). */
export type RowValues = Record<string, string | null>;

/** One row's own checks: the values to write (codes for enums, days for dates) and what is wrong. */
export function checkRow(columns: Array<ImportColumn | null>, cells: CellValue[], row: number): { values: RowValues; problems: RowProblem[] } {
  const values: RowValues = {};
  const problems: RowProblem[] = [];
  const fail = (c: ImportColumn, message: string) => problems.push({ row, field: c.field, column: c.header, message: `${c.header}：${message}` });
  columns.forEach((c, i) => {
    if (!c) return;
    const cell = cells[i] ?? { text: '', formula: false, number: false, date: null };
    if (cell.formula) return fail(c, '含有公式，请复制后“选择性粘贴为数值”再导入');
    if (c.ignored && c.type !== 'ref') return;
    const text = cell.text;
    if (!text) {
      if (c.required) fail(c, '不能为空');
      values[c.field] = null;
      return;
    }
    if (c.maxLength && text.length > c.maxLength) return fail(c, `最多 ${c.maxLength} 个字`);
    switch (c.type) {
      case 'enum': {
        const entry = Object.entries(c.choices ?? {}).find(([code, label]) => label === text || code === text);
        if (!entry) return fail(c, `“${text}”不是可选值（可选：${Object.values(c.choices ?? {}).join('、')}）`);
        values[c.field] = entry[0];
        return;
      }
      case 'date': {
        const day = dayOf(cell);
        if (!day) return fail(c, `“${text}”不是有效日期（如 2005-07-01）`);
        values[c.field] = day;
        return;
      }
      case 'id_number': {
        if (cell.number) return fail(c, '请把身份证号所在列设为“文本”格式后重新填写（数字格式会丢失末几位）');
        const v = text.toUpperCase();
        if (isMasked(v)) return; // an exported, masked number: the stored one is left as it is
        const problem = idNumberProblem(v);
        if (problem) return fail(c, problem);
        values[c.field] = v;
        return;
      }
      default:
        if (c.pattern && !c.pattern.test(text)) return fail(c, c.patternMessage ?? '格式不正确');
        values[c.field] = text;
    }
  });
  if (values.joinedDate && values.fullMemberDate && values.fullMemberDate < values.joinedDate) {
    problems.push({ row, field: 'fullMemberDate', column: '转正日期', message: '转正日期不能早于入党日期' });
  }
  return { values, problems };
}
