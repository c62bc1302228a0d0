// 执法案件: the cases a township (or the county) handles, filtered by step, mode, power and township;
// a case's page shows its steps and the button for the next one. Mode (乡镇执法 / 县乡联动) and team
// are the server's, derived from the power and the township; the fine is set at the decision.
import {
  AutocompleteInput, Create, DataTable, DateField, DateInput, Edit, EditButton, List, NumberField, ReferenceField, ReferenceInput, SearchInput,
  SelectInput, Show, SimpleForm, SimpleList, SimpleShowLayout, TextField, TextInput, TopToolbar, usePermissions, required,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceScreens } from '../resourceScreens';
import { enumChoices } from '../common/enumChoices';
import { EnumChipField } from '../common/EnumChipField';
import { ListActions } from '../export/ListActions';
import { getCachedMe } from '../session';
import { AdvanceButton, STEPS, StepsField } from './CaseSteps';

const MODE_COLORS = { township: 'success', joint: 'warning' } as const;

function useFilters() {
  const { permissions } = usePermissions();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="step" source="step" choices={enumChoices('enforcement-cases', 'step', STEPS)} alwaysOn />,
    <SelectInput key="mode" source="mode" choices={enumChoices('enforcement-cases', 'mode', ['township', 'joint'])} alwaysOn />,
    ...(permissions === 'county' ? [
      <ReferenceInput key="township" source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}><SelectInput optionText="name" /></ReferenceInput>,
    ] : []),
    <ReferenceInput key="power" source="power" reference="penalty-powers"><AutocompleteInput sx={{ minWidth: 260 }} /></ReferenceInput>,
    <DateInput key="filedOn_gte" source="filedOn_gte" label="app.enforcement.filed_from" />,
  ];
}

const CaseList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={useFilters()} sort={{ field: 'filedOn', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => `${r.parties} · ${r.place}`} secondaryText={(r) => `${r.caseNo ?? ''} ${r.filedOn ?? ''}`} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="caseNo" />
          <DataTable.Col source="power"><ReferenceField source="power" reference="penalty-powers" link={false}><TextField source="name" /></ReferenceField></DataTable.Col>
          <DataTable.Col source="township"><ReferenceField source="township" reference="townships" link={false}><TextField source="name" /></ReferenceField></DataTable.Col>
          <DataTable.Col source="parties" />
          <DataTable.Col source="mode"><EnumChipField source="mode" colors={MODE_COLORS} /></DataTable.Col>
          <DataTable.Col source="step"><EnumChipField source="step" /></DataTable.Col>
          <DataTable.Col source="filedOn"><DateField source="filedOn" /></DataTable.Col>
          <DataTable.Col source="fineYuan"><NumberField source="fineYuan" /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const ShowActions = () => (
  <TopToolbar>
    <AdvanceButton />
    <EditButton />
  </TopToolbar>
);

const CaseShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <StepsField label="resources.enforcement-cases.fields.step" />
      <TextField source="caseNo" />
      <ReferenceField source="power" reference="penalty-powers"><TextField source="name" /></ReferenceField>
      <EnumChipField source="mode" colors={MODE_COLORS} />
      <ReferenceField source="township" reference="townships" link={false}><TextField source="name" /></ReferenceField>
      <ReferenceField source="team" reference="enforcement-teams"><TextField source="name" /></ReferenceField>
      <TextField source="place" />
      <TextField source="parties" />
      <TextField source="facts" />
      <NumberField source="fineYuan" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

const CaseCreate = () => {
  const me = getCachedMe();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ township: me?.role === 'township' ? me.township?.id : undefined, filedOn: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) }}>
        <ReferenceInput source="power" reference="penalty-powers"><AutocompleteInput validate={required()} fullWidth /></ReferenceInput>
        <ReferenceInput source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}><SelectInput optionText="name" validate={required()} /></ReferenceInput>
        <TextInput source="place" validate={required()} fullWidth />
        <TextInput source="parties" validate={required()} fullWidth />
        <TextInput source="facts" multiline fullWidth />
        <DateInput source="filedOn" validate={required()} />
      </SimpleForm>
    </Create>
  );
};

const CaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="place" validate={required()} fullWidth />
      <TextInput source="parties" validate={required()} fullWidth />
      <TextInput source="facts" multiline fullWidth />
    </SimpleForm>
  </Edit>
);

const enforcementCases: ResourceScreens = {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  edit: CaseEdit,
  icon: FactCheckIcon,
  recordRepresentation: (r: any) => `${r.caseNo ?? ''} ${r.parties ?? ''}`,
};

export default enforcementCases;
