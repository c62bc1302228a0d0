// Signed digests, newest first, with the chains' own check above them.
import { DataTable, List, TextField, TopToolbar } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { LocalDateField } from '../common/LocalDateField';
import { ChainsPanel } from './ChainsPanel';
import { SignButton } from './SignButton';
import { ExportMenuButton } from '../export/ExportMenuButton';

const Actions = () => (
  <TopToolbar>
    <SignButton />
    <ExportMenuButton />
  </TopToolbar>
);

export const DigestList = () => (
  <>
    <ChainsPanel />
    <List actions={<Actions />} sort={{ field: 'at', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="at"><LocalDateField source="at" showTime /></DataTable.Col>
        <DataTable.Col source="trigger"><EnumChipField source="trigger" /></DataTable.Col>
        <DataTable.Col source="ledgerSeq" align="right" />
        <DataTable.Col source="decisionsSeq" align="right" />
        <DataTable.Col source="keyId"><TextField source="keyId" sx={{ fontFamily: 'monospace' }} /></DataTable.Col>
        <DataTable.Col source="signedByName" />
      </DataTable>
    </List>
  </>
);
