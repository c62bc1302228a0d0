// A list's toolbar as react-admin's default (filters, create) with the server-side export instead of
// react-admin's in-browser one; `extra` adds a list's own buttons (批量导入).
import type { ReactNode } from 'react';
import { CreateButton, FilterButton, TopToolbar, useFilterContext, useResourceDefinition } from 'react-admin';
import { ExportMenuButton } from './ExportMenuButton';

export const ListActions = ({ extra, create = true }: { extra?: ReactNode; create?: boolean }) => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {create && hasCreate && <CreateButton />}
      {extra}
      <ExportMenuButton />
    </TopToolbar>
  );
};
