// Uploads are evidence (积分凭证, sign-in sheets): nobody reads them by guessing a path. Strapi's own
// static routes would serve public/uploads (also as /./uploads/… through the public folder), so every
// path that resolves into it is answered 404 here; files are served by /api/files (see api/files).
import path from 'path';

function resolved(raw: string): string {
  let p = raw;
  try {
    p = decodeURIComponent(raw);
  } catch {
    /* keep the raw path */
  }
  return path.posix.normalize(`/${p.replace(/\\/g, '/')}`).replace(/\/+/g, '/').toLowerCase();
}

export default () => async (ctx: any, next: () => Promise<void>) => {
  const p = resolved(ctx.path);
  if (p === '/uploads' || p.startsWith('/uploads/')) {
    ctx.status = 404;
    ctx.body = { error: { status: 404, name: 'NotFoundError', message: '文件请通过记录中的链接查看' } };
    return;
  }
  return next();
};
