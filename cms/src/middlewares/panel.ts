// Serves the react-admin panel (admin/dist) at /, with the SPA fallback: a browser asking for a
// page Strapi does not know gets index.html. Strapi's own admin stays at /admin.
import fs from 'fs';
import path from 'path';
import { configPath } from '../scoping/roles';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

export default () => {
  const dist = path.resolve(path.dirname(configPath('roles.json')), '..', 'admin', 'dist');
  const send = (ctx: any, file: string, immutable: boolean) => {
    ctx.type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    ctx.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = fs.createReadStream(file);
  };
  const fileFor = (urlPath: string): string | null => {
    const file = path.join(dist, path.normalize(decodeURIComponent(urlPath)));
    if (!file.startsWith(dist + path.sep)) return null;
    return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
  };

  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const index = path.join(dist, 'index.html');
    if (ctx.path === '/' && fs.existsSync(index)) return send(ctx, index, false);
    if (ctx.path.startsWith('/assets/')) {
      const file = fileFor(ctx.path);
      if (file) return send(ctx, file, true);
    }
    await next();
    if (ctx.status === 404 && ctx.accepts('html') === 'html' && !/^\/(api|ra|admin|uploads)(\/|$)/.test(ctx.path) && fs.existsSync(index)) {
      const file = fileFor(ctx.path);
      send(ctx, file ?? index, false);
      ctx.status = 200;
    }
  };
};
