import {
  AutocompleteInput, DataTable, DateInput, List, ReferenceField, ReferenceInput, SearchInput, SelectInput,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { EDUCATIONS, GENDERS, MEMBER_STATUSES } from '../types';
import { IdNumberField } from './IdNumberField';
import { BranchInput } from './BranchInput';
import { BulkAwardButton } from './BulkAwardButton';
import { MemberStatusField } from './MemberStatusField';
import { MobileGrid } from './MobileGrid';
import { PhoneField } from './PhoneField';
import { ListActions } from '../export/ListActions';
import { ImportLinkButton } from '../imports/ImportLinkButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="township" source="township" reference="townships">
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <BranchInput key="partyOrganisation" source="partyOrganisation" />,
  <SelectInput key="status" source="status" choices={enumChoices('members', 'status', MEMBER_STATUSES)} />,
  <SelectInput key="gender" source="gender" choices={enumChoices('members', 'gender', GENDERS)} />,
  <SelectInput key="education" source="education" choices={enumChoices('members', 'education', EDUCATIONS)} />,
  <DateInput key="joinedDate_gte" source="joinedDate_gte" />,
];

export const MemberList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} actions={<ListActions extra={<ImportLinkButton kind="members" />} />}>
      {isXSmall ? (
        <MobileGrid />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={<><BulkAwardButton />{bulkActions}</>}>
          <DataTable.Col source="name" />
          <DataTable.Col source="gender">
            <EnumChipField source="gender" />
          </DataTable.Col>
          <DataTable.Col source="idNumber" disableSort>
            <IdNumberField masked />
          </DataTable.Col>
          <DataTable.Col source="joinedDate">
            <LocalDateField source="joinedDate" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <MemberStatusField />
          </DataTable.Col>
          <DataTable.Col source="partyOrganisation" disableSort>
            <ReferenceField source="partyOrganisation" reference="party-organisations" link={false} />
          </DataTable.Col>
          <DataTable.Col source="township" disableSort>
            <ReferenceField source="township" reference="townships" link={false} />
          </DataTable.Col>
          <DataTable.Col source="phone">
            <PhoneField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
