// The ledger and the approval queue. Approvers (county, township, branch) land on what waits for
// them (status 待审批) and see each proposal in context: 党支部 and 乡镇, whether it carries 凭证,
// and who proposed it by name; they approve or reject per row or in bulk, on a desk or a phone.
// Only pending rows can be selected, since decided ones are final.
import {
  AutocompleteInput, DataTable, DateInput, List, Loading, ReferenceField, ReferenceInput, SearchInput,
  SelectInput, TextField, usePermissions,
} from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { enumChoices } from '../common/enumChoices';
import { LocalDateField } from '../common/LocalDateField';
import { ListPeopleNames, PersonField } from '../common/PeopleNames';
import { PointsField } from '../points/PointsField';
import { useCanRead } from '../schema/useSchema';
import { ENTRY_STATUSES, isApproverRole, type PointsEntry } from '../types';
import { ApproveButton } from './ApproveButton';
import { BeneficiaryField } from './BeneficiaryField';
import { EntryBranchField } from './EntryBranchField';
import { EntryBulkActions } from './EntryBulkActions';
import { EntryMobileList } from './EntryMobileList';
import { EntryStatusField } from './EntryStatusField';
import { EvidenceMarker } from './EvidenceMarker';
import { RejectOneButton } from './RejectOneButton';
import { ExportSelectedButton } from '../export/ExportMenuButton';
import { ListActions } from '../export/ListActions';

const useFilters = (staff: boolean) => [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('points-entries', 'status', ENTRY_STATUSES)} alwaysOn />,
  <ReferenceInput key="rule" source="rule" reference="points-rules" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  ...(staff
    ? [<ReferenceInput key="member" source="member" reference="members">
        <AutocompleteInput sx={{ minWidth: 200 }} />
      </ReferenceInput>]
    : []),
  <DateInput key="occurredOn_gte" source="occurredOn_gte" />,
  <DateInput key="occurredOn_lte" source="occurredOn_lte" />,
];

const isPending = (record: PointsEntry) => record.status === 'pending';

export const PointsEntryList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { permissions, isPending: roleLoading } = usePermissions();
  const canRead = useCanRead();
  const approver = isApproverRole(permissions);
  const filters = useFilters(approver);
  // The default filter depends on the role, so wait for it rather than start with the wrong one.
  if (roleLoading) return <Loading />;
  const showBranch = canRead('party-organisations');
  return (
    <List
      filters={filters}
      filterDefaultValues={approver ? { status: 'pending' } : undefined}
      sort={{ field: 'occurredOn', order: 'DESC' }}
      perPage={25}
      actions={<ListActions />}
    >
      <ListPeopleNames resource="points-entries">
        {isXSmall ? (
          <EntryMobileList approver={approver} showBranch={showBranch} />
        ) : (
          <DataTable
            rowClick="show"
            bulkActionButtons={approver ? <EntryBulkActions /> : <ExportSelectedButton />}
            isRowSelectable={approver ? isPending : undefined}
          >
            <DataTable.Col source="occurredOn">
              <LocalDateField source="occurredOn" />
            </DataTable.Col>
            <DataTable.Col source="member" disableSort sx={{ whiteSpace: 'nowrap' }}>
              <BeneficiaryField />
            </DataTable.Col>
            {showBranch && (
              <DataTable.Col source="organisation" label="app.entries.branch" disableSort>
                <EntryBranchField />
              </DataTable.Col>
            )}
            {canRead('townships') && permissions === 'county' && (
              <DataTable.Col source="township" label="app.entries.township" disableSort>
                <ReferenceField source="township" reference="townships" link={false} emptyText="—" />
              </DataTable.Col>
            )}
            <DataTable.Col source="rule" disableSort sx={{ whiteSpace: 'nowrap' }}>
              <ReferenceField source="rule" reference="points-rules" link={false} />
            </DataTable.Col>
            <DataTable.Col source="pointsTenths" align="right">
              <PointsField signed />
            </DataTable.Col>
            <DataTable.Col source="reason" sx={{ maxWidth: 220 }}>
              <TextField source="reason" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
            </DataTable.Col>
            <DataTable.Col source="evidence" disableSort>
              <EvidenceMarker />
            </DataTable.Col>
            <DataTable.Col source="status">
              <EntryStatusField />
            </DataTable.Col>
            <DataTable.Col source="proposerName">
              <PersonField person="proposer" source="proposerName" />
            </DataTable.Col>
            {approver && (
              <DataTable.Col label="app.entries.actions" disableSort>
                <Stack direction="row" spacing={0.5}>
                  <ApproveButton />
                  <RejectOneButton />
                </Stack>
              </DataTable.Col>
            )}
          </DataTable>
        )}
      </ListPeopleNames>
    </List>
  );
};
