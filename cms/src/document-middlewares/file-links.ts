// Files travel as signed, short-lived links: every file a read returns (at any populated depth) gets
// its urls replaced, so the panel can show and download evidence that `/uploads` no longer serves
// to anyone. Only callers that came through a request get links; seeds and scripts see raw rows.
import type { Core } from '@strapi/strapi';
import { principalOf } from '../scoping/principal';
import { linkKey } from '../files/link-key';
import { withSignedUrls, type LinkKey } from '../files/links';

const RETURNS_RECORDS = new Set(['findMany', 'findFirst', 'findOne', 'create', 'update', 'clone']);

function signAll(strapi: Core.Strapi, key: LinkKey, value: any, uid: string, depth: number): any {
  if (value == null || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => signAll(strapi, key, v, uid, depth));
  if (typeof value !== 'object') return value;
  const attributes = (strapi.getModel(uid as any) as any)?.attributes ?? {};
  for (const [name, attr] of Object.entries<any>(attributes)) {
    const v = value[name];
    if (v == null || typeof v !== 'object') continue;
    if (attr.type === 'media') value[name] = Array.isArray(v) ? v.map((f) => withSignedUrls(key, f)) : withSignedUrls(key, v);
    else if (attr.type === 'relation' && attr.target && !String(attr.relation).startsWith('morph')) signAll(strapi, key, v, attr.target, depth + 1);
    else if (attr.type === 'component') signAll(strapi, key, v, attr.component, depth + 1);
    else if (attr.type === 'dynamiczone' && Array.isArray(v)) v.forEach((item) => item?.__component && signAll(strapi, key, item, item.__component, depth + 1));
  }
  return value;
}

export function fileLinks(strapi: Core.Strapi) {
  return async (ctx: { uid: string; action: string }, next: () => Promise<any>) => {
    const result = await next();
    if (!RETURNS_RECORDS.has(ctx.action) || !result) return result;
    const p = await principalOf(strapi);
    if (p.kind === 'system') return result;
    const key = linkKey(strapi);
    if (ctx.action === 'clone' && Array.isArray(result.entries)) signAll(strapi, key, result.entries, ctx.uid, 0);
    else signAll(strapi, key, result, ctx.uid, 0);
    return result;
  };
}
