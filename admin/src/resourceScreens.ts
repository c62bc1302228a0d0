import type { ResourceProps } from 'react-admin';

/** What a resource folder's index.ts exports, as in react-admin's demo. */
export type ResourceScreens = Pick<ResourceProps, 'list' | 'show' | 'edit' | 'create' | 'icon' | 'recordRepresentation'>;
