// The fields an audit entry records as changed. The server stores only what differed (and the
// relations a write set), so a create has only `after`, a delete only `before`.
export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Change[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .map((field) => ({ field, before: before?.[field], after: after?.[field] }))
    .filter((c) => !(before && after) || !same(c.before, c.after));
}
