import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleList, TextField } from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { CheckChip } from '../check/CheckChip';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { GRID_KINDS } from '../types';
import { GridKindField } from './GridKindField';
import { ListActions } from '../export/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('grids', 'kind', GRID_KINDS)} alwaysOn />,
  <ReferenceInput key="township" source="township" reference="townships" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

export const GridList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList
          primaryText={<TextField source="name" />}
          secondaryText={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><TextField source="code" /><GridKindField /></Stack>}
          tertiaryText={<CheckChip />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
            <GridKindField />
          </DataTable.Col>
          <DataTable.Col source="village">
            <TextField source="village" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="township" disableSort>
            <ReferenceField source="township" reference="townships" link={false} />
          </DataTable.Col>
          <DataTable.Col source="check" disableSort>
            <CheckChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
