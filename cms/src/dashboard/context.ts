// What a dashboard is computed for: the caller (role and scope), the year, and a memo so sections
// and to-do providers that need the same numbers (grid checks, pending entries) compute them once
// per request.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Principal } from '../scoping/principal';
import type { RoleType } from '../scoping/roles';

/** How a dashboard breaks its numbers down: the county by township, a township by branch, a branch by party group. */
export type Dimension = 'township' | 'branch' | 'party_group';

export const DIMENSION: Record<Exclude<RoleType, 'member' | 'department'>, Dimension> = { county: 'township', township: 'branch', branch: 'party_group' };

export interface DashboardContext {
  strapi: Core.Strapi;
  knex: Knex;
  p: Principal;
  role: Exclude<RoleType, 'member' | 'department'>;
  dimension: Dimension;
  year: number;
  /** computes `key` once per request */
  once<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export function dashboardContext(strapi: Core.Strapi, knex: Knex, p: Principal, role: Exclude<RoleType, 'member' | 'department'>, year: number): DashboardContext {
  const memo = new Map<string, Promise<unknown>>();
  return {
    strapi, knex, p, role, year, dimension: DIMENSION[role],
    once<T>(key: string, compute: () => Promise<T>) {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as Promise<T>;
    },
  };
}

/** A link to the list behind a number: the panel opens `resource` with `filter` (or a page by path). */
export interface ListLink {
  resource?: string;
  path?: string;
  filter?: Record<string, unknown>;
  query?: Record<string, string>;
}

/** One bar of a chart: a township, branch or party group (id null: none). */
export interface Group {
  id: string | null;
  name: string;
}
