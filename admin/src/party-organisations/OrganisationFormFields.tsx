// The inputs an organisation's edit and create forms share. Choices narrow as the form fills in:
// once a township is chosen, parents and grids come from that township only.
import {
  AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, number, required, useRecordContext,
} from 'react-admin';
import { Box } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../common/enumChoices';
import { ORGANISATION_CATEGORIES, ORGANISATION_LEVELS, type PartyOrganisation } from '../types';

const row = { display: 'flex', gap: 2, width: '100%', flexWrap: { xs: 'wrap', sm: 'nowrap' } } as const;

export const OrganisationFormFields = () => {
  const record = useRecordContext<PartyOrganisation>();
  const township = useWatch({ name: 'township' }) as string | undefined;
  const inTownship = township ? { township } : {};
  // A secretary is one of the organisation's own members; a new organisation has none yet.
  const secretaryFilter = record?.id ? { partyOrganisation: record.id } : inTownship;
  return (
    <>
      <Box sx={row}>
        <TextInput source="name" validate={required()} />
        <TextInput source="code" />
      </Box>
      <Box sx={row}>
        <SelectInput source="level" choices={enumChoices('party-organisations', 'level', ORGANISATION_LEVELS)} validate={required()} />
        <SelectInput source="category" choices={enumChoices('party-organisations', 'category', ORGANISATION_CATEGORIES)} />
      </Box>
      <ReferenceInput source="township" reference="townships">
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="parent" reference="party-organisations" filter={inTownship}>
        <AutocompleteInput />
      </ReferenceInput>
      <ReferenceInput source="grid" reference="grids" filter={inTownship}>
        <AutocompleteInput />
      </ReferenceInput>
      <ReferenceInput source="secretary" reference="members" filter={secretaryFilter}>
        <AutocompleteInput />
      </ReferenceInput>
      <Box sx={row}>
        <NumberInput source="committeeSize" step={1} min={0} validate={number()} />
        <DateInput source="electedOn" />
      </Box>
    </>
  );
};
