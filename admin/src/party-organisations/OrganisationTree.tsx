// The organisation tree as nested tables: each row expands into its children, read as the
// organisations whose `parent` is that row (committee → general branch → branch → party group).
import { DataTable, Pagination, ReferenceField, ReferenceManyField, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { CheckChip } from '../check/CheckChip';
import { EnumChipField } from '../common/EnumChipField';
import type { PartyOrganisation } from '../types';
import { LevelChipField } from './LevelChipField';
import { MemberCountField } from './MemberCountField';

const hasChildren = (record: PartyOrganisation) => record.level !== 'party_group';

interface TableProps {
  /** nested tables leave out what the parent row already says */
  nested?: boolean;
  bulkActionButtons?: React.ReactNode;
}

export const OrganisationTable = ({ nested = false, bulkActionButtons = false }: TableProps) => (
  <DataTable
    rowClick="show"
    expand={<OrganisationChildren />}
    isRowExpandable={hasChildren}
    bulkActionButtons={bulkActionButtons}
    size={nested ? 'small' : 'medium'}
  >
    <DataTable.Col source="name" />
    <DataTable.Col source="level">
      <LevelChipField />
    </DataTable.Col>
    <DataTable.Col source="category">
      <EnumChipField source="category" />
    </DataTable.Col>
    {!nested && (
      <DataTable.Col source="township" disableSort>
        <ReferenceField source="township" reference="townships" link={false} />
      </DataTable.Col>
    )}
    <DataTable.Col source="members" label="resources.party-organisations.fields.members" disableSort>
      <MemberCountField />
    </DataTable.Col>
    <DataTable.Col source="check" disableSort>
      <CheckChip />
    </DataTable.Col>
  </DataTable>
);

export const OrganisationChildren = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ pl: { xs: 0, sm: 4 }, py: 1 }}>
      <ReferenceManyField
        reference="party-organisations"
        target="parent"
        perPage={50}
        sort={{ field: 'name', order: 'ASC' }}
        pagination={<Pagination rowsPerPageOptions={[50, 100]} />}
        empty={<Box sx={{ p: 1, color: 'text.secondary' }}>{translate('app.organisation.no_children')}</Box>}
      >
        <OrganisationTable nested />
      </ReferenceManyField>
    </Box>
  );
};
