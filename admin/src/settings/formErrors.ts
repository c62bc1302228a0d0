// Problems at paths inside a JSON field → the nested error object react-admin's form-level
// `validate` returns, so each message shows at its row and input.
import type { Problem } from './checks';

type Tree = Record<string | number, unknown>;

export function problemsToErrors(field: string, problems: Problem[]): Record<string, unknown> {
  if (!problems.length) return {};
  const rows = problems.filter((p) => p.path.length > 0);
  // A problem with the whole list (e.g. 须配备网格长) shows under the field when no row has one.
  if (!rows.length) return { [field]: problems[0].message };
  const root: Tree = {};
  for (const p of rows) {
    let node: Tree = root;
    const path = [field, ...p.path];
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      const nextIsIndex = typeof path[i + 1] === 'number';
      if (node[key] == null || typeof node[key] !== 'object') node[key] = nextIsIndex ? [] : {};
      node = node[key] as Tree;
    }
    const last = path[path.length - 1];
    if (node[last] == null) node[last] = p.message;
  }
  // react-admin walks arrays item by item: fill the holes with empty objects.
  const fill = (v: unknown): unknown => {
    if (Array.isArray(v)) return Array.from({ length: v.length }, (_, i) => (v[i] === undefined ? {} : fill(v[i])));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  return fill(root) as Record<string, unknown>;
}

/** Merges the error objects of several checks (distinct top-level fields). */
export const mergeErrors = (...parts: Array<Record<string, unknown>>) => Object.assign({}, ...parts);
