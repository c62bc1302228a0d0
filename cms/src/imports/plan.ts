// What an import would do, row by row, without writing anything: each row's own checks, then the
// checks over the whole file against the database (references in scope, duplicates in the file and
// against stored records), and for rows that pass, whether they create, update or leave a record.
import type { Core } from '@strapi/strapi';
import { checkRow, matchHeaders, type ImportKind, type RowProblem, type RowValues } from '../domain/imports/columns';
import { sheetRows } from './read-rows';
import { planMembers } from './plan-members';
import { planStaff } from './plan-staff';
import createError from 'http-errors';

export const MAX_IMPORT_ROWS = 10_000;
/** How many problems an answer lists (all are counted) */
export const MAX_LISTED_PROBLEMS = 200;

export interface ParsedRow {
  row: number;
  values: RowValues;
}

export interface PlannedRow {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  /** what the record is called (name, or name and role) */
  label: string;
  documentId?: string;
  /** document-service data: the whole record for a create, the changed fields for an update */
  data: Record<string, unknown>;
  changed: string[];
}

export interface ImportPlan {
  kind: ImportKind;
  rows: number;
  planned: PlannedRow[];
  problems: RowProblem[];
}

/** Collects problems, keeping rows in order; the answer lists the first MAX_LISTED_PROBLEMS. */
export class Problems {
  list: RowProblem[] = [];
  rows = new Set<number>();
  add(p: RowProblem) {
    this.list.push(p);
    this.rows.add(p.row);
  }
}

export async function planImport(strapi: Core.Strapi, kind: ImportKind, file: string): Promise<ImportPlan> {
  const problems = new Problems();
  const parsed: ParsedRow[] = [];
  let columns: ReturnType<typeof matchHeaders>['columns'] | null = null;
  for await (const item of sheetRows(file, MAX_IMPORT_ROWS)) {
    if ('headers' in item) {
      const matched = matchHeaders(kind, item.headers);
      if (matched.problems.length) throw createError(400, `表头与导入模板不一致：${matched.problems.join('；')}`, { details: { code: 'bad_headers', problems: matched.problems } });
      columns = matched.columns;
      continue;
    }
    const { values, problems: own } = checkRow(columns!, item.cells, item.row);
    own.forEach((p) => problems.add(p));
    parsed.push({ row: item.row, values });
  }
  if (!parsed.length) throw createError(400, '文件中没有数据行：请在列名下面逐行填写', { details: { code: 'no_rows' } });
  const planned = kind === 'members' ? await planMembers(strapi, parsed, problems) : await planStaff(strapi, parsed, problems);
  problems.list.sort((a, b) => a.row - b.row);
  return { kind, rows: parsed.length, planned: planned.filter((p) => !problems.rows.has(p.row)), problems: problems.list };
}

/** The answer's summary: counts and the first problems. */
export function summary(plan: ImportPlan) {
  const count = (a: PlannedRow['action']) => plan.planned.filter((p) => p.action === a).length;
  return {
    kind: plan.kind,
    rows: plan.rows,
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    problemRows: new Set(plan.problems.map((p) => p.row)).size,
    problemCount: plan.problems.length,
    problems: plan.problems.slice(0, MAX_LISTED_PROBLEMS),
    preview: plan.planned.filter((p) => p.action !== 'unchanged').slice(0, 50).map((p) => ({ row: p.row, action: p.action, label: p.label, changed: p.changed })),
  };
}
