// 综合执法队伍: one team per township, with the staffing check the server keeps on every write
// (≥ 6 certified officers, auxiliaries ≥ 1:1) shown on the list, like the grid staffing standard.
import {
  ArrayInput, BooleanInput, Create, DataTable, Edit, ReferenceInput, SelectInput, List, NumberInput, ReferenceField, Show, SimpleForm, SimpleFormIterator, SimpleList, SimpleShowLayout,
  TextField, TextInput, NumberField, useRecordContext, useTranslate, required,
} from 'react-admin';
import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import GroupsIcon from '@mui/icons-material/Groups';
import type { ResourceScreens } from '../resourceScreens';
import { ListActions } from '../export/ListActions';

type Finding = { code: string; severity: 'error' | 'warning'; message: string };
type Team = { name: string; staffingOk: boolean; findings: Finding[] | null; officers: Array<{ name: string; certificateNo?: string | null }> | null; certifiedOfficers: number; auxiliaries: number };

/** 达标 / 未达标 with the server's own messages. */
export const StaffingChip = (_props: { label?: string }) => {
  const record = useRecordContext<Team>();
  const translate = useTranslate();
  if (!record) return null;
  const findings = record.findings ?? [];
  const chip = record.staffingOk
    ? <Chip size="small" color={findings.length ? 'warning' : 'success'} label={translate('app.enforcement.staffing_ok')} />
    : <Chip size="small" color="error" label={translate('app.enforcement.staffing_short')} />;
  return findings.length ? <Tooltip title={findings.map((f) => f.message).join('；')}>{chip}</Tooltip> : chip;
};

const Findings = (_props: { label?: string }) => {
  const record = useRecordContext<Team>();
  const translate = useTranslate();
  if (!record) return null;
  const findings = record.findings ?? [];
  return (
    <Stack spacing={1}>
      <Alert severity="info" variant="outlined">{translate('app.enforcement.standard', { min: 6, num: 1, den: 1 })}</Alert>
      {findings.length
        ? findings.map((f) => <Alert key={f.code} severity={f.severity}>{f.message}</Alert>)
        : <Alert severity="success">{translate('app.enforcement.staffing_ok')}</Alert>}
    </Stack>
  );
};

const Officers = (_props: { label?: string }) => {
  const record = useRecordContext<Team>();
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead><TableRow><TableCell>{translate('app.enforcement.officer_name')}</TableCell><TableCell>{translate('app.enforcement.certificate_no')}</TableCell></TableRow></TableHead>
      <TableBody>
        {(record?.officers ?? []).map((o, i) => (
          <TableRow key={i}><TableCell>{o.name}</TableCell><TableCell>{o.certificateNo || translate('app.enforcement.no_certificate')}</TableCell></TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const TeamList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={[<BooleanInput key="staffingOk" source="staffingOk" />]} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={<StaffingChip />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="township"><ReferenceField source="township" reference="townships" link={false}><TextField source="name" /></ReferenceField></DataTable.Col>
          <DataTable.Col source="certifiedOfficers"><NumberField source="certifiedOfficers" /></DataTable.Col>
          <DataTable.Col source="auxiliaries"><NumberField source="auxiliaries" /></DataTable.Col>
          <DataTable.Col source="staffingOk"><StaffingChip /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const TeamShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="township" reference="townships" link={false}><TextField source="name" /></ReferenceField>
      <Findings label="resources.enforcement-teams.fields.findings" />
      <NumberField source="certifiedOfficers" />
      <NumberField source="auxiliaries" />
      <Officers label="resources.enforcement-teams.fields.officers" />
    </SimpleShowLayout>
  </Show>
);

/** Officers (name and 执法证件号; only those with one count) and the number of auxiliaries. */
const TeamFields = () => (
  <>
    <ArrayInput source="officers">
      <SimpleFormIterator inline>
        <TextInput source="name" label="app.enforcement.officer_name" validate={required()} />
        <TextInput source="certificateNo" label="app.enforcement.certificate_no" />
      </SimpleFormIterator>
    </ArrayInput>
    <NumberInput source="auxiliaries" min={0} step={1} />
  </>
);

/** The county sets up a township's team (one per township; the server refuses a second). */
const TeamCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ReferenceInput source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}><SelectInput optionText="name" validate={required()} /></ReferenceInput>
      <TextInput source="name" validate={required()} fullWidth />
      <TeamFields />
    </SimpleForm>
  </Create>
);

const TeamEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TextInput source="name" validate={required()} fullWidth />
      <TeamFields />
    </SimpleForm>
  </Edit>
);

const enforcementTeams: ResourceScreens = {
  list: TeamList,
  show: TeamShow,
  edit: TeamEdit,
  create: TeamCreate,
  icon: GroupsIcon,
  recordRepresentation: (r: Team) => r.name,
};

export default enforcementTeams;
