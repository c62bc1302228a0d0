import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useResourceContext } from 'react-admin';
import { getToken } from '../session';
import { loadSchema } from './loadSchema';
import type { ResourcePermissions, SchemaResource } from './types';

export function useSchema() {
  return useQuery({ queryKey: ['ra-schema', getToken()], queryFn: loadSchema, staleTime: Infinity });
}

/** The schema entry of a resource (the current one by default); undefined while loading. */
export function useSchemaResource(resource?: string): SchemaResource | undefined {
  const current = useResourceContext();
  const name = resource ?? current;
  const { data } = useSchema();
  return data?.resources.find((r) => r.name === name);
}

const NONE: ResourcePermissions = { list: false, create: false, edit: false, delete: false };

/** What the caller may do with a resource; nothing until the schema says otherwise. */
export function useResourcePermissions(resource?: string): ResourcePermissions {
  return useSchemaResource(resource)?.permissions ?? NONE;
}

/** Whether the caller may read a resource at all; references to one they cannot read are hidden
 * rather than left to fail with 403 (e.g. a member cannot read party organisations). */
export function useCanRead(): (resource: string) => boolean {
  const { data } = useSchema();
  return useCallback((resource: string) => !!data?.resources.some((r) => r.name === resource && r.permissions.list), [data]);
}
