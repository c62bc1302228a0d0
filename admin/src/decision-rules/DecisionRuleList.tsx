// The county's decision rules: who decides, how many must attend, how a decision passes. Everyone
// reads them; the county edits them (the schema says who may).
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput, SimpleList, TextField } from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { DECISION_KINDS } from '../decisions/types';
import { AmountThresholdField } from './AmountThresholdField';
import { ThresholdField } from './ThresholdField';
import { ListActions } from '../export/ListActions';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('decision-rules', 'kind', DECISION_KINDS)} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn sx={{ minWidth: 140 }} />,
];

export const DecisionRuleList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={50} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={<TextField source="name" />} secondaryText={<ThresholdField source="passing" />} tertiaryText={<EnumChipField source="kind" />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="kind"><EnumChipField source="kind" /></DataTable.Col>
          <DataTable.Col source="body"><EnumChipField source="body" /></DataTable.Col>
          <DataTable.Col source="quorum" disableSort><ThresholdField source="quorum" /></DataTable.Col>
          <DataTable.Col source="passing" disableSort><ThresholdField source="passing" /></DataTable.Col>
          <DataTable.Col source="secretaryLast"><BooleanField source="secretaryLast" /></DataTable.Col>
          <DataTable.Col source="amountThresholdFen" align="right"><AmountThresholdField /></DataTable.Col>
          <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
