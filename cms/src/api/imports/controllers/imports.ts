// HTTP layer of imports. The file is the request body (the panel sends its bytes) or a multipart
// field `file`. /check answers 200 with what the import would do, or 400 with the problems per row;
// /commit checks the same way, then streams its progress as JSON lines while it writes:
//   {"phase":"write","done":40,"total":120} … {"result":{"rows":120,"created":100,"updated":20,"unchanged":0}}
// or, if the transaction fails, {"error":{"message":"…"}} with nothing written.
import { PassThrough } from 'stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { errorResponse, respond } from '../../../bridge/errors';
import { principalOf } from '../../../scoping/principal';
import { can } from '../../../scoping/roles';
import { IMPORT_KINDS, type ImportKind } from '../../../domain/imports/columns';
import { resourceLabel } from '../../../labels/labels';
import { receiveUpload } from '../../../imports/upload';
import { checkXlsxFile } from '../../../imports/xlsx-file';
import { planImport, summary } from '../../../imports/plan';
import { commitImport } from '../../../imports/commit';
import { templateWorkbook } from '../../../imports/template';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const kindOf = async (ctx: any, writing: boolean): Promise<ImportKind> => {
    const kind = ctx.params.kind as ImportKind;
    if (!IMPORT_KINDS.includes(kind)) throw new errors.NotFoundError(`不能导入“${kind}”：可导入党员（members）和网格工作人员（grid-staffs）`);
    const p = await principalOf(strapi);
    const role = p.kind === 'user' ? p.role : 'county';
    if (!role || (writing && !(can(role, kind, 'create') && can(role, kind, 'update')))) {
      throw new errors.PolicyError(`无权导入${resourceLabel(kind)}`);
    }
    return kind;
  };

  /** Receives, checks and plans the file; a file with problems is a 400 listing them. */
  const plan = async (ctx: any, kind: ImportKind) => {
    const upload = await receiveUpload(ctx);
    try {
      checkXlsxFile(upload.path);
      const planned = await planImport(strapi, kind, upload.path);
      const s = summary(planned);
      if (s.problemCount) {
        throw new errors.ValidationError(`共 ${s.problemRows} 行有问题（${s.problemCount} 处），未写入任何数据${s.problemCount > s.problems.length ? `；下面列出前 ${s.problems.length} 处` : ''}`, { code: 'import_rejected', ...s });
      }
      return { planned, summary: s, fileName: upload.name };
    } finally {
      upload.remove();
    }
  };

  return {
    template: respond(strapi, async (ctx) => {
      const kind = await kindOf(ctx, false);
      ctx.set('Content-Type', XLSX);
      ctx.set('Content-Disposition', `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(`${resourceLabel(kind)}导入模板.xlsx`)}`);
      ctx.body = await templateWorkbook(kind);
    }),

    check: respond(strapi, async (ctx) => {
      const kind = await kindOf(ctx, true);
      ctx.body = (await plan(ctx, kind)).summary;
    }),

    commit: respond(strapi, async (ctx) => {
      const kind = await kindOf(ctx, true);
      const p = await principalOf(strapi);
      const { planned, fileName } = await plan(ctx, kind);
      const out = new PassThrough();
      const line = (o: unknown) => out.write(`${JSON.stringify(o)}\n`);
      ctx.status = 200;
      ctx.set('Content-Type', 'application/x-ndjson; charset=utf-8');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = out;
      line({ phase: 'write', done: 0, total: planned.planned.filter((r) => r.action !== 'unchanged').length });
      let last = 0;
      // Runs while the response streams, still in the request's context (caller, scope, audit).
      void commitImport(strapi, p, planned, fileName, (done, total) => {
        if (done === total || done - last >= Math.max(1, Math.floor(total / 50))) {
          last = done;
          line({ phase: 'write', done, total });
        }
      }).then(
        (result) => { line({ result }); out.end(); },
        (error) => { line({ error: errorResponse(strapi, error).body }); out.end(); },
      );
    }),
  };
};
