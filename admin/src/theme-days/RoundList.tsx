import { DataTable, DateField, List, SimpleList, useTranslate } from 'react-admin';
import { Chip, useMediaQuery, type Theme } from '@mui/material';
import type { RoundState } from './types';

export const StateChip = ({ state }: { state: RoundState }) => {
  const translate = useTranslate();
  const color = { draft: 'default', open: 'info', judging: 'warning', published: 'success' } as const;
  return <Chip size="small" color={color[state]} label={translate(`resources.theme-day-rounds.enums.state.${state}`)} />;
};

export const RoundList = () => {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'periodStart', order: 'DESC' }}>
      {phone ? (
        <SimpleList primaryText={(r) => r.name} secondaryText={(r) => `${r.periodStart} – ${r.periodEnd}`} tertiaryText={(r) => <StateChip state={r.state} />} rowClick="show" />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="periodStart"><DateField source="periodStart" /></DataTable.Col>
          <DataTable.Col source="periodEnd"><DateField source="periodEnd" /></DataTable.Col>
          <DataTable.Col source="state" render={(r: { state: RoundState }) => <StateChip state={r.state} />} />
        </DataTable>
      )}
    </List>
  );
};
