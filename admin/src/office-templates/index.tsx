// 机构设置模板 (布局整合): a template's population band and the offices a township in it must have,
// edited as rows of 名称 and 类别; the server checks the same rules on every save.
import { DataTable, Labeled, List, Show, SimpleList, TextField, useRecordContext } from 'react-admin';
import { Stack, useMediaQuery, type Theme } from '@mui/material';
import ViewQuiltIcon from '@mui/icons-material/ViewQuilt';
import type { ResourceScreens } from '../resourceScreens';
import { Section } from '../common/Section';
import { ShowActions } from '../settings/ShowActions';
import { OfficesSummary, useOfficeCounts } from '../settings/OfficesSummary';
import { PopulationBand } from '../settings/PopulationBand';
import { SettingsCreate, SettingsEdit } from '../settings/SettingsForm';
import { OfficeTemplateFormFields, validateTemplate } from './OfficeTemplateFormFields';
import { ListActions } from '../export/ListActions';

const Offices = ({ compact }: { compact?: boolean; label?: string }) => <OfficesSummary value={useRecordContext()?.offices} compact={compact} />;

const OfficeTemplateList = () => {
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const counts = useOfficeCounts();
  return (
    <List sort={{ field: 'minPopulation', order: 'DESC' }} actions={<ListActions />}>
      {isXSmall ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={(r) => counts(r.offices)} tertiaryText={<PopulationBand />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="code" />
          <DataTable.Col source="minPopulation" label="app.settings.population_band">
            <PopulationBand />
          </DataTable.Col>
          <DataTable.Col source="offices" disableSort>
            <Offices compact />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};

const OfficeTemplateShow = () => (
  <Show actions={<ShowActions />}>
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Section title="resources.office-templates.name">
        <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Labeled><TextField source="name" /></Labeled>
          <Labeled><TextField source="code" /></Labeled>
          <Labeled label="app.settings.population_band"><PopulationBand /></Labeled>
        </Stack>
      </Section>
      <Section title="resources.office-templates.fields.offices">
        <Offices />
      </Section>
    </Stack>
  </Show>
);

const OfficeTemplateEdit = () => (
  <SettingsEdit validate={validateTemplate}>
    <OfficeTemplateFormFields />
  </SettingsEdit>
);

const OfficeTemplateCreate = () => (
  <SettingsCreate validate={validateTemplate} defaultValues={{ minPopulation: 0, offices: [{ name: '党政办公室', kind: 'office' }] }}>
    <OfficeTemplateFormFields />
  </SettingsCreate>
);

const officeTemplates: ResourceScreens = {
  list: OfficeTemplateList,
  show: OfficeTemplateShow,
  edit: OfficeTemplateEdit,
  create: OfficeTemplateCreate,
  icon: ViewQuiltIcon,
  recordRepresentation: (record) => record.name,
};

export default officeTemplates;
