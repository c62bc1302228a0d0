// 机构清单 as rows of 名称 and 类别 (办/局/中心).
import { ArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { enumChoices } from '../common/enumChoices';
import { OFFICE_KINDS } from './checks';

export const OfficesInput = () => (
  <ArrayInput source="offices" label="resources.office-templates.fields.offices">
    <SimpleFormIterator inline data-testid="offices-input">
      <TextInput source="name" label="app.settings.office_name" helperText={false} sx={{ minWidth: 220 }} />
      <SelectInput source="kind" label="app.settings.office_kind" choices={enumChoices('offices', 'kind', OFFICE_KINDS)} helperText={false} sx={{ minWidth: 120 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
