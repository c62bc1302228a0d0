// 岗位要求 as rows: 岗位 (picking one fills in its usual name), 名称, 最少/最多人数 and 进网格频次.
import { ArrayInput, NumberInput, SelectInput, SimpleFormIterator, TextInput, useSourceContext, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { enumChoices, enumKey } from '../common/enumChoices';
import { GRID_STAFF_ROLES } from '../types';
import { VISITS } from './checks';

const visitChoices = VISITS.map((v) => ({ id: v, name: `app.settings.visits.${v}` }));

const RoleInput = () => {
  const translate = useTranslate();
  const source = useSourceContext();
  const { getValues, setValue } = useFormContext();
  return (
    <SelectInput
      source="role"
      label="app.settings.role"
      choices={enumChoices('grid-staffs', 'role', GRID_STAFF_ROLES)}
      helperText={false}
      sx={{ minWidth: 150 }}
      onChange={(e) => {
        const labelPath = source.getSource('label');
        if (!getValues(labelPath) && e?.target?.value) setValue(labelPath, translate(enumKey('grid-staffs', 'role', e.target.value)), { shouldDirty: true });
      }}
    />
  );
};

export const StaffingInput = () => (
  <ArrayInput source="roles" label="resources.grid-standards.fields.roles">
    <SimpleFormIterator inline data-testid="staffing-input">
      <RoleInput />
      <TextInput source="label" label="app.settings.role_label" helperText={false} sx={{ minWidth: 150 }} />
      <NumberInput source="min" label="app.settings.min" helperText={false} step={1} min={0} sx={{ minWidth: 110 }} />
      <NumberInput source="max" label="app.settings.max" helperText={false} step={1} min={0} sx={{ minWidth: 110 }} />
      <SelectInput source="visit" label="app.settings.visit" choices={visitChoices} helperText={false} emptyText="app.settings.visit_none" sx={{ minWidth: 150 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
