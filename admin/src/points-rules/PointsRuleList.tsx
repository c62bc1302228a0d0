import {
  BooleanField, CreateButton, DataTable, FilterButton, List, NullableBooleanInput, SearchInput, SelectInput,
  SimpleList, TextField, TopToolbar, useResourceDefinition,
} from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { CodeField } from '../common/CodeField';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { PointsField } from '../points/PointsField';
import { RULE_CATEGORIES } from '../types';
import { CapField } from './CapField';
import { RuleCategoryField } from './RuleCategoryField';
import { SchemeChipField } from './SchemeChipField';
import { SchemeInput } from './SchemeInput';
import { SchemesButton } from './SchemesButton';
import { ExportMenuButton } from '../export/ExportMenuButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SchemeInput key="scheme" source="scheme" alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('points-rules', 'category', RULE_CATEGORIES)} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn sx={{ minWidth: 140 }} />,
];

const RuleListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <SchemesButton />
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportMenuButton />
    </TopToolbar>
  );
};

export const PointsRuleList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} actions={<RuleListActions />} sort={{ field: 'code', order: 'ASC' }} perPage={50}>
      {isXSmall ? (
        <SimpleList
          primaryText={<TextField source="name" />}
          secondaryText={
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <PointsField signed />
              <CapField />
            </Stack>
          }
          tertiaryText={<RuleCategoryField />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          <DataTable.Col source="code">
            <CodeField source="code" />
          </DataTable.Col>
          <DataTable.Col source="name" />
          <DataTable.Col source="scheme">
            <SchemeChipField />
          </DataTable.Col>
          <DataTable.Col source="category">
            <RuleCategoryField />
          </DataTable.Col>
          <DataTable.Col source="pointsTenths" align="right">
            <PointsField signed />
          </DataTable.Col>
          <DataTable.Col source="capTenths">
            <CapField />
          </DataTable.Col>
          <DataTable.Col source="approver">
            <EnumChipField source="approver" variant="outlined" />
          </DataTable.Col>
          <DataTable.Col source="active">
            <BooleanField source="active" />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
