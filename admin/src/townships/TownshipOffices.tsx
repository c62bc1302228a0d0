// A township's offices: the offices whose `township` is this one (to-many relations are read from
// the other side).
import { DataTable, ReferenceManyField, useTranslate } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

const KIND_COLORS = { office: 'primary', bureau: 'default', centre: 'secondary' } as const;

export const TownshipOffices = (_props: { label?: string }) => {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="offices" target="township" perPage={50} sort={{ field: 'name', order: 'ASC' }}
      empty={<span>{translate('app.township.no_offices')}</span>}>
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <EnumChipField source="kind" enumResource="offices" colors={KIND_COLORS} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};
