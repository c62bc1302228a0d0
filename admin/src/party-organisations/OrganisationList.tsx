// Starts at the township committees and lets the user unfold the tree; searching or changing the
// level filter lists organisations at any depth instead.
import { AutocompleteInput, List, ReferenceInput, SearchInput, SelectInput, SimpleList, TextField } from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { CheckChip } from '../check/CheckChip';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { ORGANISATION_CATEGORIES, ORGANISATION_LEVELS } from '../types';
import { LevelChipField } from './LevelChipField';
import { MemberCountField } from './MemberCountField';
import { OrganisationTable } from './OrganisationTree';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="township" source="township" reference="townships" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="level" source="level" choices={enumChoices('party-organisations', 'level', ORGANISATION_LEVELS)} alwaysOn />,
  <SelectInput key="category" source="category" choices={enumChoices('party-organisations', 'category', ORGANISATION_CATEGORIES)} />,
];

export const OrganisationList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  return (
    <List filters={filters} filterDefaultValues={{ level: 'committee' }} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      {isXSmall ? (
        <SimpleList
          primaryText={<TextField source="name" />}
          secondaryText={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><LevelChipField /><MemberCountField /></Stack>}
          tertiaryText={<CheckChip />}
          rowClick="show"
        />
      ) : (
        <OrganisationTable bulkActionButtons={bulkActions} />
      )}
    </List>
  );
};
