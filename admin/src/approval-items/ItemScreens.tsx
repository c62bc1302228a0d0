// 赋权事项: the catalogue the county keeps (staff read it): department, batch, time limit in
// working days (0 = 即办), materials as a list, on-site check.
import {
  BooleanField, BooleanInput, Create, DataTable, Edit, FunctionField, Labeled, List, NumberInput, ReferenceField, ReferenceInput,
  SearchInput, SelectInput, Show, SimpleForm, SimpleList, SimpleShowLayout, TextField, TextInput, useRecordContext, useTranslate,
} from 'react-admin';
import { Chip, Stack, useMediaQuery, type Theme } from '@mui/material';

const days = (translate: (k: string, o?: any) => string, n: number) => (n === 0 ? translate('app.services.desk.same_day') : translate('app.services.desk.days', { n }));

const Materials = () => {
  const record = useRecordContext<{ materials?: string[] | null }>();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(record?.materials ?? []).map((m) => <Chip key={m} size="small" label={m} />)}
    </Stack>
  );
};

export const ItemList = () => {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput key="department" source="department" reference="county-departments" perPage={50}><SelectInput optionText="name" /></ReferenceInput>,
  ];
  // On a phone one line per item: its name, then its time limit and code.
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  if (phone) {
    return (
      <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
        <SimpleList primaryText={(r: any) => r.name} secondaryText={(r: any) => `${days(translate, r.timeLimitDays)} · ${r.code}`} linkType="show" />
      </List>
    );
  }
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="department" disableSort><ReferenceField source="department" reference="county-departments" link={false} /></DataTable.Col>
        <DataTable.Col source="batch" />
        <DataTable.Col source="timeLimitDays" render={(r: any) => days(translate, r.timeLimitDays)} />
        <DataTable.Col source="onSiteCheck"><BooleanField source="onSiteCheck" /></DataTable.Col>
        <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
      </DataTable>
    </List>
  );
};

export const ItemShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <ReferenceField source="department" reference="county-departments" link={false} />
        <TextField source="batch" />
        <FunctionField source="timeLimitDays" render={(r: any) => days(translate, r.timeLimitDays)} />
        <Labeled source="materials"><Materials /></Labeled>
        <BooleanField source="onSiteCheck" />
        <BooleanField source="active" />
      </SimpleShowLayout>
    </Show>
  );
};

// Materials are a list of strings on the server; the form edits them one per line.
const fromForm = (d: any) => ({ ...d, materials: (Array.isArray(d.materials) ? d.materials : []).map((m: string) => m.trim()).filter(Boolean) });

const ItemForm = () => (
  <SimpleForm>
    <TextInput source="code" />
    <TextInput source="name" fullWidth />
    <ReferenceInput source="department" reference="county-departments" perPage={50}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="batch" min={1} max={9} />
    <NumberInput source="timeLimitDays" min={0} max={60} />
    <TextInput source="materials" multiline minRows={3} fullWidth helperText="app.services.materials_hint"
      format={(v: unknown) => (Array.isArray(v) ? v.join('\n') : (v as string) ?? '')} parse={(s: string) => s.split('\n')} />
    <BooleanInput source="onSiteCheck" />
    <BooleanInput source="active" />
  </SimpleForm>
);

export const ItemEdit = () => <Edit mutationMode="pessimistic" transform={fromForm}><ItemForm /></Edit>;
export const ItemCreate = () => <Create redirect="show" transform={fromForm}><ItemForm /></Create>;
