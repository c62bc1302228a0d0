import { useApiQuery } from '../apiQuery';
import type { Check, Id, OrganisationLevel } from '../types';

/** One organisation in GET /api/organisation-tree, with totals that include everything below it. */
export interface TreeNode {
  id: Id;
  name: string;
  code: string | null;
  level: OrganisationLevel;
  category: string | null;
  members: { full: number; probationary: number };
  below: { general_branch: number; branch: number; party_group: number };
  children: number;
  check: Check | null;
}

/** The tops of the caller's tree (no parent), or one organisation's children, fetched when asked for. */
export function useOrganisationTree(parent: Id | undefined, enabled = true) {
  return useApiQuery<{ data: TreeNode[] }>('/organisation-tree', { parent }, { enabled });
}
