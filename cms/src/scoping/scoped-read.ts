// A scoped read hands its scope to the database query itself: the document service deep-copies
// filters (which would break a subquery), so the scope travels beside the read, for the read's own
// uid, and a database lifecycle hook adds it to that query's where (findMany, findOne, count).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

const reads = new AsyncLocalStorage<{ uid: string; where: Record<string, unknown> }>();
const HOOKED = new Set(['beforeFindMany', 'beforeFindOne', 'beforeCount']);

export function runScoped<T>(uid: string, where: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  return reads.run({ uid, where }, fn);
}

export function narrowScopedReads(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe((event: any) => {
    if (!HOOKED.has(event.action)) return;
    const read = reads.getStore();
    if (!read || read.uid !== event.model.uid) return;
    const w = event.params.where;
    event.params.where = w && Object.keys(w).length ? { $and: [w, read.where] } : read.where;
  });
}
