// 网格配备标准 (rural 1+4, urban 1+3+N): per grid kind, the roles with how many people each needs
// and how often they go into the grid, edited as rows; the server checks the same rules.
import { DataTable, Labeled, List, SelectInput, Show, SimpleList, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { Box, Stack, useMediaQuery, type Theme } from '@mui/material';
import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceScreens } from '../resourceScreens';
import { EnumChipField } from '../common/EnumChipField';
import { enumChoices } from '../common/enumChoices';
import { Section } from '../common/Section';
import { GRID_KINDS } from '../types';
import { checkStaffingRoles } from '../settings/checks';
import { problemsToErrors } from '../settings/formErrors';
import { SettingsCreate, SettingsEdit } from '../settings/SettingsForm';
import { ShowActions } from '../settings/ShowActions';
import { StaffingInput } from '../settings/StaffingInput';
import { StaffingSummary, staffingFormula } from '../settings/StaffingSummary';
import { ListActions } from '../export/ListActions';

const Roles = ({ compact }: { compact?: boolean; label?: string }) => <StaffingSummary value={useRecordContext()?.roles} compact={compact} />;
const Formula = (_props: { label?: string }) => <span>{staffingFormula(useRecordContext()?.roles)}</span>;

const validate = (values: Record<string, any>) => problemsToErrors('roles', checkStaffingRoles(values.roles ?? []));

const GridStandardList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'kind', order: 'ASC' }} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={<Roles compact />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="kind"><EnumChipField source="kind" /></DataTable.Col>
          <DataTable.Col source="name" />
          <DataTable.Col label="app.settings.formula" disableSort><Formula /></DataTable.Col>
          <DataTable.Col source="roles" disableSort><Roles compact /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const GridStandardShow = () => (
  <Show actions={<ShowActions />}>
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section title="resources.grid-standards.name">
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><EnumChipField source="kind" /></Labeled>
          <Labeled><TextField source="name" /></Labeled>
          <Labeled label="app.settings.formula"><Formula /></Labeled>
        </Stack>
      </Section>
      <Section title="resources.grid-standards.fields.roles">
        <Roles />
      </Section>
    </Stack>
  </Show>
);

const Fields = () => (
  <>
    <Box sx={{ display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } }}>
      <SelectInput source="kind" choices={enumChoices('grid-standards', 'kind', GRID_KINDS)} validate={required()} />
      <TextInput source="name" validate={required()} />
    </Box>
    <StaffingInput />
  </>
);

const GridStandardEdit = () => (
  <SettingsEdit validate={validate}>
    <Fields />
  </SettingsEdit>
);

const GridStandardCreate = () => (
  <SettingsCreate validate={validate} defaultValues={{ roles: [{ role: 'grid_chief', label: '网格长', min: 1, max: 1, visit: 'daily' }] }}>
    <Fields />
  </SettingsCreate>
);

const gridStandards: ResourceScreens = {
  list: GridStandardList,
  show: GridStandardShow,
  edit: GridStandardEdit,
  create: GridStandardCreate,
  icon: RuleIcon,
  recordRepresentation: (record) => record.name,
};

export default gridStandards;
