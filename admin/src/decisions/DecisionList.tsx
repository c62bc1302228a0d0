// Decisions of the caller's scope (a township's, a branch's, or the whole county's), newest first,
// filtered by rule kind, status and what the checks found.
import {
  AutocompleteInput, DataTable, DateInput, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleList, TextField,
  useTranslate,
} from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { LocalDateField } from '../common/LocalDateField';
import { useCanRead } from '../schema/useSchema';
import { AmountField, DecisionStatusField, VerdictChip } from './fields';
import { findingChoices } from './findingChoices';
import { CHECK_STATUSES, DECISION_KINDS, DECISION_STATUSES, type Decision } from './types';
import { ListActions } from '../export/ListActions';

const useFilters = () => {
  const translate = useTranslate();
  const canRead = useCanRead();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={enumChoices('decisions', 'kind', DECISION_KINDS)} alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices('decisions', 'status', DECISION_STATUSES)} alwaysOn />,
    <SelectInput key="checkStatus" source="checkStatus" choices={enumChoices('decisions', 'checkStatus', CHECK_STATUSES)} alwaysOn />,
    <SelectInput key="findingCodes_q" source="findingCodes_q" label="resources.decisions.fields.finding" choices={findingChoices(translate)} />,
    ...(canRead('townships') ? [
      <ReferenceInput key="township" source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={20}>
        <AutocompleteInput sx={{ minWidth: 180 }} />
      </ReferenceInput>,
    ] : []),
    <ReferenceInput key="organisation" source="organisation" reference="party-organisations" filter={{ level: ['committee', 'branch'] }}>
      <AutocompleteInput sx={{ minWidth: 200 }} />
    </ReferenceInput>,
    <DateInput key="decidedOn_gte" source="decidedOn_gte" />,
    <DateInput key="decidedOn_lte" source="decidedOn_lte" />,
  ];
};

export const DecisionList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={useFilters()} sort={{ field: 'decidedOn', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList<Decision>
          primaryText={(d) => d.subject}
          secondaryText={<Stack direction="row" spacing={1}><LocalDateField source="decidedOn" /><EnumChipField source="kind" /></Stack>}
          tertiaryText={<Stack direction="row" spacing={0.5}><DecisionStatusField /><VerdictChip /></Stack>}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="decidedOn"><LocalDateField source="decidedOn" /></DataTable.Col>
          <DataTable.Col source="organisation" disableSort><ReferenceField source="organisation" reference="party-organisations" link={false} /></DataTable.Col>
          <DataTable.Col source="subject" sx={{ maxWidth: 320 }}>
            <TextField source="subject" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
          </DataTable.Col>
          <DataTable.Col source="kind"><EnumChipField source="kind" /></DataTable.Col>
          <DataTable.Col source="amountFen" align="right"><AmountField /></DataTable.Col>
          <DataTable.Col source="outcome"><EnumChipField source="outcome" /></DataTable.Col>
          <DataTable.Col source="status"><DecisionStatusField /></DataTable.Col>
          <DataTable.Col source="checkStatus" label="app.check.title"><VerdictChip /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
