// Thin HTTP layer of the bridge; scoping, validation and audit happen below, in the document service.
import type { Core } from '@strapi/strapi';
import { modelOf, models, pluralOf } from '../../../bridge/resources';
import { parseList } from '../../../bridge/query';
import { toData, toOnePopulate, toRecord } from '../../../bridge/records';
import { describe } from '../../../bridge/schema';
import { respond } from '../../../bridge/errors';
import { BridgeError } from '../../../bridge/http-error';
import { principalOf } from '../../../scoping/principal';
import { roleTable } from '../../../scoping/roles';
import { identity } from '../../../bridge/identity';
import { listFilters } from '../../../checks/check-filter';
import { planExport, streamExport } from '../../../export/stream-export';

type Ctx = any;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const handle = (fn: (ctx: Ctx) => Promise<void>) => respond(strapi, fn);
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  const findRecord = async (resource: string, id: string) => {
    const model = modelOf(strapi, resource);
    const row = await docs(model.uid).findOne({ documentId: id, populate: toOnePopulate(model) });
    if (!row) throw new BridgeError(404, '记录不存在或不在您的管理范围内', { resource, id });
    return { model, record: toRecord(model, row) };
  };

  return {
    schema: handle(async (ctx) => {
      const p = await principalOf(strapi);
      const role = p.kind === 'user' ? p.role : 'county';
      if (!role) throw new BridgeError(403, '无权访问');
      ctx.body = describe(models(strapi), (uid) => pluralOf(strapi, uid), role);
    }),

    me: handle(async (ctx) => {
      ctx.body = await identity(strapi, await principalOf(strapi), roleTable());
    }),

    list: handle(async (ctx) => {
      const { resource } = ctx.params;
      const model = modelOf(strapi, resource);
      const { sort, start, limit } = parseList({ ...ctx.query, filter: undefined }, model, ctx.get('range') || undefined);
      const filters = await listFilters(strapi, model, ctx.query.filter);
      const [rows, total] = await Promise.all([
        docs(model.uid).findMany({ filters, sort, start, limit, populate: toOnePopulate(model) }),
        docs(model.uid).count({ filters }),
      ]);
      const end = rows.length ? start + rows.length - 1 : start;
      ctx.set('Content-Range', rows.length ? `${resource} ${start}-${end}/${total}` : `${resource} */${total}`);
      ctx.body = rows.map((r: any) => toRecord(model, r));
    }),

    /** The whole list as .xlsx or .csv, with the list's filter and sort (export/stream-export.ts). */
    export: handle(async (ctx) => {
      await streamExport(strapi, ctx, await planExport(strapi, ctx.params.resource, ctx.query));
    }),

    one: handle(async (ctx) => {
      ctx.body = (await findRecord(ctx.params.resource, ctx.params.id)).record;
    }),

    create: handle(async (ctx) => {
      const model = modelOf(strapi, ctx.params.resource);
      const created = await docs(model.uid).create({ data: toData(model, ctx.request.body), populate: toOnePopulate(model) });
      ctx.status = 201;
      ctx.body = toRecord(model, created);
    }),

    update: handle(async (ctx) => {
      const model = modelOf(strapi, ctx.params.resource);
      const body = ctx.request.body ?? {};
      // The version the panel loaded; the write guard answers 409 when it is stale.
      if (body.updatedAt) ctx.state.expectedVersion = body.updatedAt;
      const updated = await docs(model.uid).update({ documentId: ctx.params.id, data: toData(model, body), populate: toOnePopulate(model) });
      if (!updated) throw new BridgeError(404, '记录不存在或不在您的管理范围内', { id: ctx.params.id });
      ctx.body = toRecord(model, updated);
    }),

    remove: handle(async (ctx) => {
      const model = modelOf(strapi, ctx.params.resource);
      // Read first (react-admin wants the deleted record back), but let the delete itself decide:
      // out of scope it answers 403, where a read would only have said 404.
      const row = await docs(model.uid).findOne({ documentId: ctx.params.id, populate: toOnePopulate(model) });
      const deleted = await docs(model.uid).delete({ documentId: ctx.params.id });
      if (!row || !deleted?.entries?.length) throw new BridgeError(404, '记录不存在或不在您的管理范围内', { id: ctx.params.id });
      ctx.body = toRecord(model, row);
    }),
  };
};
