// Read-only: the server writes the audit log and refuses every change to it. Newest first; each row
// unfolds into the before/after of the fields that changed.
import { DataTable, DateInput, List, SearchInput, SelectInput, ShowButton, SimpleList, TextInput, useTranslate } from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';
import { ListPeopleNames, PersonField } from '../common/PeopleNames';
import { LocalDateField } from '../common/LocalDateField';
import { enumChoices, translatedChoices } from '../common/enumChoices';
import { useSchema } from '../schema/useSchema';
import { AUDIT_ACTIONS } from '../types';
import { ActionChipField } from './ActionChipField';
import { ChangesDiff } from './ChangesDiff';
import { RecordLinkField } from './RecordLinkField';
import { ResourceNameField } from './ResourceNameField';
import { ListActions } from '../export/ListActions';

const useFilters = () => {
  const translate = useTranslate();
  const { data: schema } = useSchema();
  const resourceChoices = (schema?.resources ?? []).map((r) => ({
    id: r.name,
    name: translate(`resources.${r.name}.name`, { smart_count: 1, _: r.label || r.name }),
  }));
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="action" source="action" choices={enumChoices('audit-logs', 'action', AUDIT_ACTIONS)} alwaysOn />,
    <SelectInput key="resource" source="resource" choices={resourceChoices} translateChoice={false} />,
    <SelectInput key="role" source="role" choices={translatedChoices(translate, 'audit-logs', 'role', ['county', 'township', 'branch', 'member'])} translateChoice={false} />,
    <TextInput key="username" source="username" />,
    <DateInput key="at_gte" source="at_gte" label="app.audit.since" />,
    <DateInput key="at_lte" source="at_lte" label="app.audit.until" />,
  ];
};

export const AuditLogList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const filters = useFilters();
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} actions={<ListActions create={false} />}>
      <ListPeopleNames resource="audit-logs">
      {isXSmall ? (
        <SimpleList
          primaryText={<Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}><ActionChipField /><ResourceNameField /></Stack>}
          secondaryText={<PersonField person="user" source="username" />}
          tertiaryText={<LocalDateField source="at" showTime />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="expand" expand={<ChangesDiff />} bulkActionButtons={false}>
          <DataTable.Col source="at">
            <LocalDateField source="at" showTime />
          </DataTable.Col>
          <DataTable.Col source="username">
            <PersonField person="user" source="username" />
          </DataTable.Col>
          <DataTable.Col source="role">
            <EnumChipField source="role" />
          </DataTable.Col>
          <DataTable.Col source="action">
            <ActionChipField />
          </DataTable.Col>
          <DataTable.Col source="resource">
            <ResourceNameField />
          </DataTable.Col>
          <DataTable.Col source="recordId" disableSort>
            <RecordLinkField />
          </DataTable.Col>
          <DataTable.Col label={false}>
            <ShowButton />
          </DataTable.Col>
        </DataTable>
      )}
      </ListPeopleNames>
    </List>
  );
};
