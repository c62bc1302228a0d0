// Records an import refers to (党支部, 党小组, 网格 by code or name; 党员 by code), read through the
// document service so only what the caller may see is found: anything else reads as absent, and the
// row says it does not exist or is not in the caller's scope. Reads go in chunks of 500 values.
import type { Core } from '@strapi/strapi';

type Row = Record<string, any>;
const CHUNK = 500;

export const docs = (strapi: Core.Strapi, uid: string) => strapi.documents(uid as any) as any;

export async function findIn(strapi: Core.Strapi, uid: string, field: string, values: string[], extra: Row = {}): Promise<Row[]> {
  const out: Row[] = [];
  const unique = [...new Set(values.filter(Boolean))];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    out.push(...(await docs(strapi, uid).findMany({ filters: { [field]: { $in: chunk } }, ...extra })));
  }
  return out;
}

/** Records found by code or, failing that, by a name that only one of them has. */
export class ByCodeOrName {
  private byCode = new Map<string, Row>();
  private byName = new Map<string, Row[]>();

  constructor(rows: Row[]) {
    for (const r of rows) {
      if (r.code) this.byCode.set(String(r.code), r);
      this.byName.set(r.name, [...(this.byName.get(r.name) ?? []).filter((x) => x.id !== r.id), r]);
    }
  }

  /** the record, 'ambiguous' when several share the name, or null */
  find(text: string): Row | 'ambiguous' | null {
    const hit = this.byCode.get(text);
    if (hit) return hit;
    const named = this.byName.get(text) ?? [];
    return named.length === 1 ? named[0] : named.length > 1 ? 'ambiguous' : null;
  }
}

export async function lookupByCodeOrName(strapi: Core.Strapi, uid: string, texts: string[], extra: Row = {}): Promise<ByCodeOrName> {
  const rows = [...(await findIn(strapi, uid, 'code', texts, extra)), ...(await findIn(strapi, uid, 'name', texts, extra))];
  return new ByCodeOrName(rows);
}
