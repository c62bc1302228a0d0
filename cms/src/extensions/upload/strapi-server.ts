// The upload endpoint as the platform needs it: every upload records its uploader and is audited; a
// file may be replaced or renamed (`POST /api/upload?id=…`) only by its uploader or the county, and
// that is audited too; answers carry signed links, since /uploads is not served.
import { errors } from '@strapi/utils';
import { principalOf } from '../../scoping/principal';
import { withKnex } from '../../db/knex';
import { writeAudit } from '../../audit/write-audit';
import { actorName } from '../../points/ledger';
import { ownedBy, recordOwner } from '../../files/owners';
import { linkKey } from '../../files/link-key';
import { withSignedUrls } from '../../files/links';

const FILE = 'plugin::upload.file';
const AUDITED = ['name', 'alternativeText', 'caption', 'hash', 'mime', 'size'];

const pick = (f: any) => (f ? Object.fromEntries(AUDITED.filter((k) => k in f).map((k) => [k, f[k]])) : null);

export default (plugin: any) => {
  const factory = plugin.controllers['content-api'];
  plugin.controllers['content-api'] = (deps: { strapi: any }) => {
    const { strapi } = deps;
    const controller = typeof factory === 'function' ? factory(deps) : factory;
    const upload = controller.upload;

    controller.upload = async function (ctx: any) {
      const p = await principalOf(strapi);
      const replacing = ctx.query?.id != null ? Number(ctx.query.id) : null;
      let before: any = null;
      if (replacing != null) {
        before = Number.isInteger(replacing) ? await strapi.db.query(FILE).findOne({ where: { id: replacing } }) : null;
        if (!before) throw new errors.NotFoundError('文件不存在');
        const mayChange = p.kind !== 'user' || p.role === 'county'
          || (await withKnex(strapi, (knex) => ownedBy(knex, [before.id], p.userId))).has(before.id);
        if (!mayChange) throw new errors.PolicyError('只有上传者或县委组织部可以替换或修改此文件');
      }
      await upload.call(this, ctx);
      const files: any[] = Array.isArray(ctx.body) ? ctx.body : ctx.body ? [ctx.body] : [];
      const actor = actorName(p);
      const township = p.kind === 'user' ? p.townshipIds[0] ?? null : null;
      await strapi.db.transaction(async () => {
        for (const f of files) {
          if (typeof f?.id !== 'number') continue;
          if (replacing == null) await withKnex(strapi, (knex) => recordOwner(knex, f.id, actor));
          await writeAudit(strapi, p, {
            action: replacing == null ? 'create' : 'update', operation: replacing == null ? 'upload' : 'replace_file', uid: FILE, recordId: String(f.id), recordName: f.name ?? null,
            before: pick(before), after: pick(f), township,
          });
        }
      });
      const key = linkKey(strapi);
      ctx.body = Array.isArray(ctx.body) ? ctx.body.map((f: any) => withSignedUrls(key, f)) : withSignedUrls(key, ctx.body);
    };
    return controller;
  };
  return plugin;
};
