// GraphQL loads a relation field with its own database query, below the document service: each
// related record it returns is checked against the caller's scope here (out of scope: null, or left
// out of the list), polymorphic links are not followed for scoped callers, and files get signed links.
import type { Core } from '@strapi/strapi';
import { principalOf } from '../scoping/principal';
import { readableIds } from '../document-middlewares/scoping';
import { linkKey } from '../files/link-key';
import { withSignedUrls } from '../files/links';

const FILE = 'plugin::upload.file';
type Resolver = (parent: any, args: any, context: any, info: any) => Promise<any>;

export function scopeAssociation(strapi: Core.Strapi, opts: { contentTypeUID: string; attributeName: string }, resolve: Resolver): Resolver {
  const attr = (strapi.getModel(opts.contentTypeUID as any) as any)?.attributes?.[opts.attributeName] ?? {};
  const isMedia = attr.type === 'media';
  const isMorph = String(attr.relation ?? '').startsWith('morph');
  const target = isMedia ? FILE : attr.target;
  return async (parent, args, context, info) => {
    const res = await resolve(parent, args, context, info);
    if (!res) return res;
    const p = await principalOf(strapi);
    const scoped = p.kind === 'user' && p.role !== 'county';
    if (scoped && isMorph) return 'nodes' in res ? { ...res, nodes: [] } : 'value' in res ? { ...res, value: null } : null;
    if (isMedia) {
      const key = linkKey(strapi);
      if (Array.isArray(res.nodes)) res.nodes = res.nodes.map((f: any) => withSignedUrls(key, f));
      else if (res.value) res.value = withSignedUrls(key, res.value);
      return res;
    }
    if (!scoped || !target) return res;
    const rows: any[] = Array.isArray(res.nodes) ? res.nodes : res.value ? [res.value] : [];
    const ok = await readableIds(strapi, p, target, rows.map((r) => Number(r.id)).filter(Boolean));
    if (Array.isArray(res.nodes)) res.nodes = res.nodes.filter((r: any) => ok.has(Number(r.id)));
    else if (res.value && !ok.has(Number(res.value.id))) res.value = null;
    return res;
  };
}
