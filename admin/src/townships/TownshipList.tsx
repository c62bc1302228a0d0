import { DataTable, List, ReferenceField, SearchInput, SelectInput, SimpleList, TextField } from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { CheckChip } from '../check/CheckChip';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { TOWNSHIP_KINDS } from '../types';
import { RequiredTemplateField } from './RequiredTemplateField';
import { ListActions } from '../export/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('townships', 'kind', TOWNSHIP_KINDS)} />,
];

export const TownshipList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList
          primaryText={<TextField source="name" />}
          secondaryText={<Stack direction="row" spacing={1}><TextField source="code" /><EnumChipField source="kind" /></Stack>}
          tertiaryText={<CheckChip />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          <DataTable.Col source="code" />
          <DataTable.Col source="name" />
          <DataTable.Col source="kind">
            <EnumChipField source="kind" />
          </DataTable.Col>
          <DataTable.NumberCol source="population" />
          <DataTable.Col source="officeTemplate" disableSort>
            <ReferenceField source="officeTemplate" reference="office-templates" link={false} />
          </DataTable.Col>
          <DataTable.Col source="check.requiredTemplate" label="resources.townships.fields.requiredTemplate" disableSort>
            <RequiredTemplateField />
          </DataTable.Col>
          <DataTable.Col source="check" disableSort>
            <CheckChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
