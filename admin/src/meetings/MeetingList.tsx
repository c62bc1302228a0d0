// 会议台账: meetings in the caller's scope with filters by kind, status, township, organisation and
// period, as a table (a card list on a phone) or as a month calendar of one organisation.
import { useState } from 'react';
import {
  AutocompleteInput, CreateButton, DataTable, DateInput, ExportButton, FilterButton, List, ReferenceField, ReferenceInput, SearchInput,
  SelectInput, SimpleList, TextField, TopToolbar, usePermissions, useTranslate,
} from 'react-admin';
import { ToggleButton, ToggleButtonGroup, useMediaQuery, type Theme } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import ViewListIcon from '@mui/icons-material/ViewList';
import { enumChoices } from '../common/enumChoices';
import { useResourcePermissions } from '../schema/useSchema';
import { MEETING_STATUSES, type Meeting } from '../types';
import { KindField } from './KindField';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingStatusField } from './MeetingStatusField';
import { shanghaiTime } from './time';
import { useMeetingRules } from './useMeetingRules';

function useFilters(role: unknown) {
  const { choices } = useMeetingRules();
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices} alwaysOn />,
    <SelectInput key="status" source="status" choices={enumChoices('meetings', 'status', MEETING_STATUSES)} alwaysOn />,
    ...(role === 'county' ? [
      <ReferenceInput key="township" source="township" reference="townships" sort={{ field: 'code', order: 'ASC' }} perPage={50}>
        <SelectInput optionText="name" />
      </ReferenceInput>,
    ] : []),
    <ReferenceInput key="organisation" source="organisation" reference="party-organisations">
      <AutocompleteInput sx={{ minWidth: 220 }} />
    </ReferenceInput>,
    <DateInput key="heldOn_gte" source="heldOn_gte" />,
    <DateInput key="heldOn_lte" source="heldOn_lte" />,
  ];
}

const Actions = ({ view, setView }: { view: string; setView: (v: string) => void }) => {
  const translate = useTranslate();
  const { create } = useResourcePermissions();
  return (
    <TopToolbar>
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v) => v && setView(v)}>
        <ToggleButton value="list" aria-label={translate('app.meetings.list_view')} title={translate('app.meetings.list_view')}><ViewListIcon fontSize="small" /></ToggleButton>
        <ToggleButton value="calendar" aria-label={translate('app.meetings.calendar_view')} title={translate('app.meetings.calendar_view')}><CalendarMonthIcon fontSize="small" /></ToggleButton>
      </ToggleButtonGroup>
      <FilterButton />
      {create && <CreateButton />}
      <ExportButton />
    </TopToolbar>
  );
};

export const MeetingList = () => {
  const { permissions } = usePermissions();
  const isXSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [view, setView] = useState('list');
  const { nameOf } = useMeetingRules();
  return (
    <List filters={useFilters(permissions)} sort={{ field: 'startsAt', order: 'DESC' }} perPage={25} actions={<Actions view={view} setView={setView} />}
      pagination={view === 'calendar' ? false : undefined}>
      {view === 'calendar' ? (
        <MeetingCalendar />
      ) : isXSmall ? (
        <SimpleList<Meeting>
          primaryText={(r) => `${nameOf(r.kind)} · ${r.theme || r.topic}`}
          secondaryText={(r) => shanghaiTime(r.startsAt)}
          tertiaryText={<MeetingStatusField />}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="startsAt" render={(r: Meeting) => shanghaiTime(r.startsAt)} />
          <DataTable.Col source="kind"><KindField /></DataTable.Col>
          <DataTable.Col source="topic" render={(r: Meeting) => r.theme || r.topic} />
          <DataTable.Col source="organisation" disableSort>
            <ReferenceField source="organisation" reference="party-organisations" link={false} />
          </DataTable.Col>
          <DataTable.Col source="status"><MeetingStatusField /></DataTable.Col>
          <DataTable.Col source="finalisedBy"><TextField source="finalisedBy" emptyText="—" /></DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
