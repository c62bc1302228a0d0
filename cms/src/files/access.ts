// Which files a caller may see: the county sees all; others see the files they uploaded and the
// files held by a record they may read (evidence of an entry in their scope, say).
import type { Core } from '@strapi/strapi';
import type { Principal } from '../scoping/principal';
import { readScope } from '../scoping/scope-filters';
import { fileHolders } from '../db/relation-links';
import { withKnex } from '../db/knex';
import { ownedBy } from './owners';

export async function readableFiles(strapi: Core.Strapi, p: Principal, fileIds: number[]): Promise<Set<number>> {
  const ids = [...new Set(fileIds)];
  if (!ids.length) return new Set();
  const existing = await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id'] });
  const known = existing.map((f: any) => Number(f.id));
  if (p.kind !== 'user' || p.role === 'county') return new Set(known);
  return withKnex(strapi, async (knex) => {
    const out = await ownedBy(knex, known, p.userId);
    const holders = (await fileHolders(knex, known)).filter((h) => !out.has(h.fileId) && h.uid.startsWith('api::'));
    const byType = new Map<string, typeof holders>();
    for (const h of holders) byType.set(h.uid, [...(byType.get(h.uid) ?? []), h]);
    for (const [uid, list] of byType) {
      const model = strapi.getModel(uid as any) as any;
      if (!model) continue;
      const scope = readScope(p, uid, model);
      const where = { id: { $in: list.map((h) => h.id) } };
      const visible = await strapi.db.query(uid as any).findMany({ where: scope ? { $and: [where, scope] } : where, select: ['id'] });
      const ok = new Set(visible.map((r: any) => Number(r.id)));
      for (const h of list) if (ok.has(h.id)) out.add(h.fileId);
    }
    return out;
  });
}
