// The list of any type the schema describes: a column per short field, a search box when the type
// has text fields, filters for its enumerations and to-one relations, cards-like rows on phones.
import { useMemo } from 'react';
import {
  AutocompleteInput, BooleanInput, CreateButton, DataTable, List, ReferenceInput, SearchInput,
  SelectInput, SimpleList, TopToolbar, useTranslate,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import type { SchemaResource } from '../schema/types';
import { Code } from '../common/CodeField';
import { useBulkActions } from '../common/useBulkActions';
import { choicesOf, renderField } from './renderField';
import { filterFields, listColumns, representationField, SORTABLE_TYPES } from './listable';
import { useFieldLabel } from './useFieldLabel';
import { useCanRead } from '../schema/useSchema';
import { ExportMenuButton } from '../export/ExportMenuButton';
import { ImportLinkButton } from '../imports/ImportLinkButton';

export const GenericList = ({ schema }: { schema: SchemaResource }) => {
  const translate = useTranslate();
  const labelOf = useFieldLabel();
  const canRead = useCanRead();
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  const resource = schema.name;

  const filters = useMemo(() => {
    const inputs = filterFields(schema).filter((f) => f.type !== 'relation' || (f.target && canRead(f.target))).map((f) => {
      const label = labelOf(resource, f.name);
      if (f.type === 'boolean') return <BooleanInput key={f.name} source={f.name} label={label} />;
      if (f.type === 'relation') {
        return (
          <ReferenceInput key={f.name} source={f.name} reference={f.target!}>
            <AutocompleteInput label={label} />
          </ReferenceInput>
        );
      }
      return <SelectInput key={f.name} source={f.name} label={label} choices={choicesOf(resource, f, translate) ?? []} translateChoice={false} />;
    });
    return schema.searchable.length ? [<SearchInput key="q" source="q" alwaysOn />, ...inputs] : inputs;
  }, [schema, resource, labelOf, translate, canRead]);

  const nameField = representationField(schema);
  return (
    <List
      resource={resource}
      filters={filters}
      perPage={25}
      actions={
        <TopToolbar>
          {schema.permissions.create && <CreateButton />}
          {resource === 'grid-staffs' && schema.permissions.create && <ImportLinkButton kind="grid-staffs" />}
          <ExportMenuButton />
        </TopToolbar>
      }
    >
      {isXSmall ? (
        <SimpleList
          primaryText={(record) => String((nameField && record[nameField]) ?? record.id)}
          secondaryText={(record) => {
            if (nameField === 'code' || !record.code) return '';
            return schema.fields.find((f) => f.name === 'code')?.machine ? <Code>{String(record.code)}</Code> : String(record.code);
          }}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          {listColumns(schema).map((f) => {
            const label = labelOf(resource, f.name);
            return (
              <DataTable.Col key={f.name} source={f.name} label={label} disableSort={!SORTABLE_TYPES.has(f.type)}>
                {renderField(f, { resource, label, translate, compact: true, canRead })}
              </DataTable.Col>
            );
          })}
        </DataTable>
      )}
    </List>
  );
};
