// 办件台账: the cases in the caller's scope (a township its hall's, the county all), filtered by
// status, item, township and month; ID numbers arrive masked from the server. New cases are
// received at the window screen.
import {
  AutocompleteInput, Button, DataTable, SimpleList, ExportButton, FilterButton, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput,
  TextInput, TopToolbar, usePermissions, useTranslate,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { Link } from 'react-router-dom';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import { enumChoices } from '../common/enumChoices';
import { CASE_STATUSES, shanghai } from './status';

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <Button component={Link} to="/service-desk" label="app.services.desk.title"><PointOfSaleIcon /></Button>
    <ExportButton />
  </TopToolbar>
);

export const CaseList = () => {
  const { permissions } = usePermissions();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices('approval-cases', 'status', CASE_STATUSES)} alwaysOn />,
    <ReferenceInput key="item" source="item" reference="approval-items" perPage={200}><AutocompleteInput sx={{ minWidth: 240 }} /></ReferenceInput>,
    ...(permissions === 'county' ? [
      <ReferenceInput key="township" source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}><SelectInput optionText="name" /></ReferenceInput>,
    ] : []),
    <TextInput key="month" source="month" placeholder="2026-06" />,
  ];
  // On a phone one line per case: applicant and status, then when it was received and is due.
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  if (phone) {
    return (
      <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25} actions={<Actions />}>
        <SimpleList
          primaryText={(r: any) => `${r.applicantName} · ${translate(`resources.approval-cases.enums.status.${r.status}`)}`}
          secondaryText={(r: any) => `${shanghai(r.receivedAt)} → ${r.dueOn ?? ''}`}
          linkType="show"
        />
      </List>
    );
  }
  return (
    <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25} actions={<Actions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="item" disableSort><ReferenceField source="item" reference="approval-items" link={false} /></DataTable.Col>
        <DataTable.Col source="applicantName" />
        <DataTable.Col source="applicantIdNumber" disableSort />
        <DataTable.Col source="receivedAt" render={(r: any) => shanghai(r.receivedAt)} />
        <DataTable.Col source="dueOn" />
        <DataTable.Col source="status"><SelectField source="status" choices={enumChoices('approval-cases', 'status', CASE_STATUSES)} /></DataTable.Col>
        <DataTable.Col source="onTime" render={(r: any) => (r.onTime == null ? '' : r.onTime ? '✓' : '✗')} />
        <DataTable.Col source="satisfaction" />
        {permissions === 'county' && <DataTable.Col source="township" disableSort><ReferenceField source="township" reference="townships" link={false} /></DataTable.Col>}
      </DataTable>
    </List>
  );
};
