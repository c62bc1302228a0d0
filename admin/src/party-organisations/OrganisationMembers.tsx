// The members of an organisation: a branch's members point at it through `partyOrganisation`,
// a party group's through `partyGroup`.
import { DataTable, Pagination, ReferenceManyField, useRecordContext } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import type { PartyOrganisation } from '../types';

export const OrganisationMembers = () => {
  const record = useRecordContext<PartyOrganisation>();
  if (!record || record.level === 'committee' || record.level === 'general_branch') return null;
  return (
    <ReferenceManyField
      reference="members"
      target={record.level === 'party_group' ? 'partyGroup' : 'partyOrganisation'}
      perPage={25}
      sort={{ field: 'name', order: 'ASC' }}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
    >
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="name" />
        <DataTable.Col source="gender">
          <EnumChipField source="gender" enumResource="members" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumChipField source="status" enumResource="members" colors={{ probationary: 'warning' }} />
        </DataTable.Col>
        <DataTable.Col source="joinedDate">
          <LocalDateField source="joinedDate" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
