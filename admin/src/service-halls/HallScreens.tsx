// 便民服务中心: one per township, the 六有 checklist and its windows, with the server's check
// (六有 met, 全科/代办 windows present, which units are stationed). Windows are edited as rows,
// never as JSON.
import {
  SimpleList, ArrayInput, BooleanInput, Create, DataTable, Edit, FormDataConsumer, Labeled, List, ReferenceField, ReferenceInput, SelectInput, Show,
  SimpleForm, SimpleFormIterator, SimpleShowLayout, TextField, TextInput, useRecordContext, useTranslate,
} from 'react-admin';
import { Chip, Stack, useMediaQuery, type Theme } from '@mui/material';
import { CheckChip } from '../check/CheckChip';
import { CheckFindings } from '../check/CheckFindings';

export const SIX_HAVES = ['hasPremises', 'hasFacilities', 'hasStaff', 'hasRules', 'hasGuides', 'hasLedgers'] as const;
const KINDS = ['general', 'proxy', 'stationed'];
const UNITS = ['police', 'market', 'utilities'];
type Window = { kind: string; name: string; unit?: string };

const Windows = () => {
  const record = useRecordContext<{ windows?: Window[] | null }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(record?.windows ?? []).map((w) => (
        <Chip key={w.name} size="small" variant={w.kind === 'stationed' ? 'outlined' : 'filled'}
          label={w.unit ? `${w.name}（${translate(`app.services.units.${w.unit}`, { _: w.unit })}）` : w.name} />
      ))}
    </Stack>
  );
};

const SixHaves = () => {
  const record = useRecordContext<Record<string, boolean>>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {SIX_HAVES.map((f) => <Chip key={f} size="small" color={record?.[f] ? 'success' : 'error'} variant={record?.[f] ? 'outlined' : 'filled'} label={translate(`resources.service-halls.fields.${f}`)} />)}
    </Stack>
  );
};

export const HallList = () => {
  // On a phone one card per hall: its name and its 六有 chips.
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return phone ? (
    <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <SimpleList primaryText={(r: any) => r.name} secondaryText={() => <SixHaves />} linkType="show" />
    </List>
  ) : <HallTable />;
};

const HallTable = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="township" disableSort><ReferenceField source="township" reference="townships" link={false} /></DataTable.Col>
      <DataTable.Col label="app.services.six_haves" disableSort><SixHaves /></DataTable.Col>
      <DataTable.Col source="windows" disableSort><Windows /></DataTable.Col>
      <DataTable.Col source="check" disableSort><CheckChip /></DataTable.Col>
    </DataTable>
  </List>
);

export const HallShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="township" reference="townships" link="show" />
      <Labeled label="app.services.six_haves"><SixHaves /></Labeled>
      <Labeled source="windows"><Windows /></Labeled>
      <Labeled source="check"><CheckFindings /></Labeled>
    </SimpleShowLayout>
  </Show>
);

const HallForm = ({ create }: { create?: boolean }) => {
  const translate = useTranslate();
  const choices = (prefix: string, values: string[]) => values.map((id) => ({ id, name: translate(`${prefix}.${id}`) }));
  return (
    <SimpleForm>
      <TextInput source="name" fullWidth />
      {create && <ReferenceInput source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}><SelectInput optionText="name" /></ReferenceInput>}
      {SIX_HAVES.map((f) => <BooleanInput key={f} source={f} />)}
      <ArrayInput source="windows">
        <SimpleFormIterator inline>
          <SelectInput source="kind" label="app.services.window_kind" choices={choices('app.services.window_kinds', KINDS)} />
          <TextInput source="name" label="app.services.window_name" />
          <FormDataConsumer>
            {({ scopedFormData }) => scopedFormData?.kind === 'stationed'
              ? <SelectInput source="unit" label="app.services.window_unit" choices={choices('app.services.units', UNITS)} />
              : null}
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};

export const HallEdit = () => <Edit mutationMode="pessimistic"><HallForm /></Edit>;
export const HallCreate = () => <Create redirect="show"><HallForm create /></Create>;
