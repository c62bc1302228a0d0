// Serves an uploaded file from the local provider's folder. `download` needs a login that may see the
// file (its uploader, the county, or someone who may read a record holding it); `content` needs a
// valid signed link. Anything not an image or PDF is sent as an attachment, never rendered here.
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { respond } from '../../../bridge/errors';
import { BridgeError } from '../../../bridge/http-error';
import { principalOf } from '../../../scoping/principal';
import { readableFiles } from '../../../files/access';
import { linkKey } from '../../../files/link-key';
import { checkSignature } from '../../../files/links';

const INLINE = /^(image\/(png|jpeg|gif|webp)|application\/pdf)$/;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notFound = () => new BridgeError(404, '文件不存在或您无权查看');

  const fileOf = async (rawId: unknown) => {
    const id = Number(rawId);
    if (!Number.isInteger(id) || id <= 0) throw notFound();
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (!file) throw notFound();
    return file;
  };

  const send = (ctx: any, file: any, format: string) => {
    const variant = format ? file.formats?.[format] : file;
    if (!variant?.url || file.provider !== 'local') throw notFound();
    const root = path.join(strapi.dirs.static.public, 'uploads');
    const onDisk = path.resolve(strapi.dirs.static.public, `.${variant.url}`);
    if (!onDisk.startsWith(root + path.sep) || !fs.existsSync(onDisk)) throw notFound();
    const mime = variant.mime ?? file.mime ?? 'application/octet-stream';
    const name = encodeURIComponent(variant.name ?? file.name ?? 'file');
    ctx.type = mime;
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Content-Disposition', `${INLINE.test(mime) ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`);
    ctx.set('Cache-Control', 'private, max-age=300');
    ctx.body = fs.createReadStream(onDisk);
  };

  return {
    download: respond(strapi, async (ctx) => {
      const file = await fileOf(ctx.params.id);
      const p = await principalOf(strapi);
      if (p.kind === 'user' && !p.role) throw new BridgeError(403, '无权访问');
      if (!(await readableFiles(strapi, p, [file.id])).has(file.id)) throw notFound();
      send(ctx, file, typeof ctx.query.format === 'string' ? ctx.query.format : '');
    }),

    content: respond(strapi, async (ctx) => {
      const id = Number(ctx.params.id);
      const format = typeof ctx.query.format === 'string' ? ctx.query.format : '';
      const check = checkSignature(linkKey(strapi), id, format, ctx.query.expires, ctx.query.signature);
      if (check === 'expired') throw new BridgeError(403, '文件链接已过期，请刷新页面后再打开');
      if (check !== 'ok') throw new BridgeError(403, '文件链接无效');
      send(ctx, await fileOf(id), format);
    }),
  };
};
