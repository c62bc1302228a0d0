// The ledger. Approvers (county, township, branch) land on what waits for them (status 待审批) and
// approve or reject from here; only pending rows can be selected, since decided ones are final.
import {
  AutocompleteInput, BulkExportButton, DataTable, DateInput, List, Loading, ReferenceField, ReferenceInput, SearchInput,
  SelectInput, SimpleList, TextField, usePermissions,
} from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { LocalDateField } from '../common/LocalDateField';
import { PointsField } from '../points/PointsField';
import { ENTRY_STATUSES, isApproverRole, type PointsEntry } from '../types';
import { ApproveButton } from './ApproveButton';
import { BeneficiaryField } from './BeneficiaryField';
import { EntryBulkActions } from './EntryBulkActions';
import { EntryStatusField } from './EntryStatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('points-entries', 'status', ENTRY_STATUSES)} alwaysOn />,
  <ReferenceInput key="rule" source="rule" reference="points-rules" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <ReferenceInput key="member" source="member" reference="members">
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <DateInput key="occurredOn_gte" source="occurredOn_gte" />,
  <DateInput key="occurredOn_lte" source="occurredOn_lte" />,
];

const isPending = (record: PointsEntry) => record.status === 'pending';

export const PointsEntryList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { permissions, isPending: roleLoading } = usePermissions();
  // The default filter depends on the role, so wait for it rather than start with the wrong one.
  if (roleLoading) return <Loading />;
  const approver = isApproverRole(permissions);
  return (
    <List
      filters={filters}
      filterDefaultValues={approver ? { status: 'pending' } : undefined}
      sort={{ field: 'occurredOn', order: 'DESC' }}
      perPage={25}
    >
      {isXSmall ? (
        <SimpleList<PointsEntry>
          primaryText={<BeneficiaryField />}
          secondaryText={
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <PointsField signed />
              <ReferenceField source="rule" reference="points-rules" link={false} />
            </Stack>
          }
          tertiaryText={<EntryStatusField />}
          rowClick="show"
        />
      ) : (
        <DataTable
          rowClick="show"
          bulkActionButtons={approver ? <EntryBulkActions /> : <BulkExportButton />}
          isRowSelectable={approver ? isPending : undefined}
        >
          <DataTable.Col source="occurredOn">
            <LocalDateField source="occurredOn" />
          </DataTable.Col>
          <DataTable.Col source="member" disableSort>
            <BeneficiaryField />
          </DataTable.Col>
          <DataTable.Col source="rule" disableSort>
            <ReferenceField source="rule" reference="points-rules" link={false} />
          </DataTable.Col>
          <DataTable.Col source="pointsTenths" align="right">
            <PointsField signed />
          </DataTable.Col>
          <DataTable.Col source="reason" sx={{ maxWidth: 260 }}>
            <TextField source="reason" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
          </DataTable.Col>
          <DataTable.Col source="status">
            <EntryStatusField />
          </DataTable.Col>
          <DataTable.Col source="proposerName">
            <TextField source="proposerName" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="approverName">
            <TextField source="approverName" emptyText="—" />
          </DataTable.Col>
          {approver && (
            <DataTable.Col label="app.entries.actions" disableSort>
              <ApproveButton />
            </DataTable.Col>
          )}
        </DataTable>
      )}
    </List>
  );
};
