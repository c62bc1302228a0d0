// 党组织 opens as a tree starting where the caller's scope starts: the county's 13 committees, a
// township's committee, a branch secretary's own branch with its party groups. The list view
// searches and filters organisations at any depth (and opens by itself when a filter is in the
// address, e.g. from the global search); it starts unfiltered, so nobody lands on an empty page.
import {
  AutocompleteInput, CreateButton, DataTable, FilterButton, List, ReferenceField, ReferenceInput, SearchInput,
  SelectInput, SimpleList, TextField, Title, TopToolbar, useStore, useTranslate,
} from 'react-admin';
import { Box, Card, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useSearchParams } from 'react-router-dom';
import { CheckChip } from '../check/CheckChip';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { useBulkActions } from '../common/useBulkActions';
import { useCanRead, useResourcePermissions } from '../schema/useSchema';
import { ORGANISATION_CATEGORIES, ORGANISATION_LEVELS } from '../types';
import { LevelChipField } from './LevelChipField';
import { MemberCountField } from './MemberCountField';
import { OrganisationTreeView } from './OrganisationTreeView';
import { ViewToggle, type OrganisationView } from './ViewToggle';
import { ExportMenuButton } from '../export/ExportMenuButton';

const useFilters = () => {
  const canRead = useCanRead();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    ...(canRead('townships')
      ? [<ReferenceInput key="township" source="township" reference="townships">
          <AutocompleteInput sx={{ minWidth: 200 }} />
        </ReferenceInput>]
      : []),
    <SelectInput key="level" source="level" choices={enumChoices('party-organisations', 'level', ORGANISATION_LEVELS)} alwaysOn />,
    <SelectInput key="category" source="category" choices={enumChoices('party-organisations', 'category', ORGANISATION_CATEGORIES)} />,
  ];
};

const TreePage = ({ view, setView }: { view: OrganisationView; setView: (v: OrganisationView) => void }) => {
  const translate = useTranslate();
  const { create } = useResourcePermissions('party-organisations');
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, mb: 2 }}>
      <Title title="resources.party-organisations.name" />
      <Stack direction="row" spacing={1} useFlexGap sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <ViewToggle value={view} onChange={setView} />
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 200 }}>
          {translate('app.organisation.tree_hint')}
        </Typography>
        {create && <CreateButton />}
      </Stack>
      <Card>
        <OrganisationTreeView />
      </Card>
    </Box>
  );
};

export const OrganisationList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const bulkActions = useBulkActions();
  const filters = useFilters();
  const canRead = useCanRead();
  const { create } = useResourcePermissions('party-organisations');
  const [params] = useSearchParams();
  const [stored, setView] = useStore<OrganisationView>('party-organisations.view', 'tree');
  const view: OrganisationView = params.has('filter') ? 'list' : stored;
  if (view === 'tree') return <TreePage view={view} setView={setView} />;
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      actions={
        <TopToolbar sx={{ alignItems: 'center' }}>
          <ViewToggle value={view} onChange={setView} />
          <FilterButton />
          {create && <CreateButton />}
          <ExportMenuButton />
        </TopToolbar>
      }
    >
      {isXSmall ? (
        <SimpleList
          primaryText={<TextField source="name" />}
          secondaryText={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><LevelChipField /><MemberCountField /></Stack>}
          tertiaryText={<CheckChip />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={bulkActions}>
          <DataTable.Col source="name" />
          <DataTable.Col source="level">
            <LevelChipField />
          </DataTable.Col>
          <DataTable.Col source="category">
            <EnumChipField source="category" />
          </DataTable.Col>
          <DataTable.Col source="parent" disableSort>
            <ReferenceField source="parent" reference="party-organisations" link={false} emptyText="—" />
          </DataTable.Col>
          {canRead('townships') && (
            <DataTable.Col source="township" disableSort>
              <ReferenceField source="township" reference="townships" link={false} />
            </DataTable.Col>
          )}
          <DataTable.Col source="members" label="resources.party-organisations.fields.members" disableSort>
            <MemberCountField />
          </DataTable.Col>
          <DataTable.Col source="check" disableSort>
            <CheckChip />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
