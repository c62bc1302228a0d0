// 行政处罚事项目录: the county's catalogue of penalty powers, filtered by batch, department and
// delegation; a delegated power is enforced by the township, the others jointly (县乡联动).
import {
  AutocompleteInput, BooleanInput, Create, DataTable, Edit, List, NumberInput, ReferenceField, ReferenceInput, SearchInput, SelectInput, Show,
  SimpleForm, SimpleList, SimpleShowLayout, TextField, TextInput, FunctionField, useRecordContext, useTranslate, required,
} from 'react-admin';
import { Chip, useMediaQuery, type Theme } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceScreens } from '../resourceScreens';
import { enumChoices } from '../common/enumChoices';
import { ListActions } from '../export/ListActions';
import { Code, CodeField } from '../common/CodeField';

type Power = { code: string; name: string; batch: number | null; delegated: boolean; fineMinYuan: number | null; fineMaxYuan: number | null };

export function useFineBand() {
  const translate = useTranslate();
  return (p?: Partial<Power> | null) => (p?.fineMaxYuan == null ? translate('app.enforcement.no_fine') : translate('app.enforcement.fine_band', { min: p.fineMinYuan ?? 0, max: p.fineMaxYuan }));
}

/** 乡镇执法 or 县乡联动执法, as the delegation decides. */
export const DelegationChip = (_props: { label?: string }) => {
  const record = useRecordContext<Power>();
  const translate = useTranslate();
  if (!record) return null;
  return record.delegated
    ? <Chip size="small" color="success" variant="outlined" label={translate('resources.penalty-powers.enums.mode.township')} />
    : <Chip size="small" color="warning" variant="outlined" label={translate('resources.penalty-powers.enums.mode.joint')} />;
};

const BatchField = (_props: { label?: string }) => {
  const record = useRecordContext<Power>();
  const translate = useTranslate();
  return record?.batch ? <span>{translate(`resources.penalty-powers.enums.batch.${record.batch}`)}</span> : <span>—</span>;
};

const FineBand = (_props: { label?: string }) => {
  const record = useRecordContext<Power>();
  return <span>{useFineBand()(record)}</span>;
};

const BATCHES = enumChoices('penalty-powers', 'batch', ['1', '2', '3']).map((c) => ({ ...c, id: Number(c.id) }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="batch" source="batch" choices={BATCHES} alwaysOn />,
  <ReferenceInput key="department" source="department" reference="county-departments" perPage={50} sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="shortName" />
  </ReferenceInput>,
  <SelectInput key="delegated" source="delegated" choices={[{ id: true, name: 'resources.penalty-powers.enums.mode.township' }, { id: false, name: 'resources.penalty-powers.enums.mode.joint' }]} alwaysOn />,
];

const PowerList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={(r) => <Code>{r.code}</Code>} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code"><CodeField source="code" /></DataTable.Col>
          <DataTable.Col source="name" />
          <DataTable.Col source="department"><ReferenceField source="department" reference="county-departments" link={false}><TextField source="shortName" /></ReferenceField></DataTable.Col>
          <DataTable.Col source="batch"><BatchField /></DataTable.Col>
          <DataTable.Col source="delegated" label="resources.penalty-powers.fields.mode"><DelegationChip /></DataTable.Col>
          <DataTable.Col source="fineMaxYuan" label="app.enforcement.fine_range" disableSort><FineBand /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const PowerShow = () => (
  <Show>
    <SimpleShowLayout>
      <CodeField source="code" />
      <TextField source="name" />
      <TextField source="legalBasis" />
      <ReferenceField source="department" reference="county-departments" link={false}><TextField source="name" /></ReferenceField>
      <BatchField label="resources.penalty-powers.fields.batch" />
      <DelegationChip label="resources.penalty-powers.fields.mode" />
      <FineBand label="app.enforcement.fine_range" />
      <FunctionField source="illustrative" render={(r: any) => (r.illustrative ? '示例数据（以正式赋权清单为准）' : '—')} />
    </SimpleShowLayout>
  </Show>
);

const PowerForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="legalBasis" validate={required()} fullWidth />
    <ReferenceInput source="department" reference="county-departments" perPage={50}><AutocompleteInput optionText="name" /></ReferenceInput>
    <BooleanInput source="delegated" defaultValue />
    <SelectInput source="batch" choices={BATCHES} emptyText="—" />
    <NumberInput source="fineMinYuan" min={0} step={1} />
    <NumberInput source="fineMaxYuan" min={0} step={1} />
  </SimpleForm>
);

const penaltyPowers: ResourceScreens = {
  list: PowerList,
  show: PowerShow,
  create: () => <Create redirect="show"><PowerForm /></Create>,
  edit: () => <Edit mutationMode="pessimistic"><PowerForm /></Edit>,
  icon: GavelIcon,
  // The name only: the code is shown as code (monospace) on the record itself.
  recordRepresentation: (r: Power) => r.name,
};

export default penaltyPowers;
