// The people working a grid: the grid-staffs whose `grid` is this one, sorted by role code
// (which puts the grid chief first).
import { DataTable, ReferenceField, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { EnumChipField } from '../common/EnumChipField';

export const GridStaffList = () => {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="grid-staffs"
      target="grid"
      perPage={50}
      sort={{ field: 'role', order: 'ASC' }}
      empty={<Box sx={{ color: 'text.secondary' }}>{translate('app.grid.no_staff')}</Box>}
    >
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="role">
          <EnumChipField source="role" enumResource="grid-staffs" />
        </DataTable.Col>
        <DataTable.Col source="name" />
        <DataTable.Col source="phone">
          <TextField source="phone" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="member" disableSort>
          <ReferenceField source="member" reference="members" link="show" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
