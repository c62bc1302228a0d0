// Writes a planned import: every row through the document service (scope, relation checks, derived
// townships, audit per record — each entry marked 导入) inside one transaction, so either all rows are
// written or none; then one summary audit entry with the row counts. Rows already as the file says
// are left alone, so importing the same file twice writes nothing the second time.
import type { Core } from '@strapi/strapi';
import { asOperation } from '../audit/operation';
import { writeAudit } from '../audit/write-audit';
import type { Principal } from '../scoping/principal';
import { resourceLabel } from '../labels/labels';
import type { ImportPlan } from './plan';

const UIDS = { members: 'api::member.member', 'grid-staffs': 'api::grid-staff.grid-staff' } as const;

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

export async function commitImport(strapi: Core.Strapi, p: Principal, plan: ImportPlan, fileName: string, progress: (done: number, total: number) => void): Promise<ImportResult> {
  const uid = UIDS[plan.kind];
  const docs = strapi.documents(uid as any) as any;
  const writes = plan.planned.filter((r) => r.action !== 'unchanged');
  const result: ImportResult = { rows: plan.rows, created: 0, updated: 0, unchanged: plan.planned.length - writes.length };
  if (!writes.length) return result;
  await strapi.db.transaction(() => asOperation('import', async () => {
    let done = 0;
    for (const r of writes) {
      if (r.action === 'create') {
        await docs.create({ data: r.data });
        result.created++;
      } else {
        await docs.update({ documentId: r.documentId, data: r.data });
        result.updated++;
      }
      progress(++done, writes.length);
    }
    const what = resourceLabel(plan.kind);
    await writeAudit(strapi, p, {
      action: 'create', uid, recordId: null,
      recordName: `导入${what}：${fileName}（${plan.rows} 行，新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}）`,
      before: null,
      after: { file: fileName, rows: plan.rows, created: result.created, updated: result.updated, unchanged: result.unchanged },
      township: p.kind === 'user' ? p.townshipIds[0] ?? null : null,
    });
  }));
  return result;
}
